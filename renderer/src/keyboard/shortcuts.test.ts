import { describe, expect, it } from 'vitest';
import { ariaShortcut, shortcutLabel } from './key-label';
import { currentPlatform } from './platform';
import { matchShortcut, SHORTCUTS, type KeyLike } from './shortcuts';

const key = (code: string, mods: Partial<KeyLike> = {}, k = ''): KeyLike => ({
  key: k || code.replace(/^Key/, '').toLowerCase(),
  code,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe('matchShortcut', () => {
  it('reads Alt+letter meeting shortcuts by physical key on Linux and Windows', () => {
    expect(matchShortcut(key('KeyN', { altKey: true }), 'other')).toBe('next-topic');
    expect(matchShortcut(key('KeyI', { altKey: true }, 'ï'), 'other')).toBe('info');
    expect(matchShortcut(key('KeyV', { altKey: true }), 'other')).toBe('vote');
    expect(matchShortcut(key('KeyN', { altKey: true, shiftKey: true }), 'other')).toBeNull();
    expect(matchShortcut(key('KeyN'), 'other')).toBeNull();
  });

  it('uses ⌃⌥ on macOS, where ⌥ alone types characters, and ⌘ for find and start/end', () => {
    expect(matchShortcut(key('KeyN', { altKey: true }, '˜'), 'mac')).toBeNull();
    expect(matchShortcut(key('KeyN', { altKey: true, ctrlKey: true }), 'mac')).toBe('next-topic');
    expect(matchShortcut(key('KeyF', { metaKey: true }), 'mac')).toBe('find');
    expect(matchShortcut(key('KeyF', { ctrlKey: true }), 'mac')).toBeNull();
    expect(matchShortcut(key('Enter', { metaKey: true }, 'Enter'), 'mac')).toBe('start-end');
  });

  it('knows Ctrl+Enter (either Enter key), Ctrl+F, F6 and Shift+F6', () => {
    expect(matchShortcut(key('Enter', { ctrlKey: true }, 'Enter'), 'other')).toBe('start-end');
    expect(matchShortcut(key('NumpadEnter', { ctrlKey: true }, 'Enter'), 'other')).toBe(
      'start-end',
    );
    expect(matchShortcut(key('Enter', {}, 'Enter'), 'other')).toBeNull();
    expect(matchShortcut(key('KeyF', { ctrlKey: true }), 'other')).toBe('find');
    expect(matchShortcut(key('F6', {}, 'F6'), 'other')).toBe('next-pane');
    expect(matchShortcut(key('F6', { shiftKey: true }, 'F6'), 'other')).toBe('previous-pane');
  });

  it('takes "?" by the character typed, Shift or not, but not with Ctrl or Alt', () => {
    expect(matchShortcut(key('Slash', { shiftKey: true }, '?'), 'other')).toBe('help');
    expect(matchShortcut(key('Minus', { shiftKey: true }, '?'), 'other')).toBe('help');
    expect(matchShortcut(key('Slash', {}, '/'), 'other')).toBeNull();
    expect(matchShortcut(key('Slash', { ctrlKey: true, shiftKey: true }, '?'), 'other')).toBeNull();
  });

  it('leaves alone the Alt letters Chromium uses (F, E, D) and gives each chord one meaning', () => {
    for (const letter of ['F', 'E', 'D']) {
      expect(matchShortcut(key(`Key${letter}`, { altKey: true }), 'other')).toBeNull();
    }
    const chords = SHORTCUTS.map((s) => `${s.chord.mod}:${s.chord.key ?? s.chord.code}`);
    expect(new Set(chords).size).toBe(chords.length);
  });
});

describe('shortcut labels', () => {
  it('writes chords the way each platform does', () => {
    expect(shortcutLabel('next-topic', 'other')).toBe('Alt+N');
    expect(shortcutLabel('next-topic', 'mac')).toBe('⌃⌥N');
    expect(shortcutLabel('start-end', 'other')).toBe('Ctrl+Enter');
    expect(shortcutLabel('find', 'mac')).toBe('⌘F');
    expect(shortcutLabel('previous-pane', 'other')).toBe('Shift+F6');
    expect(shortcutLabel('help', 'other')).toBe('?');
  });

  it('gives aria-keyshortcuts in the WAI-ARIA spelling', () => {
    expect(ariaShortcut('next-topic', 'other')).toBe('Alt+N');
    expect(ariaShortcut('next-topic', 'mac')).toBe('Control+Alt+N');
    expect(ariaShortcut('start-end', 'other')).toBe('Control+Enter');
  });
});

describe('currentPlatform', () => {
  it('tells macOS from the rest', () => {
    expect(currentPlatform({ platform: 'MacIntel', userAgent: '' })).toBe('mac');
    expect(currentPlatform({ platform: 'Linux x86_64', userAgent: '' })).toBe('other');
    expect(
      currentPlatform({ platform: '', userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X)' }),
    ).toBe('mac');
  });
});

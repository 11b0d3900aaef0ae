import { describe, expect, it } from 'vitest';
import readme from '../../../README.md?raw';
import { chordLabel } from './key-label';
import { SHORTCUTS } from './shortcuts';

const section = readme.slice(
  readme.indexOf('## Keyboard shortcuts'),
  readme.indexOf('## Other commands'),
);

describe('the README’s keyboard shortcuts', () => {
  it('lists every shortcut the window has, as the window writes it', () => {
    expect(section.length).toBeGreaterThan(0);
    for (const s of SHORTCUTS) expect(section).toContain(`\`${chordLabel(s.chord, 'other')}\``);
  });
});

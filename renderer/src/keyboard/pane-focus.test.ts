import { afterEach, describe, expect, it } from 'vitest';
import { cyclePanes } from './pane-focus';

function el(tag: string, attrs: Record<string, string>, ...children: HTMLElement[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function panes() {
  document.body.append(
    el('button', { id: 'outside' }),
    el('section', { 'data-pane': 'a', tabindex: '-1', id: 'a' }, el('button', { id: 'in-a' })),
    el(
      'section',
      { 'data-pane': 'b', tabindex: '-1', id: 'b' },
      el('div', { tabindex: '0', 'data-pane-focus': '', id: 'list' }),
    ),
    el('section', { 'data-pane': 'c', tabindex: '-1', id: 'c' }),
  );
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('cyclePanes', () => {
  it('moves to the next pane, wrapping, focusing its marked element or the pane itself', () => {
    panes();
    const at = (id: string) => document.getElementById(id);
    expect(cyclePanes(document, 1, at('outside'))?.id).toBe('a');
    expect(document.activeElement).toBe(at('a'));
    expect(cyclePanes(document, 1, at('in-a'))?.id).toBe('b');
    expect(document.activeElement).toBe(at('list'));
    expect(cyclePanes(document, 1, at('list'))?.id).toBe('c');
    expect(cyclePanes(document, 1, at('c'))?.id).toBe('a');
  });

  it('moves backwards with -1, from outside to the last pane', () => {
    panes();
    expect(cyclePanes(document, -1, document.body)?.id).toBe('c');
    expect(cyclePanes(document, -1, document.getElementById('a'))?.id).toBe('c');
  });

  it('does nothing without panes', () => {
    expect(cyclePanes(document, 1, null)).toBeNull();
  });
});

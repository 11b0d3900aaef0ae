import { describe, expect, it } from 'vitest';
import type { AgendaNode } from '../../../../shared/ipc/meeting-schemas';
import { agendaNode as node } from '../../testing/meeting-fixtures';
import {
  findItem,
  indent,
  insertAfter,
  moveBefore,
  moveDown,
  moveInto,
  moveUp,
  outdent,
  removeItem,
  sectionsFor,
  updateItem,
  visibleOrder,
} from './agenda-tree';

/** The tree as `a(b c) d`: ids with their children in brackets. */
function shape(items: AgendaNode[]): string {
  return items.map((i) => (i.children.length ? `${i.id}(${shape(i.children)})` : i.id)).join(' ');
}

const tree = () => [
  node('a', 'A', { children: [node('b', 'B'), node('c', 'C')] }),
  node('d', 'D'),
  node('e', 'E'),
];

describe('agenda tree edits', () => {
  it('moves an item among its siblings, and not past the ends', () => {
    const items = tree();
    expect(shape(moveDown(items, 'd'))).toBe('a(b c) e d');
    expect(shape(moveUp(items, 'c'))).toBe('a(c b) d e');
    expect(moveUp(items, 'a')).toBe(items);
    expect(moveDown(items, 'c')).toBe(items);
    expect(shape(items)).toBe('a(b c) d e');
  });

  it('nests an item under the one above and moves it back out after its parent', () => {
    const items = tree();
    expect(shape(indent(items, 'd'))).toBe('a(b c d) e');
    expect(shape(indent(items, 'c'))).toBe('a(b(c)) d e');
    expect(indent(items, 'a')).toBe(items);
    expect(shape(outdent(items, 'b'))).toBe('a(c) b d e');
    expect(shape(outdent(indent(items, 'c'), 'c'))).toBe('a(b c) d e');
    expect(outdent(items, 'd')).toBe(items);
  });

  it('removes, updates, inserts and finds', () => {
    const items = tree();
    expect(shape(removeItem(items, 'a'))).toBe('d e');
    expect(findItem(updateItem(items, 'c', { title: 'C2', timebox: 5 }), 'c')).toMatchObject({
      title: 'C2',
      timebox: 5,
    });
    expect(shape(insertAfter(items, 'b', node('x', 'X')))).toBe('a(b x c) d e');
    expect(shape(insertAfter(items, null, node('x', 'X')))).toBe('a(b c) d e x');
    expect(findItem(items, 'nope')).toBeNull();
  });

  it('moves an item before a drop target, never into its own subtree', () => {
    const items = tree();
    expect(shape(moveBefore(items, 'e', 'b'))).toBe('a(e b c) d');
    expect(shape(moveBefore(items, 'c', 'a'))).toBe('c a(b) d e');
    expect(moveBefore(items, 'a', 'b')).toBe(items);
    expect(moveBefore(items, 'a', 'a')).toBe(items);
  });

  it('lists ids depth first', () => {
    expect(visibleOrder(tree())).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('sections', () => {
  const sectioned = () => [
    node('s', 'S', { group: true, children: [node('b', 'B')] }),
    node('d', 'D'),
    node('t', 'T', { group: true }),
  ];

  it('moves an entry into a section, out to the top level, never into its own subtree', () => {
    const items = sectioned();
    expect(shape(moveInto(items, 'd', 's'))).toBe('s(b d) t');
    expect(shape(moveInto(items, 'b', 't'))).toBe('s d t(b)');
    expect(shape(moveInto(items, 'b', null))).toBe('s b d t');
    expect(moveInto(items, 'd', null)).toBe(items);
    expect(moveInto(items, 'b', 's')).toBe(items);
    expect(moveInto(items, 's', 's')).toBe(items);
    expect(shape(updateItem(items, 'd', { group: true }))).toBe('s(b) d t');
    expect(findItem(updateItem(items, 'd', { group: true }), 'd')?.group).toBe(true);
  });

  it('lists the sections an entry could go in: every group but itself', () => {
    expect(sectionsFor(sectioned(), 'd').map((s) => s.id)).toEqual(['s', 't']);
    expect(sectionsFor(sectioned(), 's').map((s) => s.id)).toEqual(['t']);
  });
});

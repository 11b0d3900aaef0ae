import type { AgendaNode } from '../../../../shared/ipc/meeting-schemas';

/**
 * Edits of an agenda tree. Every function returns a new tree and leaves its input untouched;
 * an edit that does not apply (moving the first item up, nesting with nothing above) returns the
 * input itself, so callers can tell nothing changed.
 */

type SiblingEdit = (siblings: AgendaNode[], index: number) => AgendaNode[];

/** Applies `edit` to the list holding `id`, wherever it is in the tree. */
function editSiblings(items: AgendaNode[], id: string, edit: SiblingEdit): AgendaNode[] {
  const index = items.findIndex((item) => item.id === id);
  if (index >= 0) return edit(items, index);
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const children = editSiblings(item.children, id, edit);
    if (children !== item.children)
      return items.map((it, k) => (k === i ? { ...item, children } : it));
  }
  return items;
}

const swap = (list: AgendaNode[], a: number, b: number) => {
  const next = [...list];
  [next[a], next[b]] = [next[b]!, next[a]!];
  return next;
};

/** Moves the item one place up among its siblings. */
export const moveUp = (items: AgendaNode[], id: string) =>
  editSiblings(items, id, (list, i) => (i === 0 ? list : swap(list, i - 1, i)));

/** Moves the item one place down among its siblings. */
export const moveDown = (items: AgendaNode[], id: string) =>
  editSiblings(items, id, (list, i) => (i === list.length - 1 ? list : swap(list, i, i + 1)));

/** Makes the item the last child of the sibling above it. */
export const indent = (items: AgendaNode[], id: string) =>
  editSiblings(items, id, (list, i) => {
    if (i === 0) return list;
    const above = list[i - 1]!;
    const moved = { ...above, children: [...above.children, list[i]!] };
    return [...list.slice(0, i - 1), moved, ...list.slice(i + 1)];
  });

/** Moves the item out of its parent, to just after it. */
export function outdent(items: AgendaNode[], id: string): AgendaNode[] {
  for (let p = 0; p < items.length; p++) {
    const parent = items[p]!;
    const c = parent.children.findIndex((child) => child.id === id);
    if (c >= 0) {
      const rest = { ...parent, children: parent.children.filter((_, k) => k !== c) };
      return [...items.slice(0, p), rest, parent.children[c]!, ...items.slice(p + 1)];
    }
    const children = outdent(parent.children, id);
    if (children !== parent.children)
      return items.map((it, k) => (k === p ? { ...parent, children } : it));
  }
  return items;
}

/** Removes the item and everything nested in it. */
export const removeItem = (items: AgendaNode[], id: string) =>
  editSiblings(items, id, (list, i) => list.filter((_, k) => k !== i));

/** Changes the item's own fields (not its children). */
export const updateItem = (
  items: AgendaNode[],
  id: string,
  change: Partial<Pick<AgendaNode, 'title' | 'owners' | 'timebox' | 'group'>>,
) =>
  editSiblings(items, id, (list, i) => list.map((it, k) => (k === i ? { ...it, ...change } : it)));

/** Puts `node` right after the item `afterId`, or at the end when `afterId` is null. */
export function insertAfter(
  items: AgendaNode[],
  afterId: string | null,
  node: AgendaNode,
): AgendaNode[] {
  if (afterId === null) return [...items, node];
  return editSiblings(items, afterId, (list, i) => [
    ...list.slice(0, i + 1),
    node,
    ...list.slice(i + 1),
  ]);
}

/** The item with `id`, or null. */
export function findItem(items: readonly AgendaNode[], id: string): AgendaNode | null {
  for (const item of items) {
    if (item.id === id) return item;
    const inner = findItem(item.children, id);
    if (inner) return inner;
  }
  return null;
}

/** Moves the item `id` to just before `targetId` (a drop); nothing moves into its own subtree. */
export function moveBefore(items: AgendaNode[], id: string, targetId: string): AgendaNode[] {
  const node = findItem(items, id);
  if (!node || id === targetId || findItem(node.children, targetId)) return items;
  const without = removeItem(items, id);
  return editSiblings(without, targetId, (list, i) => [
    ...list.slice(0, i),
    node,
    ...list.slice(i),
  ]);
}

/**
 * Moves the item `id` to the end of the entries in `parentId` (a section label), or with null out
 * to the top level, just after the top-level entry it was in; nothing moves into its own subtree.
 */
export function moveInto(items: AgendaNode[], id: string, parentId: string | null): AgendaNode[] {
  if (parentId === null) {
    let next = items;
    for (let out = outdent(next, id); out !== next; out = outdent(next, id)) next = out;
    return next;
  }
  const node = findItem(items, id);
  if (!node || id === parentId || findItem(node.children, parentId)) return items;
  if (parentOf(items, id)?.id === parentId) return items;
  return editSiblings(removeItem(items, id), parentId, (list, i) =>
    list.map((it, k) => (k === i ? { ...it, children: [...it.children, node] } : it)),
  );
}

/** The section labels (groups) an entry could be put in: every group but itself and its own. */
export function sectionsFor(items: readonly AgendaNode[], id: string): AgendaNode[] {
  return items.flatMap((item) =>
    item.id === id ? [] : [...(item.group ? [item] : []), ...sectionsFor(item.children, id)],
  );
}

/** Every item's id, depth first: the order keyboard focus moves through the tree. */
export function visibleOrder(items: readonly AgendaNode[]): string[] {
  return items.flatMap((item) => [item.id, ...visibleOrder(item.children)]);
}

let counter = 0;

/** A fresh id for a new entry, unique within this window. */
export function newAgendaId(): string {
  counter += 1;
  return `a${Date.now().toString(36)}${counter.toString(36)}`;
}

/** The item `id` is nested in, or null at the top level (or when there is no such item). */
export function parentOf(items: readonly AgendaNode[], id: string): AgendaNode | null {
  for (const item of items) {
    if (item.children.some((child) => child.id === id)) return item;
    const inner = parentOf(item.children, id);
    if (inner) return inner;
  }
  return null;
}

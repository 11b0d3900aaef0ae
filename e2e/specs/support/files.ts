import { expect } from '@playwright/test';

/** The text of the one file among `files` (by name) whose name matches `pattern`. */
export function file(files: Map<string, string>, pattern: RegExp): string {
  const found = [...files].filter(([name]) => pattern.test(name));
  expect(found, `one ${pattern} file among ${[...files.keys()].join(', ')}`).toHaveLength(1);
  return found[0]![1];
}

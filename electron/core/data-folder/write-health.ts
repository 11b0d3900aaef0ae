import { basename, dirname, resolve, sep } from 'node:path';
import type { WriteProblem } from '../../../shared/ipc/storage-schemas';

type Listener = (problems: WriteProblem[]) => void;

/**
 * The writes into one data folder that are failing now, by file. Journals and the settings
 * report here; the core turns every change into a `storage:state` event for the chair.
 */
export class WriteHealth {
  private readonly problems = new Map<string, WriteProblem>();
  private readonly listeners = new Set<Listener>();

  /** Records (again) that `key` cannot be written; its `since` is kept from the first report. */
  report(key: string, problem: Omit<WriteProblem, 'since'>, now = Date.now()): void {
    const since = this.problems.get(key)?.since ?? now;
    this.problems.set(key, { ...problem, since });
    this.notify();
  }

  /** `key` is written again. */
  clear(key: string): void {
    if (this.problems.delete(key)) this.notify();
  }

  /** Every failing write now. */
  current(): WriteProblem[] {
    return [...this.problems.values()];
  }

  /** Calls `listener` on every change; returns how to stop. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    const problems = this.current();
    for (const listener of [...this.listeners]) listener(problems);
  }
}

const folders = new Map<string, WriteHealth>();

/** The write health of the data folder `dir` (one per folder in this process). */
export function writeHealthOf(dir: string): WriteHealth {
  const key = resolve(dir);
  let health = folders.get(key);
  if (!health) folders.set(key, (health = new WriteHealth()));
  return health;
}

/** The write health of the data folder holding `path`, or null when no core uses that folder. */
export function writeHealthFor(path: string): WriteHealth | null {
  const file = resolve(path);
  let best: [string, WriteHealth] | null = null;
  for (const entry of folders) {
    if (file.startsWith(entry[0] + sep) && (!best || entry[0].length > best[0].length))
      best = entry;
  }
  return best?.[1] ?? null;
}

/** The meeting a journal path belongs to (`meetings/<id>/journal.jsonl`), or null. */
export function meetingOfJournal(path: string): string | null {
  return basename(path) === 'journal.jsonl' ? basename(dirname(path)) : null;
}

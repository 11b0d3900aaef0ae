import { z } from 'zod';
import { AgendaNode } from '../../../shared/ipc/meeting-schemas';

/** One meeting in the index: enough to list it and to find its journal. */
export const MeetingIndexEntry = z.object({
  id: z.string().min(1).max(100),
  channel: z.string(),
  title: z.string().nullable(),
  /** Epoch ms. */
  startedAt: z.number(),
  endedAt: z.number().nullable(),
  status: z.enum(['live', 'ended']),
});
export type MeetingIndexEntry = z.infer<typeof MeetingIndexEntry>;

/** A named agenda the chair saved for reuse in a channel. */
export const AgendaTemplate = z.object({ name: z.string(), items: z.array(AgendaNode) });
export type AgendaTemplate = z.infer<typeof AgendaTemplate>;

/**
 * What Gavel keeps between runs besides settings: the meeting index, and per channel (keyed by
 * the lower-cased channel name) its agenda, its agenda templates and the names given to nicks.
 * Transcripts are not here: they live in each meeting's journal.
 */
export const Library = z.object({
  meetings: z.array(MeetingIndexEntry),
  agendas: z.record(z.string(), z.array(AgendaNode)),
  templates: z.record(z.string(), z.array(AgendaTemplate)),
  names: z.record(z.string(), z.record(z.string(), z.string())),
});
export type Library = z.infer<typeof Library>;

/** An empty library, what a fresh install starts with. */
export const EMPTY_LIBRARY: Library = { meetings: [], agendas: {}, templates: {}, names: {} };

/** Library storage as the core sees it: conf in the browser host and tests, electron-store in Electron. */
export interface LibraryBackend {
  get<K extends keyof Library>(key: K): unknown;
  set<K extends keyof Library>(key: K, value: Library[K]): void;
}

/** Library storage in memory only, for tests and for a core given no library. */
export function memoryLibrary(): LibraryBackend {
  const values: Record<string, unknown> = structuredClone(EMPTY_LIBRARY);
  return {
    get: (key) => values[key],
    set: (key, value) => void (values[key] = structuredClone(value)),
  };
}

import { z } from 'zod';

/**
 * A write that keeps failing: a meeting's journal, or the settings. What it says is what the chair
 * must know: what is not saved, since when, and why.
 */
export const WriteProblem = z.object({
  kind: z.enum(['journal', 'settings']),
  /** The meeting whose journal cannot be written; null for the settings. */
  meetingId: z.string().nullable(),
  /** The system's reason, e.g. "ENOSPC: no space left on device, write". */
  reason: z.string(),
  /** Journal records kept in memory only, waiting to be written. */
  unsaved: z.number().int().min(0),
  /** When the writes began to fail (epoch ms). */
  since: z.number(),
});
export type WriteProblem = z.infer<typeof WriteProblem>;

/** Events about Gavel's own files. */
export const storageEventSchemas = {
  /**
   * Every write that is failing now (empty once all are written again). Sent when a problem
   * starts, on each failed retry and when it ends, so a page that opens late learns of it too.
   */
  'storage:state': z.object({ problems: z.array(WriteProblem) }),
};

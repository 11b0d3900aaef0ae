import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Schedule } from '../../../shared/ipc/after-meeting-schemas';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import { writeFilesAtomically } from '../export/write-files';
import { channelKey } from '../store/library-store';

const FILE = 'schedules.json';
const Stored = z.record(z.string(), Schedule);

/**
 * Each channel's meeting schedule, kept in `<dataDir>/schedules.json` (keyed by the channel
 * folded by IRC casemapping) and rewritten atomically on each change. A file that cannot be
 * read or no longer fits starts the schedules empty, with a warning.
 */
export class ScheduleStore {
  private schedules: Record<string, Schedule> | null = null;

  constructor(
    private readonly dataDir: string,
    private readonly warn: (message: string) => void = () => {},
  ) {}

  /** The channel's schedule, or null. */
  get(channel: string): Schedule | null {
    return this.all()[channelKey(channel)] ?? null;
  }

  /** Keeps the channel's schedule (null forgets it). */
  put(channel: string, schedule: Schedule | null): Result<null> {
    const next = { ...this.all() };
    if (schedule === null) delete next[channelKey(channel)];
    else next[channelKey(channel)] = schedule;
    try {
      writeFilesAtomically(this.dataDir, new Map([[FILE, `${JSON.stringify(next, null, 2)}\n`]]));
    } catch (err) {
      return fail(
        'schedule-not-saved',
        `Gavel could not save the schedule: ${(err as Error).message}`,
      );
    }
    this.schedules = next;
    return ok(null);
  }

  private all(): Record<string, Schedule> {
    if (this.schedules) return this.schedules;
    let raw: unknown = {};
    try {
      raw = JSON.parse(readFileSync(join(this.dataDir, FILE), 'utf8'));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        this.warn(`${FILE} could not be read (${(err as Error).message}); schedules start empty.`);
      }
    }
    const parsed = Stored.safeParse(raw);
    if (!parsed.success) this.warn(`${FILE} is not valid; schedules start empty.`);
    this.schedules = parsed.success ? parsed.data : {};
    return this.schedules;
  }
}

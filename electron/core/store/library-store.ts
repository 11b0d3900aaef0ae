import type { AgendaNode } from '../../../shared/ipc/meeting-schemas';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import { ircLower } from '../../../shared/irc/casemap';
import {
  EMPTY_LIBRARY,
  Library,
  type AgendaTemplate,
  type LibraryBackend,
  type MeetingIndexEntry,
} from './library';

/** The key a channel's entries are kept under: its name folded by IRC casemapping. */
export const channelKey = (channel: string): string => ircLower(channel);

/**
 * The library behind typed accessors. Each key is read once and checked against its schema: a
 * stored value that no longer fits is replaced by the empty default, with a warning, instead of
 * reaching the UI. Writes go straight to the backend; a failed write is an error value.
 */
export class LibraryStore {
  private readonly cache = new Map<keyof Library, unknown>();

  constructor(
    private readonly backend: LibraryBackend,
    private readonly warn: (message: string) => void = () => {},
  ) {}

  /** Every indexed meeting, oldest first. */
  meetings(): MeetingIndexEntry[] {
    return this.read('meetings');
  }

  /** Adds the entry, or replaces the one with the same id. */
  putMeeting(entry: MeetingIndexEntry): Result<null> {
    const current = this.meetings();
    const next = current.some((m) => m.id === entry.id)
      ? current.map((m) => (m.id === entry.id ? entry : m))
      : [...current, entry];
    return this.write('meetings', next);
  }

  /** The channel's agenda (empty when none was set). */
  agenda(channel: string): AgendaNode[] {
    return this.read('agendas')[channelKey(channel)] ?? [];
  }

  setAgenda(channel: string, items: AgendaNode[]): Result<null> {
    return this.write('agendas', { ...this.read('agendas'), [channelKey(channel)]: items });
  }

  /** The channel's saved agendas, in the order they were first saved. */
  templates(channel: string): AgendaTemplate[] {
    return this.read('templates')[channelKey(channel)] ?? [];
  }

  /** Saves `template`, replacing one of the same name; returns the channel's templates. */
  saveTemplate(channel: string, template: AgendaTemplate): Result<AgendaTemplate[]> {
    const current = this.templates(channel);
    const next = current.some((t) => t.name === template.name)
      ? current.map((t) => (t.name === template.name ? template : t))
      : [...current, template];
    const saved = this.write('templates', {
      ...this.read('templates'),
      [channelKey(channel)]: next,
    });
    return saved.ok ? ok(next) : saved;
  }

  /** The person names given to nicks in this channel. */
  names(channel: string): Record<string, string> {
    return this.read('names')[channelKey(channel)] ?? {};
  }

  /** Remembers `name` for `nick` in the channel; an empty name forgets it. */
  setName(channel: string, nick: string, name: string): Result<null> {
    const names = { ...this.names(channel) };
    if (name === '') delete names[nick];
    else names[nick] = name;
    return this.write('names', { ...this.read('names'), [channelKey(channel)]: names });
  }

  private read<K extends keyof Library>(key: K): Library[K] {
    if (this.cache.has(key)) return this.cache.get(key) as Library[K];
    const stored = this.backend.get(key);
    const parsed = Library.shape[key].safeParse(stored ?? EMPTY_LIBRARY[key]);
    let value: Library[K];
    if (parsed.success) value = parsed.data as Library[K];
    else {
      this.warn(`The stored "${key}" of the library is not valid; it starts empty.`);
      value = structuredClone(EMPTY_LIBRARY[key]);
    }
    this.cache.set(key, value);
    return value;
  }

  private write<K extends keyof Library>(key: K, value: Library[K]): Result<null> {
    try {
      this.backend.set(key, value);
    } catch (err) {
      return fail(
        'library-not-saved',
        `Gavel could not save its library: ${(err as Error).message}`,
      );
    }
    this.cache.set(key, value);
    return ok(null);
  }
}

/**
 * The format versions of the JSON files Gavel keeps through conf/electron-store (settings.json,
 * library.json with the meeting index). conf records the version in the file
 * (`__internal__.migrations.version`) and runs, on opening, every migration newer than the one
 * the file records; it wants semantic versions, so format N is written `N.0.0`. These are
 * versions of the file's shape, not of the app.
 *
 * - Format 1: what Gavel 0.1 wrote, with no version in the file.
 * - Format 2: the same shape, with its version recorded; nothing else changes.
 *
 * A later change of shape adds format 3 here: a key `'3.0.0'` whose function rewrites a
 * format-2 store in place (`store.set`/`store.delete`), and `projectVersion: '3.0.0'`.
 */
export interface FileFormat {
  projectVersion: string;
  migrations: Record<string, (store: { get(key: string): unknown }) => void>;
}

/** settings.json: the last connection and the theme. */
export const SETTINGS_FORMAT: FileFormat = {
  projectVersion: '2.0.0',
  migrations: {
    // Format 1 had the same keys and values: only the recorded version is new.
    '2.0.0': () => {},
  },
};

/** library.json: the meeting index, agendas, templates and names. */
export const LIBRARY_FORMAT: FileFormat = {
  projectVersion: '2.0.0',
  migrations: {
    // Format 1 had the same keys and values: only the recorded version is new.
    '2.0.0': () => {},
  },
};

/** The format version a conf file records, or 1 for a file from before versions. */
export function recordedFormat(raw: unknown): number {
  const version = (raw as { __internal__?: { migrations?: { version?: unknown } } } | null)
    ?.__internal__?.migrations?.version;
  return typeof version === 'string' ? Number.parseInt(version, 10) : 1;
}

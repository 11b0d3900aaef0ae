import { parseArgs } from 'node:util';
import type { PresetId } from '../../shared/domain/meeting';
import { isPresetId, PRESET_IDS } from '../../shared/meeting/presets';
import {
  isMinutesFormat,
  MINUTES_FORMATS,
  type MinutesFormat,
} from '../../shared/formats/minutes-files';

/** What `npm run minutes` was asked to do. */
export interface CliRequest {
  log: string;
  /** Formats to write; null means the default (json to stdout, every format with --out). */
  formats: MinutesFormat[] | null;
  from?: string;
  channel?: string;
  date?: string;
  timeZone?: string;
  /** Given with `--preset`; else the log's own (a W3C or HCoop log), else `meetbot`. */
  preset?: PresetId;
  urlPrefix?: string;
  pattern?: string;
  out?: string;
  /** Structure from the digest only; command words in the log are not run. */
  digest: boolean;
  /**
   * A meeting page or agenda file: the digest aligns topics with its agenda, and the UTC start
   * a meeting page states gives a log kept in local time its zone.
   */
  agenda?: string;
}

export const USAGE = `Usage: npm run -s minutes -- <log-file> [--format ${MINUTES_FORMATS.join('|')}]
  [--from <importer>] [--channel '#chan'] [--date YYYY-MM-DD] [--tz <IANA zone>]
  [--preset ${PRESET_IDS.join('|')}] [--url-prefix <url>] [--pattern <pattern>]
  [--digest] [--agenda <file>] [--out <dir>]
Without --out, writes one format to stdout (default json). With --out, writes every format
(or those --format lists, comma-separated) with MeetBot's file naming.`;

/** Parses the command line; an error is one line saying what was wrong. */
export function parseCli(
  argv: string[],
): { ok: true; value: CliRequest } | { ok: false; message: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        from: { type: 'string' },
        channel: { type: 'string' },
        date: { type: 'string' },
        tz: { type: 'string' },
        preset: { type: 'string' },
        'url-prefix': { type: 'string' },
        pattern: { type: 'string' },
        out: { type: 'string' },
        digest: { type: 'boolean', default: false },
        agenda: { type: 'string' },
      },
    });
  } catch (err) {
    return { ok: false, message: (err as Error).message };
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    return { ok: false, message: positionals.length ? 'Give one log file.' : 'No log file given.' };
  }
  const preset = values.preset;
  if (preset !== undefined && !isPresetId(preset)) {
    return {
      ok: false,
      message: `Unknown preset "${preset}": expected one of ${PRESET_IDS.join(', ')}.`,
    };
  }
  let formats: MinutesFormat[] | null = null;
  if (values.format !== undefined) {
    const names = values.format.split(',').map((f) => f.trim());
    const unknown = names.find((f) => !isMinutesFormat(f));
    if (unknown !== undefined) {
      return {
        ok: false,
        message: `Unknown format "${unknown}": expected one of ${MINUTES_FORMATS.join(', ')}.`,
      };
    }
    formats = names as MinutesFormat[];
    if (formats.length > 1 && values.out === undefined) {
      return { ok: false, message: 'Several formats need --out <dir>; stdout takes one.' };
    }
  }
  return {
    ok: true,
    value: {
      log: positionals[0]!,
      formats,
      from: values.from,
      channel: values.channel,
      date: values.date,
      timeZone: values.tz,
      preset,
      urlPrefix: values['url-prefix'],
      pattern: values.pattern,
      out: values.out,
      digest: values.digest,
      agenda: values.agenda,
    },
  };
}

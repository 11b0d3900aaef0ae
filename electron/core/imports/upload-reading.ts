import type { ImportedTable } from '../../../shared/domain/imported';
import { binaryHead, withoutBom } from '../../../shared/formats/importers/common/decode';
import type { ImportOptions } from '../../../shared/formats/importers/importer';
import {
  finishReading,
  HEAD_CHARS,
  headProblem,
  importTableParts,
  startReading,
  type LogReading,
} from '../../../shared/formats/importers/import-log';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import { PreparedMeeting } from '../../../shared/search/prepared-meeting';
import { isSearched } from '../search/search-document';
import type { Upload, UploadJudge } from './upload';

interface State {
  /** Parts looked at for NUL so far. */
  checked: number;
  headJudged: boolean;
  /** The reading under way, the options it started with, and how many parts it was given. */
  reading: { log: LogReading; opts: ImportOptions; fed: number } | null;
  /** The searched lines' words, indexed as the reading reads them, and how many lines it read. */
  words: { prepared: PreparedMeeting; lines: number } | null;
  /** The words of the log the last {@link UploadReading.read} gave, when it read them all. */
  wordsRead: PreparedMeeting | null;
}

const optionsOf = (upload: Upload): ImportOptions => {
  const { format, timeZone, channel } = upload;
  return { format, timeZone, channel };
};

const sameOptions = (a: ImportOptions, b: ImportOptions) =>
  a.format === b.format &&
  a.channel === b.channel &&
  a.timeZone === b.timeZone &&
  a.date === b.date;

/**
 * Uploads read as their parts arrive. {@link judge} refuses a file as soon as it shows what
 * reading it whole would refuse it for: a NUL byte in any part (`binary`); and, once the first
 * 64 Ki characters are there (or the whole file), a binary start, bad options, or no log format
 * those lines fit (`not-a-log`), with the message reading it whole gives. Past that point a log
 * whose importer reads part by part is read as it arrives, so {@link read} only finishes it, and
 * the words of its lines are indexed for the search as they are read ({@link wordsOf}).
 */
export class UploadReading {
  private readonly states = new WeakMap<Upload, State>();

  /** Looks at an upload after each part (see `UploadJudge`). */
  readonly judge: UploadJudge = (upload) => {
    const state = this.stateOf(upload);
    const parts = upload.text.parts;
    const fresh = parts.slice(state.checked);
    state.checked = parts.length;
    const nul = fresh.some((part) => part.includes('\0')) ? binaryHead(fresh) : ok(true);
    if (!nul.ok) return refusal(upload, nul.error);
    if (!state.headJudged) {
      const whole = upload.received >= upload.size;
      if (!whole && upload.text.length < HEAD_CHARS) return ok(true);
      state.headJudged = true;
      const head = whole ? upload.text.end() : parts;
      const opts = optionsOf(upload);
      const judged = headProblem(head, opts);
      if (!judged.ok) return refusal(upload, judged.error);
      const log = startReading(head, opts);
      state.reading = log && { log, opts, fed: 0 };
      state.words = log?.reader.linesSince ? { prepared: new PreparedMeeting(), lines: 0 } : null;
    }
    this.feed(upload, state);
    return ok(true);
  };

  /**
   * The whole log, as `importTableParts` reads it with `opts`: finished from the reading under way
   * when it was started with the same options (the first time only), else read now.
   */
  read(upload: Upload, opts: ImportOptions): Result<ImportedTable> {
    const parts = upload.text.end();
    const state = this.stateOf(upload);
    const reading = state.reading;
    state.reading = null;
    state.wordsRead = null;
    if (!reading || !sameOptions(reading.opts, opts)) return importTableParts(parts, opts);
    const feeding = { ...state, reading };
    this.feed(upload, feeding);
    const log = finishReading(parts, opts, reading.log);
    state.wordsRead = log.ok ? (feeding.words?.prepared ?? null) : null;
    state.words = null;
    return log;
  }

  /**
   * The words of the searched lines of the log the last {@link read} gave, indexed while it
   * uploaded, for the search to take in (`SearchIndex.add`); null when they were not all read
   * then (another importer, other options, a log corrected at its end). Given once.
   */
  wordsOf(upload: Upload): PreparedMeeting | null {
    const state = this.stateOf(upload);
    const words = state.wordsRead;
    state.wordsRead = null;
    return words;
  }

  private stateOf(upload: Upload): State {
    let state = this.states.get(upload);
    if (!state) {
      state = { checked: 0, headJudged: false, reading: null, words: null, wordsRead: null };
      this.states.set(upload, state);
    }
    return state;
  }

  // Gives the reading the parts it has not had (the file's first without its byte-order mark),
  // and indexes the words of the lines they held.
  private feed(upload: Upload, state: State): void {
    const reading = state.reading;
    if (!reading) return;
    const parts = upload.text.parts;
    for (; reading.fed < parts.length; reading.fed++) {
      const part = parts[reading.fed]!;
      reading.log.reader.push(reading.fed === 0 ? withoutBom([part])[0]! : part);
    }
    const words = state.words;
    if (!words) return;
    const read = reading.log.reader.linesSince?.(words.lines, (kind, nick, text) => {
      if (isSearched(kind)) words.prepared.add(nick, text);
    });
    if (read === undefined || read < 0) state.words = null;
    else words.lines = read;
  }
}

function refusal(upload: Upload, error: { code: string; message: string }): Result<true> {
  return fail(error.code, `${upload.name}: ${error.message}`);
}

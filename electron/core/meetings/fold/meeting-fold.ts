import type { TranscriptLine } from '../../../../shared/domain/line';
import type { PresetId } from '../../../../shared/domain/meeting';
import type { ActionView, AgendaNode, MeetingMode } from '../../../../shared/ipc/meeting-schemas';
import {
  initialState,
  resolveOptions,
  step,
  type MeetingState,
} from '../../../../shared/meeting/index';
import { markLine, marksBySeq, type FoldMark } from './fold-marks';
import type { MeetingRecord, SourceBody, StartBody } from '../record/records';

/** A chair's edits of one action, merged over time. */
export interface ActionEdits {
  owners?: string[];
  due?: string | null;
  done?: boolean;
}

/** A stretch without the channel: from when it was lost to when Gavel was back (null: still out). */
export interface Gap {
  from: number;
  to: number | null;
}

/** A journaled line, with the record number it came from. */
export interface JournalLine {
  i: number;
  line: TranscriptLine;
}

function engineFor(start: StartBody, preset: PresetId, botNick: string | null): MeetingState {
  const options = resolveOptions({
    channel: start.channel,
    date: start.date ?? null,
    timeZone: start.timeZone ?? null,
    preset,
    botNick,
    implicitStart: start.implicitStart,
  });
  // The start record was validated when written, so its channel and preset always resolve.
  if (!options.ok) throw new Error(`Unusable meeting options: ${options.error.message}`);
  return initialState(options.value);
}

/**
 * Everything a meeting's journal says, folded record by record: the engine's state over the
 * journaled lines, plus what only Gavel knows (mode, agenda topics, action edits, carried
 * actions, names, gaps, a forced end, structure marked after the fact, an imported log's
 * source). Replaying the same records always gives the same fold.
 * For each line of the engine's meeting log it keeps which record and transcript seq it came
 * from, so items can point back at their line and actions get ids that survive restarts.
 */
export class MeetingFold {
  readonly start: StartBody;
  readonly startedAt: number;
  mode: MeetingMode;
  preset: PresetId;
  botNick: string | null;
  engine: MeetingState;
  readonly lines: JournalLine[] = [];
  /** Record number, then transcript seq, of each engine log line (index n - 1). */
  readonly logRecords: number[] = [];
  readonly logSeqs: number[] = [];
  readonly agendaTopics: { agendaId: string; title: string }[] = [];
  readonly edits = new Map<string, ActionEdits>();
  carried: ActionView[] = [];
  readonly names = new Map<string, string>();
  /** Who was in the channel when the meeting started, as the server listed them. */
  roster: string[] = [];
  agenda: AgendaNode[] = [];
  readonly gaps: Gap[] = [];
  forcedEndAt: number | null = null;
  /** Structure marks, in the order they were made. */
  readonly marks: FoldMark[] = [];
  /** What an imported log said about its meeting, or null. */
  source: SourceBody | null = null;
  /** Number and time of the last record applied. */
  lastRecord = 0;
  lastAt: number;
  private replaying = false;
  private marksStale = false;

  constructor(first: MeetingRecord & StartBody) {
    this.start = first;
    this.startedAt = first.at;
    this.lastAt = first.at;
    this.lastRecord = first.i;
    this.mode = first.mode;
    this.preset = first.preset;
    this.botNick = first.botNick;
    this.engine = engineFor(first, first.preset, first.botNick);
  }

  /** True once `#endmeeting` took effect or the chair ended the meeting. */
  get ended(): boolean {
    return this.engine.ended || this.forcedEndAt !== null;
  }

  /** When the meeting ended, or null while it is live. */
  get endedAt(): number | null {
    if (this.forcedEndAt !== null) return this.forcedEndAt;
    return this.engine.ended ? (this.engine.end?.at ?? this.lastAt) : null;
  }

  /** Folds one record (records after the start, in journal order). */
  apply(record: MeetingRecord): void {
    this.lastRecord = record.i;
    this.lastAt = record.at;
    switch (record.t) {
      case 'line':
        this.lines.push({ i: record.i, line: record.line });
        return this.stepLine(record.i, record.line);
      case 'bot':
        return this.identifyBot(record.nick, record.preset);
      case 'mode':
        this.mode = record.mode;
        return;
      case 'agenda-topic':
        this.agendaTopics.push({ agendaId: record.agendaId, title: record.title });
        return;
      case 'action':
        return this.editAction(record.actionId, record);
      case 'carried':
        this.carried = record.actions;
        return;
      case 'name':
        this.names.set(record.nick, record.name);
        return;
      case 'members':
        this.roster = record.nicks;
        return;
      case 'agenda':
        this.agenda = record.items;
        return;
      case 'gap':
        return this.gap(record.state, record.at);
      case 'end':
        this.forcedEndAt ??= record.at;
        return;
      case 'mark':
        this.marks.push({
          id: `m${record.i}`,
          seq: record.seq,
          as: record.as,
          text: record.text,
          nick: record.nick,
        });
        return this.marksChanged();
      case 'unmark': {
        const at = this.marks.findIndex((m) => m.id === record.markId);
        if (at >= 0) this.marks.splice(at, 1);
        return this.marksChanged();
      }
      case 'source':
        this.source = record;
        return;
      case 'start':
        return;
    }
  }

  /**
   * Folds records replayed from a journal; a meeting with marks is folded again once at the
   * end rather than at each mark.
   */
  replay(records: Iterable<MeetingRecord>): void {
    this.replaying = true;
    try {
      for (const record of records) this.apply(record);
    } finally {
      this.replaying = false;
    }
    if (this.marksStale) this.refold();
  }

  /**
   * The engine's state over the lines with `marks` put in instead of the fold's own, without
   * changing the fold: how the meeting would read with those marks.
   */
  engineWith(marks: readonly FoldMark[]): MeetingState {
    const engine = engineFor(this.start, this.preset, this.botNick);
    this.stepAll(engine, marks, () => {});
    return engine;
  }

  private marksChanged(): void {
    if (this.replaying) this.marksStale = true;
    else this.refold();
  }

  // Folds every line again under the current options and marks.
  private refold(): void {
    this.marksStale = false;
    this.engine = engineFor(this.start, this.preset, this.botNick);
    this.logRecords.length = 0;
    this.logSeqs.length = 0;
    this.stepAll(this.engine, this.marks, (i, line) => {
      this.logRecords.push(i);
      this.logSeqs.push(line.seq);
    });
  }

  private stepAll(
    engine: MeetingState,
    marks: readonly FoldMark[],
    logged: (i: number, line: TranscriptLine) => void,
  ): void {
    const pending = marksBySeq(marks);
    for (const { i, line } of this.lines) {
      const before = pending.get(line.seq);
      if (before) {
        pending.delete(line.seq);
        for (const mark of before) step(engine, markLine(mark, line));
      }
      const length = engine.log.length;
      step(engine, line);
      if (engine.log.length > length) logged(i, line);
    }
  }

  private stepLine(i: number, line: TranscriptLine): void {
    const before = this.engine.log.length;
    step(this.engine, line);
    if (this.engine.log.length > before) {
      this.logRecords.push(i);
      this.logSeqs.push(line.seq);
    }
  }

  private identifyBot(nick: string, preset: PresetId): void {
    if (this.botNick === nick && this.preset === preset) return;
    this.botNick = nick;
    this.preset = preset;
    // The bot's lines must not be read as commands from the start, and the preset changes how
    // every line is parsed: fold the lines again under the new options.
    this.refold();
  }

  private editAction(id: string, edit: ActionEdits): void {
    const merged = { ...this.edits.get(id) };
    if (edit.owners !== undefined) merged.owners = edit.owners;
    if (edit.due !== undefined) merged.due = edit.due;
    if (edit.done !== undefined) merged.done = edit.done;
    this.edits.set(id, merged);
  }

  private gap(state: 'open' | 'close', at: number): void {
    const last = this.gaps.at(-1);
    if (state === 'open' && (!last || last.to !== null)) this.gaps.push({ from: at, to: null });
    if (state === 'close' && last && last.to === null) last.to = at;
  }
}

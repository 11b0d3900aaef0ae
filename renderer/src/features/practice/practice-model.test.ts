import { describe, expect, it } from 'vitest';
import type { HistoryEntry, PracticeState } from '../../../../shared/ipc/after-meeting-schemas';
import { localDateTime } from '../../time/format-time';
import { meetingLabel, parseSpeed, progressText, replayChoices } from './practice-model';

const practice = (fields: Partial<PracticeState> = {}): PracticeState => ({
  channel: 'practice:#practice-2',
  meetingId: 'p1',
  speed: 5,
  status: 'running',
  position: 12,
  total: 70,
  ...fields,
});

const entry = (fields: Partial<HistoryEntry>): HistoryEntry => ({
  id: 'm1',
  channel: '#kamailio',
  title: 'weekly',
  status: 'ended',
  source: 'live',
  startedAt: new Date(2024, 4, 1, 13, 5).getTime(),
  endedAt: null,
  durationMin: null,
  people: 0,
  actions: 0,
  openActions: 0,
  format: null,
  ...fields,
});

describe('parseSpeed', () => {
  it('takes 1 to 20, fractions and a trailing × included', () => {
    expect(parseSpeed('1')).toEqual({ ok: true, value: 1 });
    expect(parseSpeed(' 20 ')).toEqual({ ok: true, value: 20 });
    expect(parseSpeed('2.5')).toEqual({ ok: true, value: 2.5 });
    expect(parseSpeed('10×')).toEqual({ ok: true, value: 10 });
  });

  it('says what is wrong with anything else', () => {
    expect(parseSpeed('')).toMatchObject({
      ok: false,
      error: { message: 'Give a speed from 1× to 20×.' },
    });
    for (const text of ['0', '0.5', '21', 'fast', 'Infinity'])
      expect(parseSpeed(text)).toMatchObject({
        ok: false,
        error: { message: 'The speed is 1× to 20×.' },
      });
  });
});

describe('progressText', () => {
  it('says where the replay is, and when it is paused or over', () => {
    expect(progressText(practice())).toBe(
      'Practice replay of practice:#practice-2: 12 of 70 lines',
    );
    expect(progressText(practice({ status: 'paused' }))).toBe(
      'Practice replay of practice:#practice-2: 12 of 70 lines — paused',
    );
    expect(progressText(practice({ status: 'done', position: 70 }))).toBe(
      'Practice replay of practice:#practice-2: 70 of 70 lines — replay finished',
    );
  });
});

describe('replay choices', () => {
  it('leaves earlier practice runs out unless one was asked for', () => {
    const list = [
      entry({ id: 'a' }),
      entry({ id: 'b', source: 'practice' }),
      entry({ id: 'c', source: 'imported' }),
    ];
    expect(replayChoices(list, null).map((e) => e.id)).toEqual(['a', 'c']);
    expect(replayChoices(list, 'b').map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('names a meeting by title, channel and local start', () => {
    const when = localDateTime(entry({}).startedAt);
    expect(meetingLabel(entry({}))).toBe(`weekly — #kamailio, ${when}`);
    expect(meetingLabel(entry({ title: null }))).toBe(`#kamailio, ${when}`);
  });
});

import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../../shared/ipc/after-meeting-schemas';
import {
  channelsOf,
  durationText,
  localDateTime,
  meetingTitle,
  sourceText,
} from './history-format';

const entry = (fields: Partial<HistoryEntry>): HistoryEntry => ({
  id: 'm',
  channel: '#meet',
  title: null,
  status: 'ended',
  source: 'live',
  startedAt: 0,
  endedAt: 0,
  durationMin: 0,
  people: 0,
  actions: 0,
  openActions: 0,
  format: null,
  ...fields,
});

describe('history-format', () => {
  it("writes a date and time as the user's locale does", () => {
    const at = new Date(2024, 0, 9, 7, 5).getTime();
    expect(localDateTime(at, 'en-US')).toMatch(/^Jan 9, 2024, 7:05\sAM$/);
    expect(localDateTime(at, 'en-GB')).toBe('9 Jan 2024, 07:05');
    expect(localDateTime(at, 'de-DE')).toBe('09.01.2024, 07:05');
  });

  it('writes a meeting’s length in minutes and hours', () => {
    expect(durationText(entry({ durationMin: 45 }))).toBe('45 min');
    expect(durationText(entry({ durationMin: 60 }))).toBe('1 h');
    expect(durationText(entry({ durationMin: 125 }))).toBe('2 h 5 min');
    expect(durationText(entry({ durationMin: null, status: 'live' }))).toBe('under way');
    expect(durationText(entry({ durationMin: null }))).toBe('–');
  });

  it('says where a meeting came from', () => {
    expect(sourceText(entry({ status: 'live' }))).toBe('live');
    expect(sourceText(entry({}))).toBe('ended');
    expect(sourceText(entry({ source: 'imported', format: 'irssi' }))).toBe('imported (irssi)');
    expect(sourceText(entry({ source: 'imported' }))).toBe('imported');
    expect(sourceText(entry({ source: 'practice' }))).toBe('practice');
  });

  it('names a meeting by its title, else its channel', () => {
    expect(meetingTitle(entry({ title: 'weekly' }))).toBe('weekly');
    expect(meetingTitle(entry({ title: '  ' }))).toBe('#meet');
  });

  it('lists each channel once, case ignored, in order', () => {
    const entries = [entry({ channel: '#b' }), entry({ channel: '#A' }), entry({ channel: '#B' })];
    expect(channelsOf(entries, ['#c'])).toEqual(['#A', '#b', '#c']);
  });

  it('takes #a[b] and #A{B} for one channel, as IRC casemapping does', () => {
    const entries = [entry({ channel: '#a[b]' }), entry({ channel: '#A{B}' })];
    expect(channelsOf(entries)).toEqual(['#a[b]']);
  });
});

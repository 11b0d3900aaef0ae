import { describe, expect, it } from 'vitest';
import type { LogLine } from '../domain/line';
import { meetingFromLog } from '../meeting/meeting-from-log';
import { MINUTES_FORMATS, renderMinutes } from './minutes-formats';

const NOTE =
  'Gavel was not connected from 14:02:11 to 14:03:40 UTC; lines said then are not in this record.';

const line = (time: string, nick: string, text: string, kind: LogLine['kind'] = 'message') => ({
  at: Date.parse(`2026-11-21T${time}Z`),
  time,
  kind,
  nick,
  text,
});

const LINES: LogLine[] = [
  line('14:00:00', 'chair', '#startmeeting Weekly'),
  line('14:01:00', 'chair', '#topic Release'),
  line('14:02:00', 'alice', 'we ship friday'),
  line('14:03:40', '', NOTE, 'gap'),
  line('14:03:50', 'bob', 'back on track'),
  line('14:05:00', 'chair', '#endmeeting'),
];

function meeting(lines: readonly LogLine[]) {
  const folded = meetingFromLog(lines, { channel: '#meet', date: '2026-11-21', preset: 'fedora' });
  if (!folded.ok) throw new Error(folded.error.message);
  return folded.value;
}

describe('a gap in the recording', () => {
  it('is kept by the engine where it fell', () => {
    expect(meeting(LINES).gaps).toEqual([
      { time: '14:03:40', at: LINES[3]!.at, line: 4, text: NOTE },
    ]);
    expect(meeting(LINES.filter((l) => l.kind !== 'gap')).gaps).toBeUndefined();
  });

  it('is carried into every exported file', () => {
    const files = renderMinutes(meeting(LINES), MINUTES_FORMATS);
    for (const format of MINUTES_FORMATS)
      expect(files.get(format), format).toContain(
        'Gavel was not connected from 14:02:11 to 14:03:40 UTC',
      );
  });

  it('sits in the logs between the lines it separates, in MeetBot’s line shape', () => {
    const files = renderMinutes(meeting(LINES), ['log.txt', 'log.html', 'md']);
    expect(files.get('log.txt')!.split('\n').slice(2, 5)).toEqual([
      '14:02:00 <alice> we ship friday',
      `14:03:40 * ${NOTE}`,
      '14:03:50 <bob> back on track',
    ]);
    const html = files.get('log.html')!;
    expect(html.indexOf('we ship friday')).toBeLessThan(html.indexOf('was not connected'));
    expect(html.indexOf('was not connected')).toBeLessThan(html.indexOf('back on track'));
    const md = files.get('md')!;
    expect(md).toMatch(
      / {4}alice: we ship friday\n {4}• Gavel was not connected[^\n]*\n {4}bob: back on track/,
    );
  });

  it('changes nothing in the files of a meeting without one', () => {
    const without = LINES.filter((l) => l.kind !== 'gap');
    const plain = renderMinutes(meeting(without), MINUTES_FORMATS);
    for (const format of MINUTES_FORMATS) expect(plain.get(format)).not.toContain('not connected');
  });
});

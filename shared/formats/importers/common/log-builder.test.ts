import { describe, expect, it } from 'vitest';
import { LogBuilder } from './log-builder';

describe('LogBuilder', () => {
  it('fills date, zone and channel from the options when the log has none', () => {
    const log = new LogBuilder('znc', { date: '2024-05-01', timeZone: 'UTC', channel: '#c' });
    log.add('message', 'alice', 'hi', '12:00:05');
    const out = log.finish();
    expect(out).toMatchObject({
      format: 'znc',
      date: '2024-05-01',
      timeZone: 'UTC',
      channel: '#c',
    });
    expect(out.lines[0]).toEqual({
      at: Date.UTC(2024, 4, 1, 12, 0, 5),
      time: '12:00:05',
      kind: 'message',
      nick: 'alice',
      text: 'hi',
    });
  });

  it('prefers what the log says over the options', () => {
    const log = new LogBuilder(
      'meetbot',
      { date: '2001-01-01', timeZone: 'Europe/Paris', channel: '#opt' },
      'UTC',
    );
    log.noteChannel('#log');
    log.add('message', 'a', '#startmeeting', '13:00:44');
    log.setDay('2017-05-08');
    log.add('message', 'bot', 'Meeting started', '13:00:44');
    const out = log.finish();
    expect(out).toMatchObject({ date: '2017-05-08', timeZone: 'UTC', channel: '#log' });
    expect(out.lines.map((l) => l.at)).toEqual([
      Date.UTC(2017, 4, 8, 13, 0, 44),
      Date.UTC(2017, 4, 8, 13, 0, 44),
    ]);
  });

  it('counts midnights when the clock goes back, but not for small steps back', () => {
    const log = new LogBuilder('meetbot', { date: '2024-12-31' }, 'UTC');
    log.add('message', 'a', 'x', '23:59:50');
    log.add('message', 'a', 'x', '23:30:00');
    log.add('message', 'a', 'x', '00:00:10');
    log.add('message', 'a', 'x', '23:00:00');
    log.add('message', 'a', 'x', '00:00:01');
    const at = log.finish().lines.map((l) => new Date(l.at!).toISOString().slice(0, 10));
    expect(at).toEqual(['2024-12-31', '2024-12-31', '2025-01-01', '2025-01-01', '2025-01-02']);
  });

  it('uses a date written on the line and a zone written on the line', () => {
    const log = new LogBuilder('textual');
    log.add('message', 'a', 'x', '10:00:02', { date: '2023-11-14', zone: '+13:00' });
    const out = log.finish();
    expect(out.lines[0]!.at).toBe(Date.UTC(2023, 10, 13, 21, 0, 2));
    expect(out.timeZone).toBe('+13:00');
  });

  it('leaves instants unknown without a zone or a time', () => {
    const log = new LogBuilder('irssi', { date: '2024-01-09' });
    log.add('message', 'a', 'x', '15:00');
    log.add('heading', '', 'Topic');
    const out = log.finish();
    expect(out.lines.map((l) => l.at)).toEqual([null, null]);
    expect(out.timeZone).toBeNull();
  });

  it('ignores a malformed option date instead of failing', () => {
    const log = new LogBuilder('znc', { date: 'yesterday', timeZone: 'nowhere' });
    log.add('message', 'a', 'x', '12:00:00');
    expect(log.finish()).toMatchObject({ date: null, timeZone: null });
  });
});

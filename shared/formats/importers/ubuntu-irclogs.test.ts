import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ubuntuIrclogs } from './ubuntu-irclogs';

const sample = readFileSync(new URL('./samples/ubuntu-irclogs.txt', import.meta.url), 'utf8');

describe('irclogs.ubuntu.com importer', () => {
  const log = ubuntuIrclogs.parse(sample, { date: '2024-02-04' });

  it('reads messages in UTC and === events without a stamp', () => {
    expect(log).toMatchObject({
      format: 'ubuntu-irclogs',
      date: '2024-02-04',
      channel: '#ubuntu-meeting',
      timeZone: 'UTC',
    });
    expect(log.lines).toHaveLength(15);
    expect(log.lines[0]).toEqual({
      at: null,
      time: '',
      kind: 'nick',
      nick: 'pfoster',
      text: 'pfoster|away',
    });
    expect(log.lines[1]).toMatchObject({
      at: Date.UTC(2024, 1, 4, 20, 1),
      time: '20:01',
      nick: 'elfy',
      text: '#startmeeting Ubuntu Studio team',
    });
    expect(log.lines[7]).toMatchObject({ kind: 'action', nick: 'krytarik', text: 'reads along' });
    expect(log.lines[10]).toMatchObject({
      kind: 'topic',
      nick: 'meetingology',
      text: 'Ubuntu Studio team | Current topic: Backports status',
    });
  });
});

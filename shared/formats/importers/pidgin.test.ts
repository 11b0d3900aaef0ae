import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pidgin } from './pidgin';

const sample = readFileSync(new URL('./samples/pidgin.txt', import.meta.url), 'utf8');

describe('pidgin importer', () => {
  const log = pidgin.parse(sample, { timeZone: 'Europe/Berlin' });

  it('takes date and channel from the header and converts the 12-hour clock', () => {
    expect(log).toMatchObject({ format: 'pidgin', date: '2007-10-05', channel: '#ubuntu-motu' });
    expect(log.lines).toHaveLength(11);
    expect(log.lines[2]).toEqual({
      at: Date.UTC(2007, 9, 5, 14, 0, 2),
      time: '16:00:02',
      kind: 'message',
      nick: 'dholbach',
      text: 'alright, welcome to the MOTU Q&A session',
    });
  });

  it('reads ***nick actions and room events', () => {
    expect(log.lines.map((l) => l.kind)).toEqual([
      'system',
      'join',
      'message',
      'message',
      'action',
      'message',
      'message',
      'nick',
      'message',
      'part',
      'message',
    ]);
    expect(log.lines[4]).toMatchObject({ nick: 'persia', text: 'waves' });
  });
});

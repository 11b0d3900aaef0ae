import { describe, expect, it } from 'vitest';
import { MeetingRecord } from './records';
import { JOURNAL_FORMAT, upgradeJournal } from './journal-format';

const start = (v?: number) => ({
  t: 'start',
  i: 1,
  at: 1,
  id: 'm1',
  channel: '#meet',
  title: 'weekly',
  mode: 'drive',
  preset: 'meetbot',
  botNick: null,
  implicitStart: false,
  origin: 'chair',
  ...(v === undefined ? {} : { v }),
});
const taken = { t: 'link', i: 2, at: 2, agendaId: 'e1', title: 'Budget' };

describe('upgradeJournal', () => {
  it('reads the agenda topic of a format 1 or 2 journal as the current agenda-topic record', () => {
    for (const first of [start(), start(2)]) {
      const upgraded = upgradeJournal('j', [first, taken]);
      expect(upgraded.ok && upgraded.value).toEqual([
        { ...first, v: JOURNAL_FORMAT },
        { ...taken, t: 'agenda-topic' },
      ]);
      if (!upgraded.ok) continue;
      expect(MeetingRecord.safeParse(upgraded.value[1]).success).toBe(true);
    }
  });

  it('leaves a current journal as it is, where a link record is not valid any more', () => {
    const current = [start(JOURNAL_FORMAT), { ...taken, t: 'agenda-topic' }];
    const upgraded = upgradeJournal('j', current);
    expect(upgraded.ok && upgraded.value).toEqual(current);
    expect(MeetingRecord.safeParse(taken).success).toBe(false);
  });
});

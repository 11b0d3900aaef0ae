import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../../shared/search/types';
import { channelsOf, withSelected } from './channels';
import { meetingDate, nickLabel, summaryText, typeBadge } from './result-text';
import type { HistoryEntry } from '../../../../shared/ipc/after-meeting-schemas';

const hit = (meetingId: string, seq: number) => ({ meetingId, seq }) as SearchHit;

describe('summaryText', () => {
  it('counts matches and the meetings they are in', () => {
    expect(
      summaryText({ hits: [hit('a', 1), hit('a', 2), hit('b', 1)], total: 3, meetings: 12 }),
    ).toBe('3 matches in 2 meetings (12 meetings searched)');
    expect(summaryText({ hits: [hit('a', 1)], total: 1, meetings: 1 })).toBe(
      '1 match in 1 meeting (1 meeting searched)',
    );
  });

  it('says how many are shown when the answer was cut', () => {
    expect(summaryText({ hits: [hit('a', 1), hit('b', 1)], total: 1234, meetings: 40 })).toBe(
      '1,234 matches, showing the first 2 (40 meetings searched)',
    );
  });
});

describe('labels', () => {
  it('calls agreed, accepted and rejected a decision', () => {
    expect(typeBadge('agreed')).toBe('decision');
    expect(typeBadge('rejected')).toBe('decision');
    expect(typeBadge('action')).toBe('action');
    expect(typeBadge('link')).toBe('link');
    expect(typeBadge(null)).toBeNull();
  });

  it('writes nicks as the transcript does', () => {
    expect(nickLabel('message', 'alice')).toBe('alice');
    expect(nickLabel('action', 'alice')).toBe('* alice');
    expect(nickLabel('notice', 'alice')).toBe('-alice-');
    expect(nickLabel('heading', '')).toBe('');
  });

  it('dates a meeting in local time', () => {
    expect(meetingDate(new Date(2024, 4, 1, 23, 59).getTime()).iso).toBe('2024-05-01');
  });
});

describe('channelsOf', () => {
  const entry = (channel: string, source: HistoryEntry['source'] = 'live') =>
    ({ channel, source }) as HistoryEntry;

  it('lists each channel once, sorted, without practice runs', () => {
    expect(
      channelsOf([
        entry('#Meet'),
        entry('#dev'),
        entry('#meet'),
        entry('practice:#practice-1', 'practice'),
      ]),
    ).toEqual(['#dev', '#Meet']);
    expect(withSelected(['#dev'], '#gone')).toEqual(['#gone', '#dev']);
    expect(withSelected(['#dev'], '')).toEqual(['#dev']);
  });
});

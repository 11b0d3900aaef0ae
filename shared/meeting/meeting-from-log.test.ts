import { describe, expect, it } from 'vitest';
import type { LogLine } from '../domain/line';
import { LineTable } from '../domain/line-table';
import type { PresetId } from '../domain/meeting';
import { meetingFromLog, meetingFromTable } from './meeting-from-log';
import { lineMaker } from './test-lines';

const options = { channel: '#test', date: '2024-03-01' };

function sampleLog(): LogLine[] {
  const { say, me } = lineMaker();
  return [
    say('carol', 'before the meeting'),
    say('alice', '#startmeeting Weekly'),
    say('alice', '#topic One'),
    me('bob', 'waves'),
    say('bob', '#action bob writes it'),
    say('alice', '#info said'),
    say('alice', '#endmeeting'),
    say('carol', 'after'),
  ];
}

describe('meetingFromTable', () => {
  const presets: PresetId[] = ['meetbot', 'fedora', 'ubuntu', 'openstack', 'hcoop'];

  it.each(presets)('folds a table as meetingFromLog folds its lines (%s)', (preset) => {
    const table = LineTable.fromLines(sampleLog());
    expect(meetingFromTable(table, { ...options, preset })).toEqual(
      meetingFromLog(sampleLog(), { ...options, preset }),
    );
  });

  it('finds a start only where the dialect reads one', () => {
    const { say } = lineMaker();
    const lines = [say('alice', ' #startmeeting late'), say('bob', '#info counted?')];
    for (const preset of ['fedora', 'ubuntu'] as const) {
      const fromTable = meetingFromTable(LineTable.fromLines(lines), { ...options, preset });
      expect(fromTable).toEqual(meetingFromLog(lines, { ...options, preset }));
    }
    const classic = meetingFromTable(LineTable.fromLines(lines), options);
    if (!classic.ok) throw new Error(classic.error.message);
    expect(classic.value.items.map((i) => i.text)).toEqual(['counted?']);
  });
});

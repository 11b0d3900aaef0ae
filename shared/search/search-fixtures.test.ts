import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { meetingFromLog } from '../meeting/meeting-from-log';
import { parseMeetbotLog } from '../formats/importers/meetbot-log';
import { documentOf } from './from-meeting';
import { createSearchIndex } from './search-index';
import { testData } from '../testdata/index';

function meeting(folder: string) {
  const url = testData(`meetbot/${folder}/log.txt`);
  const r = meetingFromLog(parseMeetbotLog(readFileSync(url, 'utf8')), {
    channel: '#fedora-meeting',
    date: '2020-06-10',
    preset: 'fedora',
  });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('search over real Fedora meetings', () => {
  const magazine = meeting('fedora-magazine-2020-06-10');
  const iot = meeting('fedora-iot-2020-06-10');
  const index = createSearchIndex();
  index.add(documentOf('magazine', magazine));
  index.add(documentOf('iot', iot));

  it('numbers hits by meeting log line, where the minutes items point', () => {
    const said = index.search({ text: 'gregbartholomew edit ' });
    expect(said.hits.map((h) => [h.seq, h.nick])).toEqual([
      [107, 'bcotton'],
      [109, 'zodbot'],
      [110, 'bcotton'],
    ]);
    // Without the trailing space "edit" is a prefix, and line 162's "editorial-meetings" matches.
    expect(index.search({ text: 'gregbartholomew edit' }).hits.map((h) => h.seq)).toEqual([
      107, 109, 110, 162,
    ]);
    // Line 107's action was taken back with #undo, so only line 110 is an action item.
    const actions = index.search({ text: 'gregbartholomew edit', type: 'action' });
    expect(actions.hits.map((h) => h.seq)).toEqual([110]);
    expect(actions.hits[0]!.seq).toBe(magazine.actions.find((a) => a.text.includes('#181'))!.line);
  });

  it('puts the later meeting first on the same day', () => {
    const r = index.search({ text: 'bcotton', limit: 500 });
    const order = [...new Set(r.hits.map((h) => h.meetingId))];
    expect(order).toEqual(['iot', 'magazine']);
  });

  it('finds links by type and what they point to', () => {
    // Line 52 is a bare URL, which MeetBot records as a link too.
    const r = index.search({ text: 'kanban', type: 'link' });
    expect(r.hits.map((h) => [h.seq, h.nick])).toEqual([
      [41, 'bcotton'],
      [52, 'sysoplab'],
      [60, 'bcotton'],
      [119, 'bcotton'],
      [136, 'bcotton'],
    ]);
    expect(r.hits.every((h) => h.type === 'link')).toBe(true);
  });

  it('gives the lines around a hit from the same meeting', () => {
    const [hit] = index.search({ text: '"Paul is on PTO"', contextLines: 1 }).hits;
    expect(hit!.meetingId).toBe('iot');
    expect(hit!.before.map((l) => l.nick)).toEqual(['zodbot']);
    expect(hit!.after[0]!.text).toBe('who authorized that? ;-)');
  });
});

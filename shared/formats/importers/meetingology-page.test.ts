import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testData } from '../../testdata/index';
import { importLog } from './import-log';
import { meetingologyPage, unescapeMarkdown } from './meetingology-page';

const sample = readFileSync(new URL('./samples/meetingology.moin.txt', import.meta.url), 'utf8');

describe('meetingology page importer', () => {
  it('reads the full log of MoinMoin minutes, dated by the log’s address', () => {
    const log = meetingologyPage.parse(sample);
    expect(log).toMatchObject({
      format: 'meetingology',
      date: '2024-03-12',
      channel: '#ubuntu-meeting',
    });
    expect(log.lines).toHaveLength(9);
    expect(log.lines[0]).toEqual({
      at: Date.UTC(2024, 2, 12, 16, 0),
      time: '16:00',
      kind: 'message',
      nick: 'alice',
      text: '#startmeeting Example team',
    });
    expect(log.lines[5]!.text).toBe("the page still lists last year's <b>release</b> dates");
    expect(log.lines[7]).toMatchObject({ kind: 'action', nick: 'bob', text: 'nods' });
  });

  it('undoes the Markdown escaping cloud-init’s page has, line for line', () => {
    expect(
      unescapeMarkdown('`<blackboxsw>` \\#link [https://a.org/x\\#y](https://a.org/x\\#y) ->` ok'),
    ).toBe('<blackboxsw> #link https://a.org/x#y -> ok');
    const page = readFileSync(testData('meetings/cloud-init-2019-10-08/status-2019-10-08.md'));
    const read = importLog(page);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value).toMatchObject({
      format: 'meetingology',
      date: '2019-10-08',
      channel: '#cloud-init',
    });
    expect(read.value.lines[0]).toMatchObject({
      nick: 'blackboxsw',
      text: '#startmeeting Cloud-init bi-weekly status',
    });
  });

  it('says what it expected when the minutes hold no log', () => {
    const minutesOnly = sample.slice(0, sample.indexOf('== Full log =='));
    const read = importLog(minutesOnly);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.message).toContain('== Full Log ==');
  });
});

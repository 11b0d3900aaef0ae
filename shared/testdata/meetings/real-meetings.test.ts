import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Meeting, PresetId } from '../../domain/meeting';
import { importLog } from '../../formats/importers/import-log';
import { readHtmlMinutes } from '../../formats/importers/minutes-html';
import { readTextMinutes } from '../../formats/importers/minutes-text';
import { meetingFromLog } from '../../meeting/meeting-from-log';
import type { MeetingOptions } from '../../meeting/options';
import { testData } from '../index';
import { DEPLOYMENTS } from './deployments';
import { structureOf, structureOfMinutes, squash } from './structure';
import { pageLogLines, published, structureOfPage } from './structure-cloud-init';
import { structureOfMoin2010 } from './structure-moin';
import { scribeMinutes } from './structure-scribe-perl';

const read = (path: string) => readFileSync(testData(path));

function gavel(path: string, preset: PresetId, extra: Partial<MeetingOptions> = {}): Meeting {
  return gavelOf(read(path), preset, extra);
}

function gavelOf(
  input: string | Uint8Array,
  preset: PresetId,
  extra: Partial<MeetingOptions> = {},
): Meeting {
  const imported = importLog(input);
  if (!imported.ok) throw new Error(imported.error.message);
  const log = imported.value;
  const folded = meetingFromLog(log.lines, {
    channel: log.channel ?? '#meeting',
    date: log.date,
    timeZone: log.timeZone,
    preset,
    ...extra,
  });
  if (!folded.ok) throw new Error(folded.error.message);
  return folded.value;
}

describe('Gavel’s structure matches the minutes the real bot wrote', () => {
  it.each([['meetbot/fedora-iot-2020-06-10'], ['meetbot/fedora-magazine-2020-06-10']])(
    '%s (Fedora zodbot, MeetBot 0.1.4, 2020)',
    (folder) => {
      const text = structureOfMinutes(readTextMinutes(read(`${folder}/minutes.txt`).toString()));
      const html = structureOfMinutes(readHtmlMinutes(read(`${folder}/minutes.html`).toString()));
      const actual = structureOf(gavel(`${folder}/log.txt`, 'fedora'));
      expect(actual).toEqual({ ...text, votes: [] });
      expect(actual).toEqual({ ...html, votes: [] });
    },
  );

  it.each([['asbroker-2018-06-05'], ['asbroker-2018-07-24']])(
    'meetings/%s (Automation Broker, brokerbot: MeetBot 0.1.4, 2018)',
    (folder) => {
      const dir = `meetings/${folder}`;
      const text = structureOfMinutes(readTextMinutes(read(`${dir}/meeting.txt`).toString()));
      const html = structureOfMinutes(readHtmlMinutes(read(`${dir}/meeting.html`).toString()));
      const actual = structureOf(gavel(`${dir}/meeting.log.txt`, 'fedora', DEPLOYMENTS[folder]));
      expect(actual).toEqual({ ...text, votes: [] });
      expect(actual).toEqual({ ...html, votes: [] });
    },
  );

  it('meetings/asbroker-2018-06-26 (2018): minutes written in MeetBot’s shape, no log', () => {
    const minutes = read('meetings/asbroker-2018-06-26/meeting.txt');
    const doc = readTextMinutes(minutes.toString());
    const imported = importLog(minutes);
    if (!imported.ok) throw new Error(imported.error.message);
    expect(imported.value.format).toBe('meetbot-minutes');
    const m = meetingFromLog(imported.value.lines, { channel: '#asbroker', preset: 'fedora' });
    if (!m.ok) throw new Error(m.error.message);
    const expected = structureOfMinutes(doc);
    const actual = structureOf(m.value);
    expect(actual.topics).toEqual(expected.topics);
    expect(actual.topics.flatMap((t) => t.items)).toHaveLength(23);
    // These minutes were written by hand in MeetBot's shape (some items without who and when,
    // an action list of their own): the actions are the items marked ACTION, owned by whoever
    // of the people present they name.
    expect(m.value.actions.map((a) => [a.text, a.owners])).toEqual([
      ['jmrodri write tests for bind/unbind in bundle-lib', ['jmrodri']],
      [
        'dzager jmrodri shurley work to get PR 926 on broker merged : debuggable image',
        ['jmrodri', 'shurley'],
      ],
      [
        'shurley work to get PR 70 into bundle-lib, cut release for philipgough',
        ['philipgough', 'shurley'],
      ],
    ]);
    expect(Object.keys(actual.people!).sort()).toEqual(Object.keys(expected.people!).sort());
  });

  it.each([
    ['ubuntu-uk-ukmeet', 'ukmeet'],
    ['ubuntu-uk-ukmeet2', 'ukmeet2'],
  ])('meetings/%s (Ubuntu UK, meetingology 2010)', (folder, name) => {
    const minutes = structureOfMoin2010(read(`meetings/${folder}/${name}.moin.txt`).toString());
    // The 2010 bot was MeetBot 0.1.4 with votes: it counted every nick, and kept votes out of
    // the topics. The log has no banner to say so, hence the options.
    const m = gavel(`meetings/${folder}/${name}.log`, 'ubuntu', DEPLOYMENTS[folder]);
    const { actions, ...expected } = minutes;
    // Kept on purpose: the 2010 bot's log replay also read `< MooDoo> *sigh*` as a /me by a nick
    // `sigh*` (one line more); it is MooDoo's message, counted once.
    if (name === 'ukmeet2') delete expected.people!['sigh*'];
    const actual = structureOf(m);
    expect(actual.topics).toEqual(expected.topics);
    expect(actual.votes).toEqual(expected.votes);
    expect(m.actions.map((a) => squash(a.text))).toEqual(actions);
    expect(actual.people).toEqual(expected.people);
  });

  it.each([
    ['2019-10-08', '0.1.5'],
    ['2019-10-29', '0.1.5'],
    ['2020-06-16', '0.1.5'],
    ['2021-03-09', '0.4.0'],
    ['2021-06-15', '0.4.0'],
  ])('meetings/cloud-init-%s (cloud-init, meetingology %s on ubottu)', (date) => {
    const folder = `cloud-init-${date}`;
    const page = read(`meetings/${folder}/status-${date}.md`);
    const imported = importLog(page);
    if (!imported.ok) throw new Error(imported.error.message);
    expect(imported.value).toMatchObject({
      format: 'meetingology',
      date,
      channel: '#cloud-init',
    });
    // The page holds the bot's full log put through cloud-init's tools/get-minutes: the lines
    // Gavel reads from it, put through that again, are the page's lines, so they are the bot's.
    const again = imported.value.lines.map(
      (l) =>
        ` ${published(`${l.time} ${l.kind === 'action' ? `* ${l.nick}` : `<${l.nick}>`} ${l.text}`)}`,
    );
    expect(again.length).toBeGreaterThan(20);
    expect(again).toEqual(pageLogLines(page.toString()));
    const m = gavelOf(page, 'ubuntu', DEPLOYMENTS[folder]);
    const expected = structureOfPage(page.toString());
    const actual = structureOf(m);
    expect(actual.topics).toEqual(expected.topics);
    expect(actual.people).toEqual(expected.people);
    // meetingology's MoinMoin minutes list actions by person only when one names somebody, and
    // the unassigned ones then only when there are two or more (0.1.5): compare what they list.
    const { UNASSIGNED: unassigned, ...owned } = expected.actionsByOwner!;
    const { UNASSIGNED: ours, ...ourOwned } = actual.actionsByOwner!;
    expect(ourOwned).toEqual(owned);
    if (unassigned) expect(ours).toEqual(unassigned);
  });

  it.each([['w3c-ccg-2021-05-06'], ['w3c-ccg-2022-09-20']])(
    'meetings/%s (W3C CCG scribe tool)',
    (folder) => {
      const html = read(`meetings/${folder}/index.html`).toString();
      const m = gavel(`meetings/${folder}/irc.log`, 'w3c', DEPLOYMENTS[folder]);
      const header = /Topics([\s\S]*?)Resolutions([\s\S]*?)Organizer/.exec(
        html.replace(/<[^>]*>/g, '\n'),
      )!;
      const list = (s: string) =>
        s
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l !== '');
      expect(m.topics.filter((t) => t.title !== null).map((t) => t.title)).toEqual(
        list(header[1]!),
      );
      expect(m.items.filter((i) => i.type === 'agreed').map((i) => i.text)).toEqual(
        list(header[2]!),
      );
    },
  );

  it.each([
    ['2019-04-05', 'a face-to-face day run from Zakim’s agenda'],
    ['2019-10-15', 'proposals, resolutions and trackbot’s actions'],
    ['2019-11-26', 'a resolution and topics put in afterwards with s/// and i///'],
    ['2019-12-10', 'every topic put in afterwards with i///'],
    ['2020-10-07', 'topics only from Zakim taking up agenda items'],
  ])('meetings/w3c-dpvcg-%s (W3C RRSAgent log, scribe.perl minutes: %s)', (date) => {
    const dir = `meetings/w3c-dpvcg-${date}`;
    const expected = scribeMinutes(read(`${dir}/meeting-${date}.html`).toString());
    const log = read(`${dir}/meeting-${date}.irc`);
    const imported = importLog(log);
    // RRSAgent's log looks like MeetBot's; RRSAgent in it asks for the W3C scribe rules.
    expect(imported.ok && imported.value.preset).toBe('w3c');
    const m = gavelOf(log, 'w3c', { channel: '#dpvcg', date });
    expect(expected.topics.length).toBeGreaterThan(0);
    expect(m.topics.filter((t) => t.title !== null).map((t) => squash(t.title!))).toEqual(
      expected.topics,
    );
    expect(m.actions.map((a) => squash(a.text))).toEqual(expected.actions);
    expect(m.items.filter((i) => i.type === 'agreed').map((i) => squash(i.text))).toEqual(
      expected.resolutions,
    );
  });
});

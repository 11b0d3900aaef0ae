import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripFormatting } from '../../irc/format';
import { detectImporter, sampleOf, SAMPLE_LINES } from './detect';
import { IMPORTERS } from './registry';

const SAMPLES: Record<string, string> = {
  'meetbot.log.txt': 'meetbot',
  'irssi.log': 'irssi',
  'weechat.weechatlog': 'weechat',
  'hexchat.log': 'hexchat',
  'mirc.log': 'mirc',
  'thelounge.log': 'thelounge',
  'textual.txt': 'textual',
  'limnoria.log': 'limnoria',
  'sopel-chanlogs.log': 'sopel-chanlogs',
  'fedora-matrix.log.txt': 'fedora-matrix',
  'znc.log': 'znc',
  'sopel-meetbot.log': 'sopel-meetbot',
  'ubuntu-irclogs.txt': 'ubuntu-irclogs',
  'pidgin.txt': 'pidgin',
  'wiki-transcript.md': 'wiki',
  'kamailio-page.md': 'kamailio-page',
  'kamailio-chatlog.md': 'wiki',
  'w3c-scribe.log': 'w3c-scribe',
  'meetbot-minutes.txt': 'meetbot-minutes',
  'meetingology.moin.txt': 'meetingology',
  'dokuwiki-page.txt': 'dokuwiki-page',
  'hcoop-log.html': 'hcoop-log',
  'outline.md': 'outline',
};

const linesOf = (text: string) => stripFormatting(text).split(/\r?\n/);

describe('format detection', () => {
  it('has one sample per importer', () => {
    expect(new Set(Object.values(SAMPLES))).toEqual(new Set(IMPORTERS.map((i) => i.id)));
  });

  it.each(Object.entries(SAMPLES))('detects %s as %s', (file, id) => {
    const text = readFileSync(new URL(`./samples/${file}`, import.meta.url), 'utf8');
    expect(detectImporter(sampleOf(linesOf(text)))?.importer.id).toBe(id);
  });

  it.each([
    ['[12:00:05] <alice> hello\n[12:00:06] * bob waves', 'znc'],
    ['[20:02] <elfy> hi\n[20:03] <bob> hello', 'ubuntu-irclogs'],
    ['- 15:02 qxork: =)\n- 15:03 dcm: hello\n- 15:04 dcm: ok', 'wiki'],
    ['| @a:m.org | hi |\n| @b:m.org | hello |\n| @a:m.org | ok |', 'wiki'],
    ['15:01:12 **@miconda** Hello!\n15:01:20 **@vseva** hi\n15:02:00 **@miconda** ok', 'wiki'],
    ['\\[16:06\\] \\<miconda> hi\n\\[16:07\\] \\<dcm> hello\n\\[16:08\\] \\<dcm> ok', 'wiki'],
    ['(15:00:01) alice: hi\n(15:00:02) bob: hello', 'pidgin'],
    ['2024-05-01T14:03:22.123456+00:00  <alice> hello', 'sopel-chanlogs'],
  ])('detects the variant %j as %s', (text, id) => {
    expect(detectImporter(sampleOf(linesOf(text)))?.importer.id).toBe(id);
  });

  it('trusts no importer with prose', () => {
    const prose =
      'This is a letter.\nIt has several sentences: some with colons.\n\nRegards,\nAlice';
    expect(detectImporter(sampleOf(linesOf(prose)))).toBeNull();
  });

  it('samples only the first non-empty lines', () => {
    const sample = sampleOf(['', 'a  ', ...Array.from({ length: 100 }, (_, i) => `${i}`)]);
    expect(sample).toHaveLength(SAMPLE_LINES);
    expect(sample[0]).toBe('a');
  });
});

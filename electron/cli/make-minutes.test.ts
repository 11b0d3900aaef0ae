import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCli } from './args';
import { makeMinutes } from './make-minutes';
import { testData } from '../../shared/testdata/index';

const FIXTURES = testData('meetbot/');
const fixture = (dir: string, name: string) => new URL(`${dir}/${name}`, FIXTURES).pathname;

let out: string;
beforeEach(() => (out = mkdtempSync(join(tmpdir(), 'gavel-cli-'))));
afterEach(() => rmSync(out, { recursive: true, force: true }));

async function run(argv: string[]) {
  const req = parseCli(argv);
  if (!req.ok) throw new Error(req.message);
  return makeMinutes(req.value);
}

describe('minutes CLI', () => {
  it.each(['fedora-iot-2020-06-10', 'fedora-magazine-2020-06-10'])(
    'reproduces zodbot’s files for %s byte for byte',
    async (dir) => {
      const result = await run([
        fixture(dir, 'log.txt'),
        '--preset',
        'fedora',
        '--channel',
        '#fedora-meeting',
        '--out',
        out,
      ]);
      if (!result.ok || !('written' in result.value)) throw new Error('no files written');
      const written = result.value.written;
      const file = (ext: string) =>
        readFileSync(
          written.find((p) => p.endsWith(ext) && !p.endsWith(`.log${ext}`))!,
          'utf8',
        );
      const logFile = (ext: string) =>
        readFileSync(
          written.find((p) => p.endsWith(`.log${ext}`))!,
          'utf8',
        );
      expect(written).toHaveLength(9);
      expect(file('.txt')).toBe(readFileSync(fixture(dir, 'minutes.txt'), 'utf8'));
      expect(file('.html')).toBe(readFileSync(fixture(dir, 'minutes.html'), 'utf8'));
      expect(logFile('.html')).toBe(readFileSync(fixture(dir, 'log.html'), 'utf8'));
      expect(logFile('.txt')).toBe(readFileSync(fixture(dir, 'log.txt'), 'utf8'));
    },
  );

  it('writes JSON minutes to stdout by default', async () => {
    const result = await run([
      fixture('fedora-iot-2020-06-10', 'log.txt'),
      '--channel',
      '#fedora-meeting',
    ]);
    if (!result.ok || !('stdout' in result.value)) throw new Error('no output');
    const json = JSON.parse(result.value.stdout);
    expect(json).toMatchObject({
      schema: 'gavel.minutes/1',
      meeting: {
        channel: '#fedora-meeting',
        startedBy: 'pbrobinson',
        startedAt: '2020-06-10T14:10:12Z',
      },
      topics: [{ title: 'roll call', nick: 'pbrobinson', time: '14:10:12', items: [] }],
    });
  });

  it('reads a W3C scribe log with its own preset unless told otherwise', async () => {
    const log = testData('meetings/w3c-ccg-2021-05-06/irc.log').pathname;
    const topics = async (argv: string[]) => {
      const result = await run([log, '--channel', '#ccg', ...argv]);
      if (!result.ok || !('stdout' in result.value)) throw new Error('no output');
      return (JSON.parse(result.value.stdout) as { topics: { title: string | null }[] }).topics;
    };
    expect((await topics([])).map((t) => t.title)).toEqual([
      null,
      'Specification Structure Proposals',
      'Use Cases',
    ]);
    expect(await topics(['--preset', 'meetbot'])).toHaveLength(1);
  });

  it('refuses unreadable, empty, binary and prose input with one line', async () => {
    const empty = join(out, 'empty.log');
    writeFileSync(empty, '');
    const binary = join(out, 'binary.log');
    writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0, 0]));
    const prose = join(out, 'prose.txt');
    writeFileSync(prose, 'Dear all,\nthe meeting moved to Thursday.\nRegards\n');
    for (const [path, pattern] of [
      [join(out, 'missing.log'), /Cannot read .*missing\.log: no such file/],
      [out, /is a folder/],
      [empty, /empty/],
      [binary, /binary/],
      [prose, /not an IRC log/],
    ] as const) {
      const result = await run([path]);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.message).toMatch(pattern);
        expect(result.error.message).not.toContain('\n');
      }
    }
  });

  it('explains wrong options', async () => {
    expect(parseCli([])).toMatchObject({ ok: false, message: 'No log file given.' });
    expect(parseCli(['a.log', '--preset', 'zodbot'])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Unknown preset "zodbot"/),
    });
    expect(parseCli(['a.log', '--format', 'pdf'])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Unknown format "pdf"/),
    });
    expect(parseCli(['a.log', '--format', 'txt,html'])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/need --out/),
    });
    expect(parseCli(['a.log', '--bogus'])).toMatchObject({ ok: false });
    const badDate = await run([
      fixture('fedora-iot-2020-06-10', 'log.txt'),
      '--date',
      '2020-02-30',
    ]);
    expect(badDate).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/2020-02-30/) },
    });
  });

  it('writes each format asked for once, the others loaded only for them', async () => {
    const log = fixture('fedora-iot-2020-06-10', 'log.txt');
    const result = await run([
      log,
      '--channel',
      '#fedora-meeting',
      '--format',
      'md,txt,md,json',
      '--out',
      out,
    ]);
    if (!result.ok || !('written' in result.value)) throw new Error('no files written');
    expect(result.value.written.map((p) => p.slice(p.lastIndexOf('.')))).toEqual([
      '.md',
      '.txt',
      '.json',
    ]);
    const md = await run([log, '--channel', '#fedora-meeting', '--format', 'md']);
    if (!md.ok || !('stdout' in md.value)) throw new Error('no output');
    expect(md.value.stdout).toBe(readFileSync(result.value.written[0]!, 'utf8'));
  });
});

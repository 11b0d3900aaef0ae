import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMeetbotLog } from '../importers/meetbot-log';
import { meetingFromLog } from '../../meeting/meeting-from-log';
import { meetingBasePath } from './context';
import { writeMeetbotFiles } from './write-files';
import { testData } from '../../testdata/index';

// Real zodbot output (testdata/meetbot/*/SOURCE): the log it wrote and the files it made from it.
const FIXTURES = testData('meetbot/');
const read = (dir: string, name: string) =>
  readFileSync(new URL(`${dir}/${name}`, FIXTURES), 'utf8');

const CASES = [
  {
    dir: 'fedora-iot-2020-06-10',
    base: 'fedora-meeting/2020-06-10/fedora_iot_working_group_meeting.2020-06-10-14.10',
  },
  {
    dir: 'fedora-magazine-2020-06-10',
    base: 'fedora-meeting/2020-06-10/magazine.2020-06-10-12.02',
  },
];

function meetingOf(dir: string) {
  const result = meetingFromLog(parseMeetbotLog(read(dir, 'log.txt')), {
    channel: '#fedora-meeting',
    date: '2020-06-10',
    preset: 'fedora',
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe.each(CASES)('zodbot fixture $dir', ({ dir, base }) => {
  const meeting = meetingOf(dir);
  const files = writeMeetbotFiles(meeting, { urlPrefix: 'https://meetbot.fedoraproject.org/' });

  it('names the files with Fedora’s pattern', () => {
    expect(meetingBasePath(meeting)).toBe(base);
  });
  it('writes the .txt minutes byte for byte', () => {
    expect(files['.txt']).toBe(read(dir, 'minutes.txt'));
  });
  it('writes the .html minutes byte for byte', () => {
    expect(files['.html']).toBe(read(dir, 'minutes.html'));
  });
  it('writes the .log.html byte for byte', () => {
    expect(files['.log.html']).toBe(read(dir, 'log.html'));
  });
  it('gives back the .log.txt it was read from', () => {
    expect(files['.log.txt']).toBe(read(dir, 'log.txt'));
  });
});

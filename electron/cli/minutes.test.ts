import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { testData } from '../../shared/testdata/index';

const entry = new URL('./minutes.ts', import.meta.url).pathname;
const fixture = testData('meetbot/fedora-iot-2020-06-10/log.txt').pathname;
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', entry, ...args], {
    encoding: 'utf8',
    timeout: 30_000,
  });

describe('minutes command', () => {
  it('exits 2 with exactly one line on stderr for a bad file, never a stack trace', () => {
    const result = run('/nonexistent/meeting.log');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('minutes: Cannot read /nonexistent/meeting.log: no such file.\n');
  });

  it('exits 0 and writes the requested format to stdout', () => {
    const result = run(
      fixture,
      '--format',
      'txt',
      '--preset',
      'fedora',
      '--channel',
      '#fedora-meeting',
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('#fedora-meeting: Fedora IoT Working Group Meeting');
    expect(result.stderr).toBe('');
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChairCommand } from '../../../../shared/ipc/meeting-schemas';
import { chairLines } from '../../irc/outgoing';
import { meetingsHarness } from '../testing/harness.fixture';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'gavel-wire-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// Pieces an attacker (or a paste) puts in an argument: every kind of line break, control
// characters, a second command, bidi controls and plain words.
const piece = fc.constantFrom(
  'bob',
  ' ',
  'ship it',
  '\r',
  '\n',
  '\r\n',
  '\0',
  '\x01',
  '\x02',
  '\t',
  '\x85',
  '\u2028',
  '\u2029',
  '\u202e',
  '#endmeeting',
  '#chair mallory',
  'PRIVMSG #x :hi',
);
const hostile = fc.array(piece, { minLength: 1, maxLength: 12 }).map((p) => p.join(''));

const command = fc.oneof(
  fc.record({
    type: fc.constantFrom(
      'topic',
      'info',
      'idea',
      'agreed',
      'accepted',
      'rejected',
      'link',
      'action',
      'help',
      'subtopic',
      'done',
      'meetingname',
    ),
    text: hostile,
  }),
  fc.record({
    type: fc.constantFrom('chair', 'unchair', 'nick'),
    nicks: fc.array(hostile, { minLength: 1, maxLength: 3 }),
  }),
  fc.record({
    type: fc.constant('vote-start'),
    question: hostile,
    options: fc.array(hostile, { maxLength: 3 }),
  }),
);

/** The PRIVMSGs a delivered line becomes on the wire, through the sender's own splitter. */
const wireLines = (text: string) => chairLines(text).map((l) => l.text);

describe('one way onto the wire', () => {
  it('sends every chair command as exactly the one line intended, whatever its arguments', async () => {
    const h = meetingsHarness(dir);
    h.channels.join('#meet', 'chair');
    const started = await h.service.start('#meet', 'Sync', 'drive');
    if (!started.ok) throw new Error(started.error.message);
    const id = started.value.id;
    await fc.assert(
      fc.asyncProperty(command, async (raw) => {
        const parsed = ChairCommand.safeParse(raw);
        fc.pre(parsed.success);
        const before = h.channels.sent.length;
        const result = await h.meetings.handlers.chair.command(id, parsed.data!);
        const sent = h.channels.sent.slice(before);
        expect(sent.length).toBe(result.ok ? 1 : 0);
        for (const { text } of sent) {
          const lines = wireLines(text);
          expect(lines).toHaveLength(1);
          expect(lines[0]).toMatch(/^#[a-z]+(?: |$)/);
          expect(text).not.toMatch(/[\p{Cc}\u2028\u2029]/u);
        }
        expect(h.service.liveIn('#meet')).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('starts a meeting with one #startmeeting line, whatever the title', async () => {
    const h = meetingsHarness(dir);
    let n = 0;
    await fc.assert(
      fc.asyncProperty(hostile, async (title) => {
        const channel = `#m${++n}`;
        h.channels.join(channel, 'chair');
        const before = h.channels.sent.length;
        const result = await h.service.start(channel, title, 'drive');
        expect(result.ok).toBe(true);
        const sent = h.channels.sent.slice(before).map((s) => s.text);
        expect(sent).toHaveLength(1);
        expect(wireLines(sent[0]!)).toEqual([sent[0]]);
        expect(sent[0]).toMatch(/^#startmeeting(?: |$)/);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a command too long for one IRC message instead of sending its tail as a second line', async () => {
    const h = meetingsHarness(dir);
    h.channels.join('#meet', 'chair');
    const started = await h.service.start('#meet', 'Sync', 'drive');
    if (!started.ok) throw new Error(started.error.message);
    const text = `${'word '.repeat(70)}#endmeeting`;
    const before = h.channels.sent.length;
    const result = await h.meetings.handlers.chair.command(started.value.id, {
      type: 'info',
      text,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'too-long' } });
    expect(h.channels.sent.length).toBe(before);
    await h.service.setMode(started.value.id, 'quiet');
    const quiet = await h.meetings.handlers.chair.command(started.value.id, {
      type: 'info',
      text,
    });
    expect(quiet.ok).toBe(true);
  });
});

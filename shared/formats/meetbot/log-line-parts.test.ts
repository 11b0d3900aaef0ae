import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { actionParts, messageParts } from './log-line-parts';

// HTMLlog2's expressions as written (ASCII `\s`, `.` without newline): the reference the
// one-pass versions must agree with. They are only safe on short strings.
const S = '\\t\\n\\v\\f\\r ';
const LINE_RE = new RegExp(
  `^[${S}]*(\\[?[0-9:${S}]*\\]?)[${S}]*([${S}]+<[@+${S}]?[^>]+>)[${S}]*([^\\n]*)`,
);
const ACTION_RE = new RegExp(
  `^[${S}]*(\\[?[0-9:${S}]*\\]?)[${S}]*(\\*[${S}]+[@+${S}]?[^${S}]+)[${S}]*([^\\n]*)`,
);

const reference = (re: RegExp, s: string) => {
  const m = re.exec(s);
  return m ? { time: m[1], nick: m[2], text: m[3] } : null;
};

const raw = fc
  .array(
    fc.constantFrom(
      ' ',
      ' ',
      '\t',
      '\n',
      '1',
      '2',
      ':',
      '[',
      ']',
      '<',
      '>',
      '*',
      '@',
      '+',
      'a',
      'b',
    ),
    { maxLength: 14 },
  )
  .map((chars) => chars.join(''));

describe('log line parts', () => {
  test.prop([raw], { numRuns: 3000 })('match like line_re', (s) => {
    expect(messageParts(s)).toEqual(reference(LINE_RE, s));
  });

  test.prop([raw], { numRuns: 3000 })('match like action_re', (s) => {
    expect(actionParts(s)).toEqual(reference(ACTION_RE, s));
  });

  it('split real lines', () => {
    expect(messageParts('14:10:12 <pbrobinson> #topic roll call')).toEqual({
      time: '14:10:12',
      nick: ' <pbrobinson>',
      text: '#topic roll call',
    });
    expect(actionParts('14:14:13 * kushal got a chance')).toEqual({
      time: '14:14:13 ',
      nick: '* kushal',
      text: 'got a chance',
    });
  });

  it('stay linear on long runs of spaces', () => {
    const started = performance.now();
    messageParts(`${' 1'.repeat(100_000)} x`);
    actionParts(`${' '.repeat(200_000)}*${' '.repeat(200_000)}`);
    // Linear work takes milliseconds; the backtracking this guards against takes minutes, so the
    // bound is loose enough for a busy machine.
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

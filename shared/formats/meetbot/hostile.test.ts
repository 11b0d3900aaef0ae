import { fc, test } from '@fast-check/vitest';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import type { LogLine } from '../../domain/line';
import type { Meeting, PresetId } from '../../domain/meeting';
import { meetingFromLog } from '../../meeting/meeting-from-log';
import { minutesJsonText } from '../json/minutes-json';
import { LOG_CSS, MINUTES_CSS } from './css';
import { htmlLogLine } from './html-log';
import { isSafeHref } from './links';
import { rawLogLine } from './text-log';
import { writeMeetbotFiles } from './write-files';

const INVALID_UTF8 = new TextDecoder().decode(new Uint8Array([0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82]));
const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:x',
  'data:text/html,<b>x</b>',
  '&#106;avascript:x',
  '</pre>',
  '</style><script>x</script>',
  '</title>',
  '<!--',
  '<![CDATA[',
  '\u202e',
  '\u2066',
  '\u0000',
  '\r\n',
  '\n',
  '\r',
  ']]',
  "''",
  '|',
  '\ud800',
  '\udfff',
  INVALID_UTF8,
  '\x0304,12',
  '\x02',
  '\x7f',
  'sWRAPs',
  'eWRAPe',
  '%(channel)s%Y',
  'https://example.org/a"b',
  '+1',
  'x',
  ' ',
];
const COMMANDS = [
  '',
  '#topic ',
  '#info ',
  '#action ',
  '#link ',
  '#agreed ',
  '#accepted ',
  '#meetingtopic ',
  '#meetingname ',
];
COMMANDS.push(
  '#chair ',
  '#nick ',
  '#undo',
  // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- a plain-http link is a case to test
  'http://',
  '[LINK] ',
  '#startvote ',
  '#vote ',
  '#subtopic ',
  '#done ',
  '#endvote',
);

const token = fc.constantFrom(...HOSTILE);
const words = fc
  .array(fc.oneof(token, fc.string({ maxLength: 6 })), { maxLength: 8 })
  .map((w) => w.join(''));
const nick = fc.oneof(
  fc.constantFrom('ann', 'bob', 'x|away', 'foo^'),
  words.filter((w) => w !== ''),
);
const oddTime = fc.constantFrom(
  '',
  '[10:00]',
  ' 1 ',
  '12:00',
  '1:2:3',
  ' ',
  '<x>',
  ']',
  '* ',
  '1\n2',
  '\x02',
  '\ud800',
);
const line = fc.record({
  time: fc.option(oddTime, { freq: 4 }),
  nick,
  kind: fc.constantFrom<LogLine['kind']>('message', 'message', 'message', 'action'),
  text: fc.tuple(fc.constantFrom(...COMMANDS), words).map(([c, w]) => c + w),
});
const meetingArb = fc.record({
  title: words,
  lines: fc.array(line, { maxLength: 25 }),
  end: fc.boolean(),
  preset: fc.constantFrom<PresetId>('fedora', 'meetbot', 'ubuntu', 'openstack'),
});

interface BodyLine {
  time?: string | null;
  nick: string;
  kind: LogLine['kind'];
  text: string;
}

function fold(title: string, body: BodyLine[], end: boolean, preset: PresetId): Meeting {
  const at = (i: number) =>
    `10:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;
  const lines: LogLine[] = [
    { at: null, time: at(0), kind: 'message', nick: 'ann', text: `#startmeeting ${title}x` },
  ];
  body.forEach((l, i) =>
    lines.push({ at: null, nick: l.nick, kind: l.kind, text: l.text, time: l.time ?? at(i + 1) }),
  );
  if (end)
    lines.push({ at: null, time: '11:00:00', kind: 'message', nick: 'ann', text: '#endmeeting' });
  const r = meetingFromLog(lines, { channel: '#chan', date: '2024-01-01', preset });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

// Only what MeetBot's templates produce; any other element or attribute came from the input.
const ALLOWED: Record<string, string[]> = {
  html: [],
  head: [],
  body: [],
  title: [],
  style: ['type'],
  meta: ['http-equiv', 'content'],
  h1: [],
  h3: [],
  ol: ['type'],
  li: [],
  b: ['class'],
  i: ['class'],
  br: [],
  pre: [],
  span: ['class'],
  font: ['color'],
  a: ['href', 'name'],
};

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  value?: string;
}

function checkHtml(html: string, css: string): void {
  const walk = (node: Node): void => {
    if (node.tagName) {
      const allowed = ALLOWED[node.tagName];
      expect(allowed, `element <${node.tagName}>`).toBeDefined();
      for (const attr of node.attrs ?? []) {
        expect(allowed, `attribute ${attr.name} on <${node.tagName}>`).toContain(attr.name);
        if (attr.name === 'href') expect(isSafeHref(attr.value), `href ${attr.value}`).toBe(true);
      }
      if (node.tagName === 'style')
        expect(node.childNodes?.map((c) => c.value).join('')).toBe(`\n${css}\n`);
    }
    for (const child of node.childNodes ?? []) walk(child);
  };
  walk(parse(html) as unknown as Node);
}

const CONTROL_OR_LONE =
  /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function checkAll(meeting: Meeting): void {
  const files = writeMeetbotFiles(meeting);
  for (const [ext, text] of Object.entries(files))
    expect(CONTROL_OR_LONE.test(text), ext).toBe(false);
  checkHtml(files['.html'], MINUTES_CSS);
  checkHtml(files['.log.html'], LOG_CSS);
  expect(files['.log.html'].match(/<a name="l-\d+"><\/a>/g)?.length ?? 0).toBe(meeting.log.length);
  // The writer's shortcut for plain lines must render them as reading the raw line would.
  const body = files['.log.html'].slice(
    files['.log.html'].indexOf('<pre>') + 5,
    files['.log.html'].lastIndexOf('</pre>'),
  );
  expect(body).toBe(meeting.log.map((l) => htmlLogLine(rawLogLine(l), l.n)).join('\n'));
  expect(files['.log.txt'] === '' ? 0 : files['.log.txt'].split('\n').length).toBe(
    meeting.log.length,
  );
  const strings: string[] = [];
  const collect = (v: unknown): void => {
    if (typeof v === 'string') strings.push(v);
    else if (v && typeof v === 'object') {
      for (const [key, value] of Object.entries(v)) {
        strings.push(key);
        collect(value);
      }
    }
  };
  collect(JSON.parse(minutesJsonText(meeting)));
  expect(strings.filter((x) => CONTROL_OR_LONE.test(x) || x.includes('\n'))).toEqual([]);
}

describe('hostile input', () => {
  test.prop([meetingArb], { numRuns: 300 })(
    'never becomes live markup or control characters',
    ({ title, lines, end, preset }) => {
      checkAll(fold(title, lines, end, preset));
    },
  );

  it('handles 100 KB lines quickly', () => {
    const big = HOSTILE.join(' ').repeat(Math.ceil(100_000 / HOSTILE.join(' ').length));
    const body = [
      { nick: 'ann', kind: 'message' as const, text: `#info ${big}` },
      { nick: 'bob', kind: 'message' as const, text: `#link ${big}` },
      { nick: 'ann', kind: 'message' as const, text: `#action bob ${big}` },
      { nick: 'bob', kind: 'action' as const, text: big },
      { nick: 'bob', kind: 'message' as const, text: `${'x'.repeat(100_000)}: ${big}` },
    ];
    const started = performance.now();
    for (const preset of ['fedora', 'ubuntu'] as const) checkAll(fold(big, body, true, preset));
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

import fc from 'fast-check';
import type { ImportedLog } from '../../../domain/imported';
import { ItemType, type Meeting, type MeetingItem, type Topic } from '../../../domain/meeting';

/** Tokens that are markup, or break markup, in HTML, MediaWiki, MoinMoin or Markdown. */
export const HOSTILE_TOKENS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  'javascript:alert(1)',
  '[x](javascript:alert(1))',
  '<javascript:alert(1)>',
  '![i](x.png)',
  'data:text/html,<b>x</b>',
  'file:///etc/passwd',
  'HTTPS://EXAMPLE.ORG',
  'https://example.org/a_b?c=1&d=2',
  'https://x/~~~~',
  'https://x/__TOC__',
  'mailto:a@b.c',
  'irc://irc.libera.chat/#gavel',
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2069',
  '\u200f',
  '\u0000',
  '\r\n',
  '\n',
  '\r',
  '\t',
  '\u0085',
  '\u2028',
  '\x02',
  '\x0304,12',
  '\x7f',
  '\ufffd',
  '\ud800',
  '\udc00',
  ']]',
  '[[',
  '[[Page|x]]',
  "''",
  "'''",
  "'",
  '|',
  '||',
  '{{',
  '}}',
  '{{{',
  '}}}',
  '{{subst:X}}',
  '{|',
  '__TOC__',
  '__NOTOC__',
  '<nowiki>',
  '</nowiki>',
  '~~~~',
  '~~~',
  '----',
  '<<BR>>',
  '<<Include(X)>>',
  '@SIG@',
  '@USER@',
  'CamelCase',
  'WikiName',
  'Web2Py',
  'MoinMoin:FrontPage',
  'attachment:x',
  '&lt;',
  '&#60;',
  '&#x3c;',
  '&amp;',
  '&mdash;',
  '*',
  '**',
  '_',
  '__',
  '`',
  '```',
  '#',
  '##',
  '=',
  '== x ==',
  ':',
  '::',
  ';',
  '* ',
  '# ',
  '1. ',
  '+ ',
  '- ',
  '> ',
  '    ',
  '\\',
  '&',
  '!',
  '~~x~~',
  '$x$',
  '^sup^',
  ',,sub,,',
  '--(strike)--',
  '/* remark */',
  '~- small -~',
  '~+ big +~',
  '-{ x }-',
  'ISBN 0123456789',
  'RFC 1234',
  '<!-- c -->',
  ':)',
  'B)',
  '{OK}',
  '<!>',
  '/!\\',
  'a@b.example',
  '-->',
  '<!DOCTYPE',
  'sWRAPs',
  'eWRAPe',
  '%(owner)s',
  '\\[',
  '\\*',
];

const token = fc.constantFrom(...HOSTILE_TOKENS);

/** Text built from hostile tokens, arbitrary strings and words. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(fc.oneof(token, token, fc.string({ maxLength: 6 }), fc.constantFrom(' ', 'word', 'x')), {
    maxLength: 8,
  })
  .map((parts) => parts.join(''));

/** A nick-like hostile string (never empty, so the line reads as someone's). */
export const hostileNick: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'alice',
    'bob',
    'a[b]',
    '[[x',
    'x|y',
    '_under_',
    'c^d',
    '{bot}',
    "o'brien",
    'Camel`Case',
  ),
  hostileText.filter((s) => s.trim() !== ''),
);

// Every item type a minutes section can hold (topics start sections rather than sit in them).
const TYPES: ItemType[] = ItemType.options.filter((t) => t !== 'topic');

/** What a hostile meeting is built from. */
export interface HostileParts {
  channel: string;
  title: string;
  nicks: string[];
  topics: { title: string; items: { type: ItemType; text: string }[] }[];
  lines: { action: boolean; text: string }[];
  page: { place: string; agenda: string; participant: string };
}

/** Arbitrary parts for `hostileMeeting`. */
export const hostileParts: fc.Arbitrary<HostileParts> = fc.record({
  channel: fc.oneof(fc.constant('#gavel'), hostileText),
  title: hostileText,
  nicks: fc.array(hostileNick, { minLength: 1, maxLength: 3 }),
  topics: fc.array(
    fc.record({
      title: hostileText,
      items: fc.array(fc.record({ type: fc.constantFrom(...TYPES), text: hostileText }), {
        maxLength: 4,
      }),
    }),
    { maxLength: 3 },
  ),
  lines: fc.array(fc.record({ action: fc.boolean(), text: hostileText }), { maxLength: 6 }),
  page: fc.record({ place: hostileText, agenda: hostileText, participant: hostileText }),
});

/**
 * A meeting whose every piece of channel text is hostile: channel, title, nicks, topics, items,
 * action owners, votes, log lines; and a page with a hostile place, agenda and participant.
 */
export function hostileMeeting(parts: HostileParts): { meeting: Meeting; imported: ImportedLog } {
  const nick = (i: number) => parts.nicks[i % parts.nicks.length]!;
  let n = 0;
  const items: MeetingItem[] = [];
  const topics: Topic[] = [];
  parts.topics.forEach((t, ti) => {
    n++;
    const time = `13:${String(n % 60).padStart(2, '0')}:00`;
    items.push({ type: 'topic', nick: nick(ti), text: t.title, time, at: null, line: n });
    const topic: Topic = { title: t.title, nick: nick(ti), time, line: n, items: [] };
    for (const [ii, it] of t.items.entries()) {
      n++;
      const item: MeetingItem = {
        type: it.type,
        nick: nick(ii),
        text: it.text,
        time: '13:30:00',
        at: null,
        line: n,
      };
      items.push(item);
      topic.items.push(item);
    }
    topics.push(topic);
  });
  const log = parts.lines.map((l, i) => ({
    n: n + i + 1,
    time: '14:00:00',
    at: null,
    kind: l.action ? ('action' as const) : ('message' as const),
    nick: nick(i),
    text: l.text,
  }));
  const actions = items
    .filter((i) => i.type === 'action')
    .map((i, k) => ({
      text: i.text,
      nick: i.nick,
      time: i.time,
      line: i.line,
      owners: k % 2 ? [] : [nick(k)],
    }));
  const people = parts.nicks.map((p, i) => ({ nick: p, lines: i }));
  const votes = parts.topics.slice(0, 1).map((t) => ({
    question: t.title,
    options: ['+1', '-1'],
    votes: { [nick(0)]: '+1', [nick(1)]: '-1' },
    result: 'Motion carried (For: 1, Against: 1, Abstained: 0)',
    nick: nick(0),
    time: '13:40:00',
    line: 1,
  }));
  const stamp = { nick: nick(0), time: '13:00:00', at: Date.UTC(2024, 2, 20, 13), line: 1, day: 0 };
  const meeting: Meeting = {
    preset: 'meetbot',
    channel: parts.channel,
    date: '2024-03-20',
    timeZone: null,
    name: null,
    title: parts.title,
    startedBy: nick(0),
    chairs: [],
    start: stamp,
    end: { ...stamp, time: '14:00:00' },
    ended: true,
    startedAt: null,
    endedAt: null,
    items,
    topics,
    actions,
    votes,
    people,
    nickOrder: [...parts.nicks],
    log,
    sourceLines: log.length,
  };
  const imported: ImportedLog = {
    format: 'kamailio-page',
    lines: [],
    channel: parts.channel,
    date: '2024-03-20',
    timeZone: null,
    title: parts.title,
    place: parts.page.place,
    agenda: [
      {
        title: parts.page.agenda,
        owners: [nick(0)],
        timebox: 10,
        items: [{ title: parts.page.agenda, owners: [], timebox: null, items: [] }],
      },
    ],
    participants: [{ nick: nick(0), name: parts.page.participant }],
  };
  return { meeting, imported };
}

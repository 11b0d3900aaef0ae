import type { ImportedLog } from '../../domain/imported';
import type { ImportOptions, Importer } from './importer';
import { meetbot } from './meetbot';

// meetingology's MoinMoin minutes (`.moin.txt`) hold the meeting's full log when the bot is set
// to (ubottu's is): `== Full Log ==` (0.1.5) or `== Full log ==` (0.4.0), then every line as
// ` HH:MM <nick> text`, a blank line between. cloud-init publishes them as Markdown through its
// `tools/get-minutes`, which writes headings over a dashed line and escapes the text: `<` → "`<",
// `>` → ">`", each URL → `[url](url)`, `#` → `\#`.
const INFO_RE = /^(?:== Meeting information ==|Meeting information)$/;
const SUMMARY_RE = /^(?:== Meeting summary ==|Meeting summary)$/;
const FULL_LOG_RE = /^(?:== Full [Ll]og ==|Full [Ll]og)$/;
const RULE = '----------------';
const LOG_LINE_RE = /^ \d\d?:\d\d(?::\d\d)? (?:`?<|\* )/;
const URL = String.raw`https?:\/\/[-a-zA-Z0-9@:%._+~#=/]+`;
const WRAPPED_URL_RE = new RegExp(String.raw`\[(${URL})\]\(\1\)`, 'g');
// ` * #cloud-init: Cloud-init bi-weekly status, 08 Oct at 16:18 &mdash; 17:54 UTC`
const CHANNEL_RE = /^ \* \\?(#[^\s:]+): /;
// The full log's address names the day: `…/cloud-init.2021-03-09-17.19.log.html`.
const LOG_URL_DATE_RE = /\.(\d{4}-\d\d-\d\d)-\d\d\.\d\d\.log\.html/;

/** One line of a page `tools/get-minutes` wrote, as meetingology had it. */
export function unescapeMarkdown(line: string): string {
  return line
    .replace(/\\#/g, '#')
    .replace(WRAPPED_URL_RE, '$1')
    .replace(/`</g, '<')
    .replace(/>`/g, '>');
}

function parse(text: string, opts?: ImportOptions): ImportedLog {
  const lines = text.split(/\r?\n/);
  const heading = lines.findIndex((l) => FULL_LOG_RE.test(l));
  const markdown = heading >= 0 && lines[heading + 1] === RULE;
  const log = (heading < 0 ? [] : lines.slice(heading + 1))
    .filter((l) => LOG_LINE_RE.test(l))
    .map((l) => (markdown ? unescapeMarkdown(l.slice(1)) : l.slice(1)));
  const date = opts?.date ?? LOG_URL_DATE_RE.exec(text)?.[1];
  const channel = opts?.channel ?? lines.map((l) => CHANNEL_RE.exec(l)?.[1]).find(Boolean);
  const read = meetbot.parse(log.join('\n'), {
    ...opts,
    ...(date !== undefined && { date }),
    ...(channel !== undefined && { channel }),
  });
  return { ...read, format: 'meetingology' };
}

/**
 * meetingology's MoinMoin minutes with the full log in them, as ubottu publishes them
 * (`.moin.txt`) or as cloud-init republished them in Markdown: the log's lines are read as
 * MeetBot's (`HH:MM <nick> text`, UTC), dated by the bot's banner or the log's address.
 */
export const meetingologyPage: Importer = {
  id: 'meetingology',
  label: 'meetingology minutes with the full log (.moin.txt)',
  example: ' 16:18 <blackboxsw> #startmeeting (under "== Full Log ==")',
  detect: (sample) =>
    sample.some((l) => INFO_RE.test(l)) && sample.some((l) => SUMMARY_RE.test(l)) ? 0.95 : 0,
  parse,
};

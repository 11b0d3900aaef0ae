import type { Meeting, Vote } from '../../domain/meeting';
import { actionsByPerson } from '../meetbot/by-person';
import { splitUrls } from '../markdown/url-split';
import { moinLinkDescription, moinText } from './moin-escape';
import { hhmm, moinHeading } from './moin-summary';

const SUMMARY_RE =
  /^Motion (?:carried|denied|deadlocked) \(For: \d+, Against: \d+, Abstained: \d+\)$/;

/** The log URL when it is one safe URL that can sit in a `[[…]]` link target; else null. */
export function linkableUrl(url: string | undefined): string | null {
  const parts = url ? splitUrls(url) : [];
  return parts.length === 1 && parts[0]!.kind === 'url' ? parts[0]!.value : null;
}

/** `Motion carried (For: 4, Against: 0, Abstained: 0)`, as meetingology's `#endvote` stores it. */
function voteSummary(vote: Vote): string {
  if (vote.result && SUMMARY_RE.test(vote.result)) return vote.result;
  const choices = Object.values(vote.votes);
  const yes = choices.filter((v) => /^\+1(?![\p{L}\p{N}_])/u.test(v)).length;
  const no = choices.filter((v) => /^-1(?![\p{L}\p{N}_])/u.test(v)).length;
  const abstain = choices.filter((v) => /^[+-]?0(?![\p{L}\p{N}_])/u.test(v)).length;
  const carried = vote.result ? !/denied/i.test(vote.result) : yes >= no;
  return `Motion ${carried ? 'carried' : 'denied'} (For: ${yes}, Against: ${no}, Abstained: ${abstain})`;
}

/**
 * `== Vote results ==` for closed votes (meetingology keeps one entry per question: a later vote
 * on the same question replaces the earlier one in its place): a link to the log line, the
 * summary, and the voters. Null when no vote was closed.
 */
export function moinVotes(meeting: Meeting, logUrl: string | undefined): string | null {
  const byQuestion = new Map<string, Vote>();
  for (const v of meeting.votes) if (v.result !== null) byQuestion.set(v.question, v);
  if (byQuestion.size === 0) return null;
  const url = linkableUrl(logUrl);
  const out = [moinHeading('Vote results')];
  for (const [question, vote] of byQuestion) {
    const desc = moinLinkDescription(question);
    if (url && desc !== null) out.push(` * [[${url}#${vote.line}|${desc}]]`);
    else if (url) out.push(` * ${moinText(question)} ([[${url}#${vote.line}|log]])`);
    else out.push(` * ${moinText(question)}`);
    out.push(`  * ${voteSummary(vote)}`);
    const voters = Object.keys(vote.votes);
    if (voters.length > 0)
      out.push(`   * Voters: ${voters.map((n) => moinText(n, 'name')).join(', ')}`);
  }
  return out.join('\n');
}

/** `== Action items, by person ==`, with `**UNASSIGNED**` last; null when no action names anyone. */
export function moinActionsByPerson(meeting: Meeting): string | null {
  const { people, unassigned } = actionsByPerson(meeting);
  if (people.length === 0) return null;
  const out = [moinHeading('Action items, by person')];
  for (const p of people)
    out.push(` * ${moinText(p.nick, 'name')}`, ...p.actions.map((a) => `  * ${moinText(a.text)}`));
  if (unassigned.length > 0)
    out.push(' * **UNASSIGNED**', ...unassigned.map((a) => `  * ${moinText(a.text)}`));
  return out.join('\n');
}

/** `== Done items ==` from `#done`; null when there are none. */
export function moinDoneItems(meeting: Meeting): string | null {
  const done = meeting.items.filter((i) => i.type === 'done');
  if (done.length === 0) return null;
  return [moinHeading('Done items'), ...done.map((i) => ` * ${moinText(i.text)}`)].join('\n');
}

/** `== People present (lines said) ==`: ` * nick (N)`, most lines first. */
export function moinPeople(meeting: Meeting): string {
  return [
    moinHeading('People present (lines said)'),
    ...meeting.people.map((p) => ` * ${moinText(p.nick, 'name')} (${p.lines})`),
  ].join('\n');
}

/** `== Full log ==`: every logged line as ` HH:MM <nick> text` (` HH:MM * nick text` for `/me`), a blank line apart. */
export function moinFullLog(meeting: Meeting): string {
  const lines = meeting.log.map((l) =>
    l.kind === 'action'
      ? ` ${hhmm(l.time)} * ${moinText(l.nick, 'name')} ${moinText(l.text)}`
      : ` ${hhmm(l.time)} <${moinText(l.nick, 'name')}> ${moinText(l.text)}`,
  );
  return [moinHeading('Full log'), ...lines].join('\n\n');
}

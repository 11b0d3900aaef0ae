import type { Meeting } from '../../../shared/domain/meeting';
import { emlDraft } from '../../../shared/formats/email/eml';
import { mailtoLink } from '../../../shared/formats/email/mailto';
import { renderMinutes } from '../../../shared/formats/minutes-formats';
import { ok, type Result } from '../../../shared/ipc/result';
import type { ExportInput } from './export-input';

/** A mailing-list draft: the `.eml` text, the `mailto:` link, and whether the link's body was cut. */
export interface EmailDraft {
  eml: string;
  mailto: string;
  truncated: boolean;
  subject: string;
}

/** `YYYY-MM-DD` of the meeting's start, when known. */
function dayOf(meeting: Meeting): string | null {
  if (meeting.start?.at != null) return new Date(meeting.start.at).toISOString().slice(0, 10);
  return meeting.startedAt?.slice(0, 10) ?? meeting.date;
}

/** `Minutes: <title> (#channel, 2026-11-21)`, or `Minutes of the #channel meeting (…)`. */
export function defaultSubject(meeting: Meeting): string {
  const day = dayOf(meeting);
  const title = meeting.title ?? meeting.name;
  if (title) return `Minutes: ${title} (${meeting.channel}${day ? `, ${day}` : ''})`;
  return `Minutes of the ${meeting.channel} meeting${day ? ` (${day})` : ''}`;
}

/**
 * A draft mail to a mailing list carrying the text minutes (MeetBot's `.txt`): an `.eml` that
 * mail programs open as a draft, and a `mailto:` link whose body is cut to fit when long.
 * A bad address is an error value naming it.
 */
export function emailDraft(
  input: ExportInput,
  request: { to: string; subject?: string },
  now: number,
): Result<EmailDraft> {
  const body = renderMinutes(input.meeting, ['txt'], { network: input.network }).get('txt')!;
  const subject = request.subject || defaultSubject(input.meeting);
  const eml = emlDraft({ to: request.to, subject, body, date: now });
  if (!eml.ok) return eml;
  const link = mailtoLink({ to: request.to, subject, body });
  if (!link.ok) return link;
  return ok({ eml: eml.value, mailto: link.value.href, truncated: link.value.truncated, subject });
}

import { useId, useRef, useState, type FormEvent } from 'react';
import type { Res } from '../../../../shared/ipc/schemas';
import { useActions } from '../../app/AppContext';
import { Field } from '../../components/Field';
import { emlFileName } from './export-model';
import { useDownloads } from './use-downloads';

const NO_ADDRESS = 'Say whom to send it to.';

/**
 * A draft mail of the text minutes for a mailing list: To (required) and Subject (optional,
 * the core picks one otherwise). The draft comes as an `.eml` file to download and open in a
 * mail program, and as a `mailto:` link, whose body may have been cut to fit.
 */
export function EmailDraft({ meetingId }: { meetingId: string }) {
  const afterMeeting = useActions().afterMeeting;
  const headingId = useId();
  const [to, setTo] = useState('');
  const [subject, setSubject] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useState<Res<'export:email'> | null>(null);
  const [downloads, setDownloads] = useDownloads();
  const toRef = useRef<HTMLInputElement>(null);

  const make = async (event: FormEvent) => {
    event.preventDefault();
    if (!to.trim()) {
      setError(NO_ADDRESS);
      toRef.current?.focus();
      return;
    }
    const result = await afterMeeting.invoke('export:email', {
      meetingId,
      to: to.trim(),
      ...(subject.trim() ? { subject: subject.trim() } : {}),
    });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setDraft(result.value);
    setDownloads([
      {
        path: emlFileName(result.value.subject),
        format: 'eml',
        mime: 'message/rfc822',
        text: result.value.eml,
      },
    ]);
  };
  const eml = downloads[0];

  return (
    <section className="export-email" aria-labelledby={headingId}>
      <h3 id={headingId}>Mailing-list e-mail</h3>
      <form className="export-email-form" onSubmit={(e) => void make(e)} noValidate>
        <Field
          id="export-email-to"
          label="To"
          type="email"
          value={to}
          onValue={setTo}
          error={error === NO_ADDRESS ? error : undefined}
          inputRef={toRef}
          required
          autoComplete="email"
        />
        <Field
          id="export-email-subject"
          label="Subject"
          value={subject}
          onValue={setSubject}
          placeholder="Minutes: … (#channel, date)"
        />
        <button type="submit">Make e-mail draft</button>
      </form>
      {error && error !== NO_ADDRESS && (
        <p className="dialog-error" role="alert">
          {error}
        </p>
      )}
      {draft && eml && (
        <div className="export-email-draft" role="status">
          <p>
            Draft “{draft.subject}”:{' '}
            <a href={eml.url} download={eml.name}>
              Download .eml
            </a>{' '}
            · {draft.mailto.startsWith('mailto:') && <a href={draft.mailto}>Open in mail app</a>}
          </p>
          {draft.truncated && (
            <p>
              The minutes were too long for a mail-app link, so its body was cut; the .eml file has
              them all.
            </p>
          )}
        </div>
      )}
    </section>
  );
}

import { useEffect, useRef, useState } from 'react';
import { channelProblem } from '../../../../shared/irc/validate';
import { useAppState } from '../../app/AppContext';
import { Dialog } from '../../components/Dialog';
import { AgendaOffer } from './AgendaOffer';
import { ImportDetails } from './ImportDetails';
import { ImportDone } from './ImportDone';
import { ImportForm, type ImportFormValues } from './ImportForm';
import { ImportProgressBar } from './ImportProgressBar';
import { canCancel } from './import-run';
import { browserTimeZone } from './time-zones';
import { useLogImport } from './use-log-import';

const blank = (file: File | null): ImportFormValues => ({
  file,
  format: '',
  channel: '',
  timeZone: browserTimeZone(),
  zonePicked: false,
});

/**
 * "Import a log": the file (picked here or dropped on the window) and optional format, channel
 * and zone; then the upload with its progress and "Cancel"; "A few details" when the log leaves
 * its zone or day open; and what was imported, to open or export.
 */
export function ImportDialog({ file, onClose }: { file: File | null; onClose(): void }) {
  const run = useLogImport();
  const openReading = useAppState((s) => s.openReading);
  const openDialog = useAppState((s) => s.openDialog);
  const [values, setValues] = useState(() => blank(file));
  const [dropped, setDropped] = useState(file);
  const content = useRef<HTMLDivElement>(null);
  const busy = run.progress !== null;
  // Once the whole log is sent nothing can stop the import: like Close and Cancel, Escape and a
  // click outside wait for what the reading gives.
  const held = run.progress !== null && !canCancel(run.progress);
  const { screen } = run;

  // A log dropped while the dialog is open becomes the one to import.
  if (file !== dropped) {
    setDropped(file);
    if (file) setValues((v) => ({ ...v, file }));
    if (file && screen.kind === 'imported') run.reset();
  }

  // When work stops or the step changes (not on opening, where Dialog places focus), focus goes
  // to the step's main button; the key makes a repeated effect run for one state do nothing.
  const settled = useRef<string | null>(null);
  useEffect(() => {
    const key = `${busy}:${screen.kind}`;
    const changed = settled.current !== null && settled.current !== key;
    settled.current = key;
    if (changed && !busy) content.current?.querySelector<HTMLElement>('[data-step-focus]')?.focus();
  }, [busy, screen.kind]);

  const submit = () => {
    const channel = values.channel.trim();
    if (!values.file) return run.refuse('Pick a log file to import.');
    const problem = channel ? channelProblem(channel) : null;
    if (problem) return run.refuse(problem);
    void run.start(values.file, {
      format: values.format || undefined,
      channel: channel || undefined,
      timeZone: values.zonePicked ? values.timeZone : undefined,
    });
  };

  return (
    <Dialog
      title="Import a log"
      description="A transcript from an IRC client, a meeting bot or a meeting page, up to 64 MiB."
      onClose={held ? () => {} : onClose}
      className="log-import"
    >
      <div ref={content} className="log-import-body">
        {screen.kind === 'form' && (
          <ImportForm
            values={values}
            onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
            onSubmit={submit}
            onClose={onClose}
            busy={busy}
          />
        )}
        {screen.kind === 'details' && (
          <ImportDetails
            ask={screen.ask}
            fileName={screen.fileName}
            defaults={{ timeZone: values.timeZone, channel: values.channel.trim() }}
            busy={busy}
            onSubmit={(details) => void run.finishWith(details)}
            onCancel={run.cancel}
            onProblem={run.refuse}
          />
        )}
        {screen.kind === 'imported' && (
          <ImportDone
            message={screen.message}
            onOpen={() => {
              openReading(screen.meetingId);
              onClose();
            }}
            onExport={() => openDialog({ kind: 'export', meetingId: screen.meetingId })}
            onAnother={() => {
              setValues(blank(null));
              run.reset();
            }}
            onClose={onClose}
          />
        )}
        {run.progress && <ImportProgressBar progress={run.progress} onCancel={run.cancel} />}
        {run.notice && !busy && <p role="status">{run.notice}</p>}
        {run.error && (
          <p className="dialog-error" role="alert">
            {run.error}
          </p>
        )}
        {run.agendaOnly && !busy && <AgendaOffer file={run.agendaOnly} />}
      </div>
    </Dialog>
  );
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportOutcome } from '../../../../shared/ipc/after-meeting-schemas';
import type { Result } from '../../../../shared/ipc/result';
import { useActions } from '../../app/AppContext';
import { formatLabel } from './import-formats';
import {
  advance,
  type BeginOptions,
  type FinishDetails,
  type ImportProgress,
  type ImportRun,
  type ImportScreen,
} from './import-run';
import { fileProblem, importedText } from './import-text';
import { uploadChunks } from './upload-chunks';

/** The dialog's import: what to show, and what the user can do. */
export interface LogImport {
  screen: ImportScreen;
  /** The work under way, or null when the dialog waits for the user. */
  progress: ImportProgress | null;
  error: string | null;
  /** The file the core read as an agenda with no transcript (it can become the agenda instead). */
  agendaOnly: File | null;
  /** A word on how the last import ended ("Import cancelled."). */
  notice: string | null;
  start(file: File, begin: BeginOptions): Promise<void>;
  finishWith(details: FinishDetails): Promise<void>;
  cancel(): void;
  /** Back to an empty form for another import. */
  reset(): void;
  /** Shows a problem found before anything was sent. */
  refuse(message: string): void;
}

type Imported = Extract<ImportOutcome, { status: 'imported' }>;

/** The sentence saying what was imported: the line count and format come with the answer. */
function describe(run: ImportRun, done: Imported): string {
  return importedText({
    lines: done.lines,
    fileName: run.file.name,
    format: formatLabel(done.format),
    name: done.title || done.channel,
  });
}

/**
 * Runs imports over the after-meeting channels: `import:begin`, the parts in order, `import:finish`
 * (again with the details the log leaves open), following `import:progress`. Cancelling stops the
 * upload and drops it in the core, until `import:finish` is sent: from then on the core reads and
 * stores the log in one go, the progress says "Reading the log…", Cancel does nothing, and the
 * window says what the reading gave. The dialog going away drops what the core still holds (an
 * upload, or one waiting for details); a meeting already stored stays in the history.
 */
export function useLogImport(): LogImport {
  const { afterMeeting } = useActions();
  const runRef = useRef<ImportRun | null>(null);
  const [screen, setScreen] = useState<ImportScreen>({ kind: 'form' });
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [agendaOnly, setAgendaOnly] = useState<File | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    const off = afterMeeting.on('import:progress', (p) => {
      if (p.importId !== runRef.current?.importId) return;
      setProgress((now) => now && advance(now, p.phase, p.received));
    });
    return () => {
      off();
      const run = runRef.current;
      if (run && !run.cancelled) {
        run.cancelled = true;
        if (run.importId) void afterMeeting.invoke('import:cancel', { importId: run.importId });
      }
    };
  }, [afterMeeting]);

  const drop = useCallback(
    (run: ImportRun) => {
      if (runRef.current === run) runRef.current = null;
      if (run.importId) void afterMeeting.invoke('import:cancel', { importId: run.importId });
    },
    [afterMeeting],
  );

  /** Stops with `message`: from the details step the upload stays for another try. */
  const failed = useCallback(
    (run: ImportRun, message: string, code?: string) => {
      setProgress(null);
      setError(message);
      setAgendaOnly(code === 'no-transcript' ? run.file : null);
      if (!run.ask) drop(run);
    },
    [drop],
  );

  // `asked`: the answer to an `import:finish` already sent (see `start`), else it is sent now.
  const finish = useCallback(
    async (run: ImportRun, details: FinishDetails, asked?: Promise<Result<ImportOutcome>>) => {
      const importId = run.importId as string;
      run.finishing = true;
      setProgress({ phase: 'parse', sent: run.file.size, size: run.file.size });
      const result = await (asked ??
        afterMeeting.invoke('import:finish', { importId, ...details }));
      run.finishing = false;
      if (run.cancelled) return;
      if (!result.ok) return failed(run, result.error.message, result.error.code);
      if (result.value.status === 'needs-input') {
        run.ask = result.value;
        setProgress(null);
        setScreen({ kind: 'details', ask: result.value, fileName: run.file.name });
        return;
      }
      const done = result.value;
      const message = describe(run, done);
      runRef.current = null;
      setProgress(null);
      setScreen({ kind: 'imported', meetingId: done.meetingId, message });
    },
    [afterMeeting, failed],
  );

  const start = useCallback(
    async (file: File, begin: BeginOptions) => {
      const problem = fileProblem(file);
      setNotice(null);
      setError(problem);
      setAgendaOnly(null);
      if (problem) return;
      const run: ImportRun = {
        file,
        begin,
        importId: null,
        cancelled: false,
        finishing: false,
        ask: null,
      };
      runRef.current = run;
      setProgress({ phase: 'starting', sent: 0, size: file.size });
      const name = file.name.slice(0, 300);
      const begun = await afterMeeting.invoke('import:begin', { name, size: file.size, ...begin });
      if (begun.ok) run.importId = begun.value.importId;
      if (run.cancelled) return drop(run);
      if (!begun.ok) return failed(run, begun.error.message);
      const importId = begun.value.importId;
      // The log is read as soon as its last part has arrived: `import:finish` goes right behind
      // that part instead of waiting for its answer. If a part is refused, the reading is refused
      // too (the core dropped the upload) and the part's reason is the one shown.
      let asked: Promise<Result<ImportOutcome>> | undefined;
      const end = await uploadChunks({
        file,
        chunkBytes: begun.value.chunkBytes,
        send: (index, data) => afterMeeting.invoke('import:chunk', { importId, index, data }),
        cancelled: () => run.cancelled,
        onSent: (sent) => setProgress((now) => now && advance(now, 'upload', sent)),
        onAllSent: () => {
          run.finishing = true;
          setProgress((now) => now && advance(now, 'parse', now.sent));
          asked = afterMeeting.invoke('import:finish', { importId });
        },
      });
      if (end.status === 'cancelled') return;
      if (end.status === 'failed') return failed(run, end.message);
      await finish(run, {}, asked);
    },
    [afterMeeting, drop, failed, finish],
  );

  const finishWith = useCallback(
    async (details: FinishDetails) => {
      const run = runRef.current;
      if (!run?.importId || progress) return;
      setError(null);
      await finish(run, details);
    },
    [finish, progress],
  );

  const cancel = useCallback(() => {
    const run = runRef.current;
    // Too late once the whole log is sent (the button says so): the reading goes on, and its
    // answer is what the window shows.
    if (run?.finishing) return;
    if (run) {
      run.cancelled = true;
      drop(run);
    }
    setProgress(null);
    setError(null);
    setScreen({ kind: 'form' });
    setNotice('Import cancelled.');
  }, [drop]);

  const reset = useCallback(() => {
    setScreen({ kind: 'form' });
    setError(null);
    setAgendaOnly(null);
    setNotice(null);
  }, []);

  return {
    screen,
    progress,
    error,
    agendaOnly,
    notice,
    start,
    finishWith,
    cancel,
    reset,
    refuse: setError,
  };
}

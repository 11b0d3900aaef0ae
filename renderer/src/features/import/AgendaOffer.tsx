import { useState } from 'react';
import { useAppState } from '../../app/AppContext';
import { readTextFile } from '../agenda/read-file';

/**
 * Offered when the imported file turned out to be an agenda with no transcript (an outline, a
 * meeting page before the meeting): opens the agenda import with the file's text, over the
 * meeting view, so the chair can use it as the channel's agenda.
 */
export function AgendaOffer({ file }: { file: File }) {
  const openDialog = useAppState((s) => s.openDialog);
  const setView = useAppState((s) => s.setView);
  const [problem, setProblem] = useState<string | null>(null);
  const use = async () => {
    const outcome = await readTextFile(file);
    if ('error' in outcome) return setProblem(outcome.error);
    setView('meeting');
    openDialog({ kind: 'agenda-import', text: outcome.text });
  };
  return (
    <div className="agenda-offer">
      <button type="button" onClick={() => void use()}>
        Use it as the agenda
      </button>
      {problem && (
        <p className="dialog-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

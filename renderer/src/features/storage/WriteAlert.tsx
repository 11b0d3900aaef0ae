import { useAppState, useStoreApi } from '../../app/AppContext';
import { writeProblemText } from './write-alert-text';

/**
 * Says at once that Gavel cannot write its files (a full disk, permissions, a removed folder):
 * what is not saved and what still is, with "Export the meeting so far…" for a meeting's journal
 * so the chair can keep a copy elsewhere. Gone as soon as everything is written again.
 */
export function WriteAlert() {
  const problems = useAppState((state) => state.writeProblems);
  const meeting = useAppState((state) => state.meeting);
  const store = useStoreApi();
  if (problems.length === 0) return null;
  return (
    <div className="banner banner-storage" role="alert" data-testid="write-problem">
      {problems.map((problem) => {
        const name =
          problem.meetingId !== null && meeting?.id === problem.meetingId
            ? `“${meeting.title ?? meeting.channel}”`
            : null;
        const meetingId = problem.meetingId;
        return (
          <div key={`${problem.kind}:${meetingId ?? ''}`} className="banner-entry">
            <p className="banner-message">{writeProblemText(problem, name)}</p>
            {meetingId !== null && (
              <div className="banner-actions">
                <button
                  type="button"
                  onClick={() => store.getState().openDialog({ kind: 'export', meetingId })}
                >
                  Export the meeting so far…
                </button>
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}

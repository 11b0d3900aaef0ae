import { useAppState } from '../../app/AppContext';
import { onToolbarKeyDown } from '../../components/toolbar-keys';
import { ShortcutButton } from '../../keyboard/ShortcutButton';
import { MeetingNotice } from './MeetingNotice';
import { MeetingStatus } from './MeetingStatus';
import { nextAgendaItem, openVote } from './meeting-view';
import { ModeSwitch } from './ModeSwitch';
import type { ChairCommands } from './use-chair-commands';
import { VotePanel } from './VotePanel';

/**
 * The chair's controls: start and end, topics, items, votes, chairs and the mode, each a button
 * showing its shortcut, in one toolbar above the panes. Meeting buttons wait for a meeting.
 */
export function ChairControls({ commands }: { commands: ChairCommands }) {
  const openDialog = useAppState((s) => s.openDialog);
  const live = useAppState((s) => s.meeting?.status === 'live');
  const joined = useAppState((s) => s.status?.state === 'joined');
  const voting = useAppState((s) => openVote(s.meeting) !== null);
  const next = useAppState((s) => nextAgendaItem(s.agenda)?.title ?? null);
  const hasMeeting = useAppState((s) => s.meeting !== null);
  const off = !live;

  return (
    <div className="chair-controls">
      <div
        className="chair-toolbar"
        role="toolbar"
        aria-label="Chair controls"
        onKeyDown={onToolbarKeyDown}
      >
        <ShortcutButton
          shortcut="start-end"
          label={live ? 'End meeting' : 'Start meeting'}
          className={live ? 'danger-quiet' : 'primary'}
          disabled={!live && !joined}
          onClick={commands['start-end']}
        />
        <span className="toolbar-group">
          <ShortcutButton
            shortcut="next-topic"
            label="Next topic"
            disabled={off}
            onClick={commands['next-topic']}
            aria-describedby={next && live ? 'next-topic-title' : undefined}
          />
          {next && live && (
            <span id="next-topic-title" className="next-topic">
              Next: <bdi>{next}</bdi>
            </span>
          )}
          <ShortcutButton shortcut="topic" label="Topic…" disabled={off} onClick={commands.topic} />
        </span>
        <span className="toolbar-group">
          <ShortcutButton shortcut="info" label="Item…" disabled={off} onClick={commands.info} />
          <ShortcutButton
            shortcut="agreed"
            label="Agreed…"
            disabled={off}
            onClick={commands.agreed}
          />
          <ShortcutButton
            shortcut="action"
            label="Action…"
            disabled={off}
            onClick={commands.action}
          />
          <ShortcutButton shortcut="link" label="Link…" disabled={off} onClick={commands.link} />
        </span>
        <span className="toolbar-group">
          <ShortcutButton
            shortcut="vote"
            label={voting ? 'End vote…' : 'Vote…'}
            disabled={off}
            onClick={commands.vote}
          />
          <ShortcutButton
            shortcut="chairs"
            label="Chairs…"
            disabled={off}
            onClick={commands.chairs}
          />
          <button
            type="button"
            disabled={off}
            title="Take back the last item (#undo); asks first, naming it"
            onClick={() => openDialog({ kind: 'undo-item' })}
          >
            Undo last item
          </button>
        </span>
        <ModeSwitch onToggle={commands.mode} />
        <ShortcutButton
          shortcut="save"
          label="Save minutes…"
          disabled={!hasMeeting}
          onClick={commands.save}
        />
        <ShortcutButton
          shortcut="help"
          label="Shortcuts"
          className="toolbar-end"
          onClick={commands.help}
        />
      </div>
      <MeetingStatus />
      <MeetingNotice />
      <VotePanel />
    </div>
  );
}

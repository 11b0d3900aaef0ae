import {
  BadgeCheck,
  Hash,
  Info,
  Keyboard,
  Link,
  ListTodo,
  Play,
  Save,
  SkipForward,
  Square,
  Undo2,
  UsersRound,
  Vote,
} from 'lucide-react';
import type { ReactNode } from 'react';
import { useAppState } from '../../app/AppContext';
import { onToolbarKeyDown } from '../../components/toolbar-keys';
import { ShortcutButton } from '../../keyboard/ShortcutButton';
import { MeetingNotice } from './MeetingNotice';
import { MeetingStatus } from './MeetingStatus';
import { nextAgendaItem, openVote } from './meeting-view';
import { ModeSwitch } from './ModeSwitch';
import type { ChairCommands } from './use-chair-commands';
import { VotePanel } from './VotePanel';

function Group({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="toolbar-group" role="group" aria-label={label}>
      {children}
    </div>
  );
}

/**
 * The chair's controls in one toolbar row, grouped by purpose — the meeting · topics · record ·
 * vote · chairs · undo · mode · save — each an icon button naming its shortcut in its tooltip.
 * Every button keeps its place before, during and after a meeting: what does not apply is
 * disabled, never moved or hidden. Under the row: where the meeting stands, with the current topic
 * and its timer, then any notice and the open vote.
 */
export function ChairControls({
  commands,
  aside,
}: {
  commands: ChairCommands;
  /** Shown at the end of the status line (the buttons that fold the side panes). */
  aside?: ReactNode;
}) {
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
        <Group label="Start or end">
          <ShortcutButton
            shortcut="start-end"
            label={live ? 'End meeting' : 'Start meeting'}
            icon={live ? Square : Play}
            className={`tool-wide ${live ? 'danger-quiet' : 'primary'}`}
            disabled={!live && !joined}
            onClick={commands['start-end']}
          />
        </Group>
        <Group label="Topics and agenda">
          <ShortcutButton
            shortcut="next-topic"
            label="Next topic"
            icon={SkipForward}
            className="tool-wide"
            disabled={off}
            onClick={commands['next-topic']}
            aria-describedby={next && live ? 'next-topic-title' : undefined}
          />
          <ShortcutButton
            shortcut="topic"
            label="Topic…"
            icon={Hash}
            disabled={off}
            onClick={commands.topic}
          />
        </Group>
        <Group label="Record in the minutes">
          <ShortcutButton
            shortcut="info"
            label="Item…"
            icon={Info}
            disabled={off}
            onClick={commands.info}
          />
          <ShortcutButton
            shortcut="agreed"
            label="Agreed…"
            icon={BadgeCheck}
            disabled={off}
            onClick={commands.agreed}
          />
          <ShortcutButton
            shortcut="action"
            label="Action…"
            icon={ListTodo}
            disabled={off}
            onClick={commands.action}
          />
          <ShortcutButton
            shortcut="link"
            label="Link…"
            icon={Link}
            disabled={off}
            onClick={commands.link}
          />
        </Group>
        <Group label="Vote and chairs">
          <ShortcutButton
            shortcut="vote"
            label={voting ? 'End vote…' : 'Vote…'}
            icon={Vote}
            disabled={off}
            onClick={commands.vote}
          />
          <ShortcutButton
            shortcut="chairs"
            label="Chairs…"
            icon={UsersRound}
            disabled={off}
            onClick={commands.chairs}
          />
        </Group>
        <Group label="Take back">
          <button
            type="button"
            disabled={off}
            title="Take back the last item (#undo); asks first, naming it"
            onClick={() => openDialog({ kind: 'undo-item' })}
          >
            <Undo2 className="tool-icon" aria-hidden="true" size={16} />
            <span className="tool-label">Undo last item</span>
          </button>
        </Group>
        <ModeSwitch onToggle={commands.mode} />
        <Group label="Save">
          <ShortcutButton
            shortcut="save"
            label="Save minutes…"
            icon={Save}
            className="tool-wide"
            disabled={!hasMeeting}
            onClick={commands.save}
          />
        </Group>
        <ShortcutButton
          shortcut="help"
          label="Shortcuts"
          icon={Keyboard}
          className="toolbar-end"
          onClick={commands.help}
        />
      </div>
      <MeetingStatus next={live ? next : null} aside={aside} onSave={commands.save} />
      <MeetingNotice />
      <VotePanel />
    </div>
  );
}

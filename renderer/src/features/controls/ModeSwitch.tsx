import { Megaphone, NotebookPen } from 'lucide-react';
import { useAppState } from '../../app/AppContext';
import { ariaShortcut, shortcutLabel } from '../../keyboard/key-label';
import { PLATFORM } from '../../keyboard/platform';
import { practiceChannel } from '../../state/ui-slice';

const MODES = [
  {
    mode: 'drive',
    label: 'Drive',
    icon: Megaphone,
    hint: 'Chair commands are said in the channel as MeetBot lines.',
  },
  {
    mode: 'quiet',
    label: 'Quiet',
    icon: NotebookPen,
    hint: 'Chair notes are recorded in Gavel only; nothing is said.',
  },
] as const;

/**
 * Drive or quiet: the live meeting's mode, or the one the next meeting starts in. A radio group
 * of two; Alt+M switches from anywhere. A practice offers no drive mode: it says so instead.
 */
export function ModeSwitch({ onToggle }: { onToggle(): void }) {
  const mode = useAppState((s) =>
    s.meeting?.status === 'live' ? s.meeting.mode : s.preferredMode,
  );
  const practising = useAppState((s) => practiceChannel(s) !== null);
  const keys = shortcutLabel('mode', PLATFORM);
  if (practising)
    return (
      <p className="mode-switch mode-practice" data-testid="practice-mode">
        Quiet: a practice sends nothing anywhere
      </p>
    );
  return (
    <div
      className="mode-switch"
      role="radiogroup"
      aria-label="Meeting mode"
      aria-keyshortcuts={ariaShortcut('mode', PLATFORM)}
      title={`Switch mode (${keys})`}
    >
      {MODES.map((m) => (
        <button
          key={m.mode}
          type="button"
          role="radio"
          aria-checked={mode === m.mode}
          title={m.hint}
          onClick={() => mode !== m.mode && onToggle()}
        >
          <m.icon className="tool-icon" aria-hidden="true" size={16} />
          {m.label}
        </button>
      ))}
      <kbd className="key-cap" aria-hidden="true">
        {keys}
      </kbd>
    </div>
  );
}

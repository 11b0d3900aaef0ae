import { useCallback, useEffect, type MouseEvent } from 'react';
import { useStoreApi } from '../../app/AppContext';
import { shortcutLabel } from '../../keyboard/key-label';
import { PLATFORM } from '../../keyboard/platform';
import { chordMatches, shortcut, type ShortcutId } from '../../keyboard/shortcuts';
import { plainText } from '../transcript/line-view';
import type { Hint } from './hint-model';
import { useLiveHint } from './use-live-hint';

const SHORTCUT: Record<Hint['type'], ShortcutId> = { action: 'action', agreed: 'agreed' };
const KIND: Record<Hint['type'], string> = { action: 'Action', agreed: 'Decision' };

// A click on the hint leaves the focus where the chair was typing.
const keepFocus = (e: MouseEvent) => e.preventDefault();

/**
 * A quiet hint in the meeting view: an action or decision just said that the chair has not
 * recorded, e.g. "Alt+A to record: ‘I'll send the tarballs Monday’ — miconda". That shortcut
 * (or "Record…") opens the usual item dialog pre-filled, so recording goes the usual way (said
 * as the MeetBot command in drive mode, recorded in Gavel in quiet mode); Esc or × puts it away.
 * It never takes the focus, and shows one point at a time.
 */
export function LiveHint() {
  const store = useStoreApi();
  const { hint, dismiss } = useLiveHint();
  const record = useCallback(() => {
    if (!hint) return;
    store.getState().openDialog({ kind: 'item', type: hint.type, text: hint.text });
    dismiss();
  }, [hint, store, dismiss]);

  useEffect(() => {
    if (!hint) return;
    const free = (e: KeyboardEvent) =>
      !e.defaultPrevented && !e.isComposing && store.getState().dialog === null;
    // Before the window's shortcuts (capture), so the shortcut opens the pre-filled dialog.
    const onRecordKey = (e: KeyboardEvent) => {
      if (!free(e) || !chordMatches(shortcut(SHORTCUT[hint.type]).chord, e, PLATFORM)) return;
      e.preventDefault();
      record();
    };
    // After everything else (bubble): Esc that closed the find bar or a field's edit is theirs.
    const onEscape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !free(e)) return;
      e.preventDefault();
      dismiss();
    };
    window.addEventListener('keydown', onRecordKey, true);
    window.addEventListener('keydown', onEscape);
    return () => {
      window.removeEventListener('keydown', onRecordKey, true);
      window.removeEventListener('keydown', onEscape);
    };
  }, [hint, store, dismiss, record]);

  return (
    // A polite live region that is always there, so a hint appearing in it is read out.
    <div className="live-hint-region" aria-live="polite">
      {hint && (
        <aside
          className="live-hint"
          aria-label="Hint"
          data-testid="live-hint"
          data-type={hint.type}
        >
          <span className="badge">{KIND[hint.type]}</span>
          <p className="live-hint-text">
            <kbd>{shortcutLabel(SHORTCUT[hint.type], PLATFORM)}</kbd> <span>to record:</span>{' '}
            <span className="live-hint-said">
              ‘<bdi>{plainText(hint.said)}</bdi>’
            </span>{' '}
            <span>
              — <bdi>{hint.nick}</bdi>
            </span>
          </p>
          <button type="button" tabIndex={-1} onMouseDown={keepFocus} onClick={record}>
            Record…
          </button>
          <button
            type="button"
            className="live-hint-close"
            tabIndex={-1}
            onMouseDown={keepFocus}
            aria-label="Dismiss the hint (Esc)"
            title="Dismiss (Esc)"
            onClick={dismiss}
          >
            ×
          </button>
        </aside>
      )}
    </div>
  );
}

import { useMemo } from 'react';
import { useActions, useStoreApi } from '../../app/AppContext';
import { shortcutLabel } from '../../keyboard/key-label';
import { cyclePanes } from '../../keyboard/pane-focus';
import { PLATFORM } from '../../keyboard/platform';
import type { ShortcutId } from '../../keyboard/shortcuts';
import { PRACTICE_QUIET } from '../../state/meeting-actions';
import type { AppState } from '../../state/store';
import { practiceChannel, type ItemKind } from '../../state/ui-slice';
import { nextAgendaItem, openVote } from './meeting-view';

/** What every window-wide shortcut does; the buttons of the chair's controls do the same. */
export type ChairCommands = Record<ShortcutId, () => void>;

/**
 * The chair's commands, reading the state when they run. A meeting command with no meeting
 * under way says how to start one instead of failing silently.
 */
export function useChairCommands(): ChairCommands {
  const store = useStoreApi();
  const actions = useActions();
  return useMemo(() => {
    const state = () => store.getState();
    const whenLive = (run: (s: AppState) => void) => () => {
      const s = state();
      if (s.meeting?.status === 'live') return run(s);
      const keys = shortcutLabel('start-end', PLATFORM);
      s.setNotice({ tone: 'info', message: `Start the meeting first (${keys}).` });
    };
    const item = (type: ItemKind) => whenLive((s) => s.openDialog({ kind: 'item', type }));
    return {
      'start-end': () => {
        const s = state();
        if (s.meeting?.status === 'live') return s.openDialog({ kind: 'end' });
        if (s.status?.state === 'joined') return s.openDialog({ kind: 'start' });
        s.setNotice({ tone: 'info', message: 'Join the channel before starting a meeting.' });
      },
      'next-topic': whenLive((s) => {
        // With the agenda used up, "next" means a topic of the chair's own.
        if (!nextAgendaItem(s.agenda)) return s.openDialog({ kind: 'topic' });
        void actions.command({ type: 'next-topic' });
      }),
      topic: whenLive((s) => s.openDialog({ kind: 'topic' })),
      info: item('info'),
      agreed: item('agreed'),
      action: item('action'),
      link: item('link'),
      vote: whenLive((s) =>
        s.openDialog(openVote(s.meeting) ? { kind: 'end-vote' } : { kind: 'vote' }),
      ),
      chairs: whenLive((s) => s.openDialog({ kind: 'chairs' })),
      mode: () => {
        const s = state();
        if (practiceChannel(s)) return s.setNotice({ tone: 'info', message: PRACTICE_QUIET });
        const mode = s.meeting?.status === 'live' ? s.meeting.mode : s.preferredMode;
        void actions.setMode(mode === 'drive' ? 'quiet' : 'drive');
      },
      save: () => {
        const s = state();
        if (s.meeting) return s.openDialog({ kind: 'save-minutes' });
        s.setNotice({ tone: 'info', message: 'There are no minutes yet: start a meeting first.' });
      },
      undo: () => void actions.undoAgenda(),
      find: () => state().requestFind(),
      'next-pane': () => void cyclePanes(document, 1, document.activeElement),
      'previous-pane': () => void cyclePanes(document, -1, document.activeElement),
      help: () => state().openDialog({ kind: 'help' }),
    };
  }, [store, actions]);
}

import { useEffect, useRef, useState } from 'react';
import type { Req, Res } from '../../../../shared/ipc/schemas';
import { useActions } from '../../app/AppContext';

/** A rendered file of the minutes, as `export:render` answers. */
export type RenderedFile = Res<'export:render'>['files'][number];

/**
 * The latest render: its files, or why it failed (with the files of the last render that did
 * not); `busy` while a newer one is on its way.
 */
export interface RenderState {
  files: RenderedFile[] | null;
  /** The core's refusal (`bad-pattern` for a pattern that leaves the folder, or another). */
  error: { code: string; message: string } | null;
  busy: boolean;
}

/**
 * Renders `request` with `export:render` and keeps the answer: at once the first time, then
 * `delayMs` after the request (or `revision`, which says the meeting itself changed) last
 * changed, so typing a pattern does not render every key. An answer to an older request is
 * dropped. Nothing is asked while `request` is null.
 */
export function useExportRender(
  request: Req<'export:render'> | null,
  delayMs = 300,
  revision = 0,
): RenderState {
  const afterMeeting = useActions().afterMeeting;
  const key = request === null ? null : JSON.stringify(request);
  const [state, setState] = useState<RenderState>({ files: null, error: null, busy: key !== null });
  const first = useRef(true);

  useEffect(() => {
    if (key === null) return;
    let current = true;
    setState((old) => (old.busy ? old : { ...old, busy: true }));
    const delay = first.current ? 0 : delayMs;
    first.current = false;
    const timer = setTimeout(() => {
      void afterMeeting
        .invoke('export:render', JSON.parse(key) as Req<'export:render'>)
        .then((result) => {
          if (!current) return;
          // A refusal keeps the last files, so the preview stays while the chair fixes a pattern.
          setState((old) =>
            result.ok
              ? { files: result.value.files, error: null, busy: false }
              : { files: old.files, error: result.error, busy: false },
          );
        });
    }, delay);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key, afterMeeting, delayMs, revision]);

  return key === null ? { ...state, error: null, busy: false } : state;
}

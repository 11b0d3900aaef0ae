import { useEffect, useState } from 'react';
import { useAppState, useStoreApi } from '../../app/AppContext';
import { carriesFiles, pickDropped } from './drag-files';

// How long a note about a drop stays on screen.
const NOTE_MS = 8000;

/**
 * Makes the whole window a drop target for logs: while files are dragged over it an overlay
 * says "Drop a log to import it", and a dropped file opens the import dialog with it (the first
 * of several). Drags without files (text into a field) are left alone; a dropped file never
 * makes the window navigate to it.
 */
export function ImportDropZone() {
  const store = useStoreApi();
  const openDialog = useAppState((s) => s.openDialog);
  const [dragging, setDragging] = useState(false);
  const [note, setNote] = useState<string | null>(null);

  useEffect(() => {
    if (!note) return;
    const timer = setTimeout(() => setNote(null), NOTE_MS);
    return () => clearTimeout(timer);
  }, [note]);

  useEffect(() => {
    // dragenter and dragleave fire for every element crossed; count them to know when the drag
    // has left the window.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const dialog = store.getState().dialog;
      const picked = pickDropped(
        event.dataTransfer?.files ?? [],
        dialog !== null && dialog.kind !== 'import',
      );
      setNote(picked.note);
      if (picked.file) openDialog({ kind: 'import', file: picked.file });
    };
    const stop = () => {
      depth = 0;
      setDragging(false);
    };
    const listeners = { dragenter: enter, dragover: over, dragleave: leave, drop, dragend: stop };
    for (const [name, fn] of Object.entries(listeners))
      window.addEventListener(name, fn as EventListener);
    return () => {
      for (const [name, fn] of Object.entries(listeners))
        window.removeEventListener(name, fn as EventListener);
    };
  }, [store, openDialog]);

  // Rendered only while there is something to say, so the window has no empty status region.
  const text = dragging ? 'Drop a log to import it' : note;
  if (!text) return null;
  return (
    <div role="status" className={dragging ? 'drop-overlay' : 'drop-note'}>
      {text}
    </div>
  );
}

import { useEffect, useRef, useState } from 'react';
import type { TranscriptLine } from '../../../../shared/domain/line';
import { useAppState } from '../../app/AppContext';
import { indexOfSeq } from './find-matches';

// Long enough to catch the eye after the scroll, short enough not to linger.
const FLASH_MS = 2000;

/**
 * Brings the line a jump asks for (a timeline span, an item, a find match) into view, centred,
 * and reports its seq for a brief highlight. A line older than those the window holds is paged
 * in first (`loadThrough`), one newer than those it holds (let go while the chair read further
 * up) fetched again (`loadNewer`); a jump to a line not (yet) received does nothing.
 */
export function useJump(
  lines: readonly TranscriptLine[],
  scrollToIndex: (index: number) => void,
  loadThrough: (seq: number) => Promise<void>,
  loadNewer: () => Promise<void>,
): number | null {
  const jump = useAppState((s) => s.jump);
  const [flash, setFlash] = useState<{ seq: number; nonce: number } | null>(null);
  // Read when a jump comes, so that lines arriving later do not re-run an old jump.
  const current = useRef(lines);
  useEffect(() => {
    current.current = lines;
  }, [lines]);

  // A list that mounts later (the transcript started over) must not replay an earlier jump.
  const seen = useRef(jump?.nonce ?? 0);
  // A jump waiting for older lines to be paged in.
  const [waiting, setWaiting] = useState<{ seq: number; nonce: number } | null>(null);

  useEffect(() => {
    if (!jump || jump.nonce <= seen.current) return;
    seen.current = jump.nonce;
    const index = indexOfSeq(current.current, jump.seq);
    if (index >= 0) {
      setWaiting(null);
      scrollToIndex(index);
      return setFlash(jump);
    }
    const first = current.current[0]?.seq;
    const last = current.current.at(-1)?.seq;
    if (first === undefined || last === undefined) return;
    if (jump.seq < first) {
      setWaiting(jump);
      void loadThrough(jump.seq);
    } else if (jump.seq > last) {
      // Fetching the newest may let go of older lines past the bound: page back to it then.
      setWaiting(jump);
      void loadNewer().then(() => loadThrough(jump.seq));
    }
  }, [jump, scrollToIndex, loadThrough, loadNewer]);

  useEffect(() => {
    if (!waiting) return;
    const index = indexOfSeq(lines, waiting.seq);
    if (index < 0) return;
    setWaiting(null);
    scrollToIndex(index);
    setFlash(waiting);
  }, [waiting, lines, scrollToIndex]);

  useEffect(() => {
    if (!flash) return;
    const timer = setTimeout(() => setFlash(null), FLASH_MS);
    return () => clearTimeout(timer);
  }, [flash]);

  return flash?.seq ?? null;
}

import { useEffect, useRef, useState } from 'react';
import type { TranscriptLine } from '../../../../shared/domain/line';
import { useAppState } from '../../app/AppContext';
import { indexOfSeq } from '../transcript/find-matches';

// Long enough to catch the eye after the scroll, short enough not to linger.
const FLASH_MS = 2000;

/** The line just brought into view (for a highlight), and a line asked for that is not there. */
export interface ReaderJump {
  flash: number | null;
  missing: number | null;
}

/**
 * Brings the line `reading.jump` asks for into view and highlights it briefly. A jump to a line
 * not loaded yet waits for its page; once the whole transcript is in and the line is not, it is
 * reported as missing. A jump asked for before the reader opened (from search) counts too.
 */
export function useReaderJump(
  lines: readonly TranscriptLine[],
  complete: boolean,
  scrollToIndex: (index: number) => void,
): ReaderJump {
  const jump = useAppState((s) => s.reading?.jump ?? null);
  const handled = useRef(0);
  const [flash, setFlash] = useState<{ seq: number; nonce: number } | null>(null);
  const [missing, setMissing] = useState<number | null>(null);

  useEffect(() => {
    if (!jump || jump.nonce <= handled.current) return;
    const index = indexOfSeq(lines, jump.seq);
    if (index < 0 && !complete) return;
    handled.current = jump.nonce;
    if (index < 0) return setMissing(jump.seq);
    setMissing(null);
    scrollToIndex(index);
    setFlash(jump);
  }, [jump, lines, complete, scrollToIndex]);

  useEffect(() => {
    if (!flash) return;
    const timer = setTimeout(() => setFlash(null), FLASH_MS);
    return () => clearTimeout(timer);
  }, [flash]);

  return { flash: flash?.seq ?? null, missing };
}

import { useCallback, useEffect, useRef } from 'react';
import type { GroupImperativeHandle, Layout, LayoutChangedMeta } from 'react-resizable-panels';

const PREFIX = 'gavel.layout';
// Window sizes within one step of each other share a layout: a laptop's 1366×768 is remembered
// apart from a desktop's 1920×1080, not apart from the same laptop with a taller title bar.
const STEP_X = 160;
const STEP_Y = 120;

/** The size class of a `width`×`height` window, e.g. `1360x720`. */
export function sizeClass(width: number, height: number): string {
  return `${Math.round(width / STEP_X) * STEP_X}x${Math.round(height / STEP_Y) * STEP_Y}`;
}

const currentClass = () => sizeClass(window.innerWidth, window.innerHeight);
const key = (group: string, size: string) => `${PREFIX}.${group}.${size}`;

function load(group: string, size: string): Layout | undefined {
  try {
    const text = window.localStorage.getItem(key(group, size));
    const parsed: unknown = text ? JSON.parse(text) : undefined;
    if (!parsed || typeof parsed !== 'object') return undefined;
    const entries = Object.entries(parsed as Record<string, unknown>);
    return entries.every(([, v]) => typeof v === 'number' && v >= 0 && v <= 100)
      ? (Object.fromEntries(entries) as Layout)
      : undefined;
  } catch {
    return undefined;
  }
}

function save(group: string, size: string, layout: Layout): void {
  try {
    window.localStorage.setItem(key(group, size), JSON.stringify(layout));
  } catch {
    // Storage full or refused: the layout is simply not remembered.
  }
}

/**
 * Remembers how the chair sized a panel group, separately for each window size class: a layout
 * the chair makes is saved for the size it was made at, and a window that moves to another size
 * class takes the layout last made there (or keeps the current one).
 */
export function useLayoutMemory(group: string) {
  const groupRef = useRef<GroupImperativeHandle | null>(null);
  const size = useRef(currentClass());
  const defaultLayout = useRef(load(group, size.current)).current;

  useEffect(() => {
    const onResize = () => {
      const now = currentClass();
      if (now === size.current) return;
      size.current = now;
      const layout = load(group, now);
      if (layout) groupRef.current?.setLayout(layout);
    };
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [group]);

  const onLayoutChanged = useCallback(
    (layout: Layout, meta: LayoutChangedMeta) => {
      if (meta.isUserInteraction) save(group, size.current, meta.requestedLayout ?? layout);
    },
    [group],
  );
  /** Saves the group's layout as it is now (after a collapse or expand by button). */
  const remember = useCallback(() => {
    const layout = groupRef.current?.getLayout();
    if (layout) save(group, size.current, layout);
  }, [group]);
  return { groupRef, defaultLayout, onLayoutChanged, remember };
}

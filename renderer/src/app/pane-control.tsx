import { PanelLeftClose, PanelLeftOpen, PanelRightClose, PanelRightOpen } from 'lucide-react';
import { useState } from 'react';
import { usePanelRef, type PanelImperativeHandle } from 'react-resizable-panels';
import { useLayoutMemory } from './layout-memory';

type Side = 'left' | 'right';

/** The meeting view's column layout: what is remembered, and the side columns' state. */
export interface PaneControl {
  memory: ReturnType<typeof useLayoutMemory>;
  refs: Record<Side, React.RefObject<PanelImperativeHandle | null>>;
  collapsed: Record<Side, boolean>;
  toggle(side: Side): void;
  /** For a side panel's `onResize`: notes whether it is collapsed. */
  track(side: Side): (size: { asPercentage: number }) => void;
}

/** Holds the meeting view's column layout, shared by the columns and the buttons that fold them. */
export function usePaneControl(): PaneControl {
  const memory = useLayoutMemory('columns');
  const refs = { left: usePanelRef(), right: usePanelRef() };
  const [collapsed, setCollapsed] = useState({ left: false, right: false });
  return {
    memory,
    refs,
    collapsed,
    toggle(side) {
      const panel = refs[side].current;
      if (!panel) return;
      if (panel.isCollapsed()) panel.expand();
      else panel.collapse();
      memory.remember();
    },
    track: (side) => (size) => {
      const folded = size.asPercentage === 0;
      setCollapsed((was) => (was[side] === folded ? was : { ...was, [side]: folded }));
    },
  };
}

const NAMES: Record<Side, string> = {
  left: 'agenda and participants',
  right: 'timeline and actions',
};

/** Two buttons that fold and unfold the side columns (pressed: the column is shown). */
export function PaneToggles({ control }: { control: PaneControl }) {
  return (
    <div className="pane-toggles" role="group" aria-label="Side panes">
      {(['left', 'right'] as const).map((side) => {
        const folded = control.collapsed[side];
        const Icon =
          side === 'left'
            ? folded
              ? PanelLeftOpen
              : PanelLeftClose
            : folded
              ? PanelRightOpen
              : PanelRightClose;
        const name = NAMES[side];
        return (
          <button
            key={side}
            type="button"
            className="icon-button"
            aria-pressed={!folded}
            aria-label={name[0]!.toUpperCase() + name.slice(1)}
            title={`${folded ? 'Show' : 'Hide'} ${name}`}
            onClick={() => control.toggle(side)}
          >
            <Icon size={16} aria-hidden="true" />
          </button>
        );
      })}
    </div>
  );
}

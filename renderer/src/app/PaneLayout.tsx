import type { ReactNode } from 'react';
import { Group, Panel, Separator } from 'react-resizable-panels';
import { useLayoutMemory } from './layout-memory';
import type { PaneControl } from './pane-control';

/** The meeting view's panes, by column, and the layout that holds them. */
export interface PaneLayoutProps {
  control: PaneControl;
  left: readonly [ReactNode, ReactNode];
  /** The left column's bottom pane has nothing to show yet: it folds to its header. */
  leftBottomEmpty?: boolean;
  center: ReactNode;
  right: readonly [ReactNode, ReactNode];
}

// Each pane fills its panel and scrolls inside itself; the panel never scrolls.
const SLOT = { className: 'pane-slot', style: { overflow: 'hidden' } } as const;

/**
 * A side column of two panes, split by a separator. While the bottom pane has nothing to show
 * (`bottomEmpty`), it folds to its header and the top pane takes the rest; the split (and how
 * the chair sized it) comes back once it has.
 */
function Column({
  name,
  panes,
  bottomEmpty = false,
}: {
  name: string;
  panes: readonly [ReactNode, ReactNode];
  bottomEmpty?: boolean;
}) {
  const memory = useLayoutMemory(`column-${name}`);
  if (bottomEmpty) {
    return (
      <div className="pane-column pane-column-fitted">
        <div {...SLOT}>{panes[0]}</div>
        <div className="pane-slot pane-slot-fitted">{panes[1]}</div>
      </div>
    );
  }
  return (
    <Group
      orientation="vertical"
      className="pane-column"
      groupRef={memory.groupRef}
      defaultLayout={memory.defaultLayout}
      onLayoutChanged={memory.onLayoutChanged}
    >
      <Panel id={`${name}-top`} {...SLOT} minSize="6rem" defaultSize="58">
        {panes[0]}
      </Panel>
      <Separator className="pane-separator" />
      <Panel id={`${name}-bottom`} {...SLOT} minSize="6rem" defaultSize="42">
        {panes[1]}
      </Panel>
    </Group>
  );
}

/**
 * The meeting view's three columns — agenda and participants, the transcript, timeline and
 * actions — with the transcript the widest. The separators resize (by pointer, or by keyboard:
 * focus one and use the arrow keys); each side column folds by its button (`PaneToggles`) or by
 * dragging it past its minimum. How the chair left them is remembered per window size.
 */
export function PaneLayout({ control, left, leftBottomEmpty, center, right }: PaneLayoutProps) {
  const { memory, refs, track } = control;
  return (
    <main className="panes">
      <Group
        className="pane-columns"
        groupRef={memory.groupRef}
        defaultLayout={memory.defaultLayout}
        onLayoutChanged={memory.onLayoutChanged}
      >
        <Panel
          id="left"
          {...SLOT}
          panelRef={refs.left}
          collapsible
          minSize="13rem"
          defaultSize="23"
          onResize={track('left')}
        >
          <Column name="left" panes={left} bottomEmpty={leftBottomEmpty} />
        </Panel>
        <Separator className="pane-separator" />
        <Panel id="center" {...SLOT} minSize="30" defaultSize="50">
          {center}
        </Panel>
        <Separator className="pane-separator" />
        <Panel
          id="right"
          {...SLOT}
          panelRef={refs.right}
          collapsible
          minSize="14rem"
          defaultSize="27"
          onResize={track('right')}
        >
          <Column name="right" panes={right} />
        </Panel>
      </Group>
    </main>
  );
}

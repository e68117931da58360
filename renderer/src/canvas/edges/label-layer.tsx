// Where edge labels are drawn: React Flow's label layer (the element `EdgeLabelRenderer`
// portals into), found once per canvas and handed to every edge through context. React Flow's
// own `EdgeLabelRenderer` looks the element up with a store subscription per label, which runs
// a DOM query for every label on every store update (each frame of a pan or drag): on a
// 1 000-step map that was a large share of each frame. Same element, same portal, one lookup.
import { useStore } from '@xyflow/react';
import type { ReactNode } from 'react';
import { createContext, useContext, useMemo } from 'react';
import { createPortal } from 'react-dom';

const LabelLayer = createContext<HTMLElement | null>(null);

/** Wrap a `<ReactFlow>` (inside its provider) so its edges can draw labels. */
export function EdgeLabelLayer({ children }: { children: ReactNode }) {
  const domNode = useStore((s) => s.domNode);
  const layer = useMemo(
    () => domNode?.querySelector<HTMLElement>('.react-flow__edgelabel-renderer') ?? null,
    [domNode],
  );
  return <LabelLayer.Provider value={layer}>{children}</LabelLayer.Provider>;
}

/** Draw `children` in the canvas's edge label layer (nothing before it exists). */
export function EdgeLabel({ children }: { children: ReactNode }) {
  const layer = useContext(LabelLayer);
  return layer === null ? null : createPortal(children, layer);
}

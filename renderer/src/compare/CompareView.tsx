// The compare view: the current map and a target side by side or one above the other
// (arrangement.ts: whichever fits them larger), each fitted, the steps the target adds, removes
// and changes (matched by id) highlighted in both, and the changes listed in words.
import { Background, BackgroundVariant, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { MapKey } from '../store';
import { changeLines, compareMaps, type MapDiff } from '../../../shared/editor';
import type { ProcessMap, Project } from '../../../shared/model/schema';
import type { StepNode } from '../canvas/flow-types';
import { EdgeLabelLayer } from '../canvas/edges/label-layer';
import { edgeTypes, nodeTypes } from '../canvas/node-types';
import { ShownMapContext } from '../canvas/shown-map';
import { toEdges, toNodes } from '../canvas/to-flow';
import { arrangementFor, extentOf, type Arrangement } from './arrangement';
import './compare.css';

const NODE_ORIGIN: [number, number] = [0.5, 0.5];
const PRO_OPTIONS = { hideAttribution: true } as const;
const FIT = { padding: 0.1, maxZoom: 1 } as const;
const NO_SIZES = new Map<string, { width: number; height: number }>();
/** Height of a pane's title bar, px (compare.css `.fc-compare__title`). */
const TITLE_PX = 28;

/** The arrangement that fits `maps` larger in the element `ref` holds, following its size. */
function useArrangement(
  ref: RefObject<HTMLDivElement | null>,
  maps: readonly ProcessMap[],
): Arrangement {
  const extent = useMemo(() => extentOf(maps), [maps]);
  const [arrangement, setArrangement] = useState<Arrangement>('rows');
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const decide = (): void => {
      const { width, height } = element.getBoundingClientRect();
      if (width > 0 && height > 0)
        setArrangement(arrangementFor({ width, height }, extent, TITLE_PX));
    };
    decide();
    const observer = new ResizeObserver(decide);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, extent]);
  return arrangement;
}

type Side = 'before' | 'after';

function marked(map: ProcessMap, diff: MapDiff, side: Side): StepNode[] {
  const added = new Set(diff.added);
  const removed = new Set(diff.removed);
  const changed = new Set(diff.changed.map((c) => c.id));
  return toNodes(map, NO_SIZES).map((node) => {
    const mark =
      side === 'after' && added.has(node.id)
        ? 'added'
        : side === 'before' && removed.has(node.id)
          ? 'removed'
          : changed.has(node.id)
            ? 'changed'
            : null;
    return mark === null ? node : { ...node, className: `fc-diff fc-diff--${mark}` };
  });
}

function Pane({
  label,
  map,
  mapKey,
  diff,
  side,
}: {
  label: string;
  map: ProcessMap;
  /** The map the pane's cards read their numbers from (both maps' steps share ids). */
  mapKey: MapKey;
  diff: MapDiff;
  side: Side;
}) {
  const nodes = useMemo(() => marked(map, diff, side), [map, diff, side]);
  const edges = useMemo(() => toEdges(map), [map]);
  return (
    <section className="fc-compare__pane" aria-label={`${label}: ${map.name}`}>
      <h3 className="fc-compare__title">
        <span className="fc-kind-badge">{label}</span> {map.name}
      </h3>
      <ReactFlowProvider>
        <ShownMapContext.Provider value={mapKey}>
          <EdgeLabelLayer>
            <ReactFlow<StepNode>
              nodes={nodes}
              edges={edges}
              nodeTypes={nodeTypes}
              edgeTypes={edgeTypes}
              nodeOrigin={NODE_ORIGIN}
              nodesDraggable={false}
              nodesConnectable={false}
              elementsSelectable={false}
              edgesFocusable={false}
              deleteKeyCode={null}
              fitView
              fitViewOptions={FIT}
              minZoom={0.1}
              proOptions={PRO_OPTIONS}
            >
              <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} color="#cfd6df" />
            </ReactFlow>
          </EdgeLabelLayer>
        </ShownMapContext.Provider>
      </ReactFlowProvider>
    </section>
  );
}

export function CompareView({ project, target }: { project: Project; target: ProcessMap }) {
  const current = project.maps.current;
  const diff = useMemo(() => compareMaps(current, target), [current, target]);
  const targetKey = useMemo(() => ({ targetId: target.id }), [target.id]);
  const lines = changeLines(project, current, target, diff);
  const panes = useRef<HTMLDivElement>(null);
  const maps = useMemo(() => [current, target], [current, target]);
  const arrangement = useArrangement(panes, maps);
  return (
    <div className="fc-compare" data-testid="compare-view">
      <div ref={panes} className={`fc-compare__panes fc-compare__panes--${arrangement}`}>
        {/* Keyed by the arrangement: each map is fitted again when its pane changes shape. */}
        <Pane
          key={`current-${arrangement}`}
          label="Current"
          map={current}
          mapKey="current"
          diff={diff}
          side="before"
        />
        <Pane
          key={`target-${arrangement}`}
          label="Target"
          map={target}
          mapKey={targetKey}
          diff={diff}
          side="after"
        />
      </div>
      <section className="fc-compare__changes" aria-label="Changes">
        <h3 className="fc-compare__title">
          {lines.length === 0
            ? 'No step differs from the current map'
            : `${lines.length} ${lines.length === 1 ? 'change' : 'changes'}`}
        </h3>
        <ul>
          {lines.map((line) => (
            <li key={`${line.kind}-${line.id}`} className={`fc-change fc-change--${line.kind}`}>
              {line.text}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

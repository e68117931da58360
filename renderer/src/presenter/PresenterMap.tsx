// One map on the projector: a read-only React Flow pane with the presenter's large steps,
// fitted to the pane; when a change is in focus, the camera glides to it (and its
// neighbourhood, so the room keeps its bearings). Tokens of the replay are drawn over it.
import '@xyflow/react/dist/style.css';
import { ReactFlow, ReactFlowProvider, useReactFlow, useStore, type Rect } from '@xyflow/react';
import { useEffect, useMemo, useRef } from 'react';
import type { ProcessMap, Project } from '../../../shared/model/schema';
import { EdgeLabelLayer } from '../canvas/edges/label-layer';
import { edgeTypes } from '../canvas/node-types';
import type { ChangeKind } from './change-list';
import { presenterEdges, presenterNodes, type NodeMemo } from './presenter-flow';
import { PRESENTER_SIZES, presenterNodeTypes, type PresenterNode } from './presenter-nodes';
import type { Trace } from './replay/trace';
import { TokenLayer, type TokenPalette } from './TokenLayer';

const NODE_ORIGIN: [number, number] = [0.5, 0.5];
const PRO_OPTIONS = { hideAttribution: true } as const;
const GLIDE_MS = 550;
/** Map units of context kept around a step in focus. */
const CONTEXT_X = 200;
const CONTEXT_Y = 30;
/** Map units the token piles take above and below a step. */
const PILE_ROOM = 30;

function boundsOf(map: ProcessMap, ids: ReadonlySet<string> | null): Rect | null {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const step of map.steps) {
    if (ids !== null && !ids.has(step.id)) continue;
    const { width, height } = PRESENTER_SIZES[step.kind];
    left = Math.min(left, step.position.x - width / 2);
    right = Math.max(right, step.position.x + width / 2);
    top = Math.min(top, step.position.y - height / 2);
    bottom = Math.max(bottom, step.position.y + height / 2);
  }
  if (!Number.isFinite(left)) return null;
  // Room for the token piles above and below the steps (TokenLayer).
  return { x: left, y: top - PILE_ROOM, width: right - left, height: bottom - top + 2 * PILE_ROOM };
}

function Camera({ map, focus }: { map: ProcessMap; focus: ReadonlySet<string> }) {
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const { fitBounds } = useReactFlow();
  const focusKey = [...focus].join(' ');
  useEffect(() => {
    if (width === 0 || height === 0) return;
    const whole = boundsOf(map, null);
    const steps = focus.size === 0 ? null : boundsOf(map, focus);
    const target =
      steps === null
        ? whole
        : {
            x: steps.x - CONTEXT_X,
            y: steps.y - CONTEXT_Y,
            width: steps.width + 2 * CONTEXT_X,
            height: steps.height + 2 * CONTEXT_Y,
          };
    if (target === null) return;
    void fitBounds(target, { padding: steps === null ? 0.06 : 0.04, duration: GLIDE_MS });
    // The map object changes with every what-if; only a new focus or pane size moves the camera.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey, width, height, fitBounds]);
  return null;
}

export interface PresenterMapProps {
  readonly label: string;
  readonly project: Project;
  readonly map: ProcessMap;
  readonly marks: ReadonlyMap<string, ChangeKind>;
  readonly focus: ReadonlySet<string>;
  /** The replay's cases and the map they were recorded on (it changes only with them). */
  readonly replay: { readonly trace: Trace; readonly map: ProcessMap } | null;
  readonly draws: Set<(t: number) => void>;
  readonly speed: () => number;
  readonly palette: TokenPalette;
}

export function PresenterMap(props: PresenterMapProps) {
  const { label, project, map, marks, focus, replay } = props;
  const memo = useRef<NodeMemo>(new Map());
  const last = useRef<PresenterNode[]>([]);
  const nodes = useMemo(() => {
    // eslint-disable-next-line react-hooks/refs -- a cache of node objects, not render state
    const next = presenterNodes(project, map, marks, focus, memo.current, last.current);
    // eslint-disable-next-line react-hooks/refs -- as above
    last.current = next;
    return next;
  }, [project, map, marks, focus]);
  const edges = useMemo(() => presenterEdges(map), [map]);
  return (
    <section className="fc-p-map" aria-label={`${label}: ${map.name}`}>
      <h2 className="fc-p-map__title">
        <span className={`fc-p-map__badge fc-p-map__badge--${label.toLowerCase()}`}>{label}</span>
        {map.name}
      </h2>
      <div className="fc-p-map__pane" data-testid={`presenter-map-${label.toLowerCase()}`}>
        <ReactFlowProvider>
          <EdgeLabelLayer>
            <ReactFlow
              nodes={nodes}
              edges={edges}
              nodeTypes={presenterNodeTypes}
              edgeTypes={edgeTypes}
              nodeOrigin={NODE_ORIGIN}
              nodesDraggable={false}
              nodesConnectable={false}
              nodesFocusable={false}
              edgesFocusable={false}
              elementsSelectable={false}
              panOnDrag={false}
              zoomOnScroll={false}
              zoomOnPinch={false}
              zoomOnDoubleClick={false}
              preventScrolling={false}
              deleteKeyCode={null}
              selectionKeyCode={null}
              multiSelectionKeyCode={null}
              disableKeyboardA11y
              minZoom={0.05}
              maxZoom={1.4}
              proOptions={PRO_OPTIONS}
            />
            <Camera map={map} focus={focus} />
            {replay !== null && (
              <TokenLayer
                map={replay.map}
                trace={replay.trace}
                draws={props.draws}
                speed={props.speed}
                palette={props.palette}
              />
            )}
          </EdgeLabelLayer>
        </ReactFlowProvider>
      </div>
    </section>
  );
}

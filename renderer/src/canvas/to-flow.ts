// Pure conversion of a process map into React Flow nodes and edges, including edge routing.
import type { NodeChange } from '@xyflow/react';
import { MarkerType } from '@xyflow/react';
import type { Flow, ProcessMap, Step } from '../../../shared/model/schema';
import type { FlowEdge, Side, StepNode } from './flow-types';
import { sourceHandleId, targetHandleId } from './flow-types';
import { estimatedHandles, estimatedSize, stepHandles } from './node-geometry';

/** Steps closer than this (in map units) on an axis count as aligned on it. */
const ALIGN_TOLERANCE = 24;
/** Matches --fc-edge in canvas.css; markers need a colour value, not a CSS variable. */
const EDGE_COLOR = '#7b8797';

type Size = { width: number; height: number };
export type MeasuredSizes = ReadonlyMap<string, Size>;

/**
 * The nodes last handed out for each map id, by step id, and the array itself. A node holds
 * what React Flow places and labels a step by: its id, kind, position and name, and its
 * measured size. A step edited otherwise (its times, rates, roles, systems) keeps its node,
 * and when no node changed the very array comes back, so React Flow does no work at all: the
 * card re-renders by itself, reading its step from the store (use-card-state.ts). This is
 * what keeps an edit of one step to one card redrawn on a 1 000-step map (STYLE.md, practice
 * 17). Only the last state per map id is kept.
 */
const lastNodes = new Map<
  string,
  { readonly byId: ReadonlyMap<string, StepNode>; readonly array: StepNode[] }
>();

/** Whether `node` still draws `step` as React Flow sees it (see `lastNodes`). */
const sameFrame = (node: StepNode, step: Step, measured: Size | undefined): boolean =>
  node.measured === measured &&
  node.type === step.kind &&
  node.ariaLabel === step.name &&
  node.position.x === step.position.x &&
  node.position.y === step.position.y;

/**
 * One node per step; a step's position is the centre of its shape (see MapCanvas). Sizes
 * measured by React Flow are carried over so nodes are not measured again on every update.
 * Every node also carries an estimated size and its connection points (node-geometry.ts), so
 * React Flow can place, cull and connect a step it has not drawn. A node's `data.step` is
 * current in its id, kind, name and position; the rest of it may be an earlier state's.
 * Equal to building every node afresh in all React Flow reads (to-flow.test.ts).
 */
export function toNodes(map: ProcessMap, sizes: MeasuredSizes): StepNode[] {
  const last = lastNodes.get(map.id);
  const byId = new Map<string, StepNode>();
  const nodes = map.steps.map((step): StepNode => {
    const measured = sizes.get(step.id);
    const known = last?.byId.get(step.id);
    const node =
      known !== undefined && sameFrame(known, step, measured) ? known : buildNode(step, measured);
    byId.set(step.id, node);
    return node;
  });
  const array = keepIfSame(last?.array ?? [], nodes);
  lastNodes.set(map.id, { byId, array });
  return array;
}

function buildNode(step: Step, measured: Size | undefined): StepNode {
  const initial = estimatedSize(step.kind);
  return {
    id: step.id,
    type: step.kind,
    position: { x: step.position.x, y: step.position.y },
    data: { step },
    ariaLabel: step.name,
    measured,
    initialWidth: initial.width,
    initialHeight: initial.height,
    handles:
      measured === undefined ? estimatedHandles(step.kind) : stepHandles(step.kind, measured),
  };
}

/** The sizes with any new measurements applied; the same object when nothing changed. */
export function withMeasuredSizes(
  sizes: MeasuredSizes,
  changes: ReadonlyArray<NodeChange>,
): MeasuredSizes {
  let next: Map<string, { width: number; height: number }> | null = null;
  for (const change of changes) {
    if (change.type !== 'dimensions' || !change.dimensions) continue;
    const known = (next ?? sizes).get(change.id);
    const { width, height } = change.dimensions;
    if (known && known.width === width && known.height === height) continue;
    next ??= new Map(sizes);
    next.set(change.id, { width, height });
  }
  return next ?? sizes;
}

/** Marks the selected nodes, copying only the nodes whose selection changed. */
export function withSelection(nodes: StepNode[], selectedStepIds: readonly string[]): StepNode[] {
  const chosen = new Set(selectedStepIds);
  return nodes.map((node) => {
    const selected = chosen.has(node.id);
    return (node.selected ?? false) === selected ? node : { ...node, selected };
  });
}

/** Nodes at their positions of a drag in progress, copying only the nodes being dragged. */
export function withDragPositions(
  nodes: StepNode[],
  dragging: ReadonlyMap<string, { x: number; y: number }>,
): StepNode[] {
  if (dragging.size === 0) return nodes;
  return nodes.map((node) => {
    const at = dragging.get(node.id);
    return at === undefined ? node : { ...node, position: at, dragging: true };
  });
}

/** What of a step its flows' edges are drawn from: a step edited otherwise keeps its flows. */
interface EdgeEnd {
  readonly x: number;
  readonly y: number;
  readonly name: string;
  readonly kind: Step['kind'];
}

const sameEnd = (end: EdgeEnd, step: Step): boolean =>
  end.x === step.position.x &&
  end.y === step.position.y &&
  end.name === step.name &&
  end.kind === step.kind;

/** Edges already built, by flow, with what each was built from (see `nodeByStep`). */
const edgeByFlow = new WeakMap<
  Flow,
  {
    readonly from: EdgeEnd;
    readonly to: EdgeEnd;
    readonly selected: boolean;
    readonly edge: FlowEdge;
  }
>();

/** The last edges array handed out for each map id (see `keepIfSame`). */
const lastEdges = new Map<string, FlowEdge[]>();

/**
 * One edge per flow between two steps of the map. A flow whose object, selection, and end
 * steps' place, name and kind are unchanged gets back the edge object it had, so React Flow
 * skips it: changing a step's times or rates leaves every edge as it was, and the array too.
 */
export function toEdges(map: ProcessMap, selectedFlowIds: readonly string[] = []): FlowEdge[] {
  const chosen = new Set(selectedFlowIds);
  const byId = new Map<string, Step>(map.steps.map((s) => [s.id, s]));
  const edges: FlowEdge[] = [];
  for (const flow of map.flows) {
    const from = byId.get(flow.from);
    const to = byId.get(flow.to);
    if (!from || !to) continue;
    const selected = chosen.has(flow.id);
    const known = edgeByFlow.get(flow);
    if (
      known !== undefined &&
      sameEnd(known.from, from) &&
      sameEnd(known.to, to) &&
      known.selected === selected
    ) {
      edges.push(known.edge);
      continue;
    }
    const edge = toEdge(flow, from, to, selected);
    edgeByFlow.set(flow, { from: endOf(from), to: endOf(to), selected, edge });
    edges.push(edge);
  }
  const kept = keepIfSame(lastEdges.get(map.id) ?? [], edges);
  lastEdges.set(map.id, kept);
  return kept;
}

const endOf = (step: Step): EdgeEnd => ({
  x: step.position.x,
  y: step.position.y,
  name: step.name,
  kind: step.kind,
});

/**
 * `previous` when `next` holds the same objects in the same order, else `next`: React Flow
 * rebuilds its lookup of every connection when it is handed a new edges array, even an equal one.
 */
export function keepIfSame<T>(previous: readonly T[], next: T[]): T[] {
  if (previous.length !== next.length) return next;
  for (let i = 0; i < next.length; i++) if (previous[i] !== next[i]) return next;
  return previous as T[];
}

function toEdge(flow: Flow, from: Step, to: Step, selected: boolean): FlowEdge {
  const [sourceSide, targetSide] = routeSides(from, to);
  return {
    id: flow.id,
    type: 'flow',
    source: from.id,
    target: to.id,
    sourceHandle: sourceHandleId(sourceSide),
    targetHandle: targetHandleId(targetSide),
    selected,
    ariaLabel: `Flow from ${from.name} to ${to.name}`,
    markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18, color: EDGE_COLOR },
    data: {
      probability: from.kind === 'decision' ? flow.probability : null,
      label: flowLabel(flow),
      labelAt: from.kind === 'decision' ? 'branch' : 'middle',
      sourceSide,
    },
  };
}

function flowLabel(flow: Flow): string {
  return flow.label.trim();
}

/**
 * Which sides a flow leaves and enters by, from the steps' centres. Forward flows run left to
 * right; branches leave splits by the top or bottom; merges enter joins from above or below;
 * backward flows (rework loops) leave by the left and enter from below or above, or run under
 * the row when both steps sit on it.
 */
export function routeSides(from: Step, to: Step): [Side, Side] {
  const dx = to.position.x - from.position.x;
  const dy = to.position.y - from.position.y;
  const sameRow = Math.abs(dy) <= ALIGN_TOLERANCE;
  const sameColumn = Math.abs(dx) <= ALIGN_TOLERANCE;
  const down = dy > 0;

  if (sameColumn && !sameRow) return down ? ['bottom', 'top'] : ['top', 'bottom'];
  if (dx > 0) {
    if (sameRow) return ['right', 'left'];
    if (isSplit(from)) return [down ? 'bottom' : 'top', 'left'];
    if (isJoin(to)) return ['right', down ? 'top' : 'bottom'];
    return ['right', 'left'];
  }
  if (sameRow) return ['bottom', 'bottom'];
  return ['left', down ? 'top' : 'bottom'];
}

function isSplit(step: Step): boolean {
  return step.kind === 'decision' || step.kind === 'parallel-split';
}

function isJoin(step: Step): boolean {
  return step.kind === 'parallel-join';
}

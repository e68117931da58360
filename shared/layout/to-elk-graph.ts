/**
 * A process map as an ELK graph for a left-to-right layout (`elk.algorithm: layered`).
 *
 * Promises: one ELK node per step (its id is the step id) sized by `stepSize`, with one port
 * in the middle of its left side where every flow enters and one in the middle of its right
 * side where every flow leaves (without them ELK spreads the ends of a step's flows along its
 * side and aligns those, so a straight run of steps comes out wavy); the names
 * that the canvas draws outside the shape (under a start or end, above-left of a decision or
 * a parallel bar) given to ELK as outside labels of an estimated size, so the layout keeps
 * them clear too; one edge per flow between two existing, different steps. Flows and steps
 * keep the map's order, which ELK uses to break ties, so the same map gives the same graph and
 * the same layout. Rework loops are broken depth-first from the start, so the flow forward
 * runs left to right and only the flows going back point left.
 *
 * Lanes: with `laneByRole` the ELK graph is the same; the lanes are applied afterwards by
 * `fromElkResult` (see `lane-rows.ts` for why ELK cannot do it itself), so pass it the same
 * options.
 */
import type { ProcessMap, Step } from '../model/schema';
import { assertNever } from '../util/assert-never';
import type {
  ElkEdgeInput,
  ElkGraphInput,
  ElkLabelInput,
  ElkNodeInput,
  ElkOptions,
  ElkPortInput,
} from './elk-graph';
import { uniqueSteps } from './lanes';
import type { StepSizes } from './step-sizes';
import { stepSize } from './step-sizes';

export interface MapLayoutOptions {
  /** Put the steps of each role in a horizontal lane of their own (see `lanes.ts`). */
  laneByRole: boolean;
  /** Sizes of the drawn steps, by step id, in canvas pixels; others take their kind's default. */
  sizes?: StepSizes;
}

/** Gap between the columns of steps, in canvas pixels: room for a flow and its label. */
export const COLUMN_GAP = 64;
/** Gap between steps in one column, in canvas pixels. */
export const ROW_GAP = 40;

/** The layout options of the whole graph; see the ELK reference for each id. */
export const ELK_LAYOUT_OPTIONS: Readonly<ElkOptions> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.cycleBreaking.strategy': 'DEPTH_FIRST',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.spacing.nodeNodeBetweenLayers': String(COLUMN_GAP),
  'elk.spacing.nodeNode': String(ROW_GAP),
  'elk.spacing.edgeNode': '20',
  'elk.layered.spacing.edgeNodeBetweenLayers': '20',
  'elk.spacing.labelNode': '6',
  'elk.spacing.componentComponent': String(ROW_GAP * 2),
};

/** The map as an ELK graph; see the module comment for what it promises. */
export function toElkGraph(map: ProcessMap, options: MapLayoutOptions): ElkGraphInput {
  const steps = uniqueSteps(map);
  const ids = new Set(steps.map((s) => s.id));
  const edges: ElkEdgeInput[] = [];
  map.flows.forEach((flow, index) => {
    if (flow.from === flow.to || !ids.has(flow.from) || !ids.has(flow.to)) return;
    edges.push({ id: `flow:${index}`, sources: [outPort(flow.from)], targets: [inPort(flow.to)] });
  });
  return {
    id: `map:${map.id}`,
    layoutOptions: { ...ELK_LAYOUT_OPTIONS },
    children: steps.map((step) => toElkNode(step, options)),
    edges,
  };
}

function toElkNode(step: Step, options: MapLayoutOptions): ElkNodeInput {
  const { width, height } = stepSize(step, options.sizes);
  const node: ElkNodeInput = {
    id: step.id,
    width,
    height,
    ports: [
      port(inPort(step.id), 0, height / 2, 'WEST'),
      port(outPort(step.id), width, height / 2, 'EAST'),
    ],
    layoutOptions: { 'elk.portConstraints': 'FIXED_POS' },
  };
  const outside = outsideLabel(step);
  if (outside) {
    node.labels = [estimateLabel(step.name, outside.maxWidth)];
    node.layoutOptions['elk.nodeLabels.placement'] = outside.placement;
  }
  return node;
}

// Step ids cannot hold ':' (IdSchema), so port ids never clash with a step's id.
const inPort = (stepId: string): string => `${stepId}:in`;
const outPort = (stepId: string): string => `${stepId}:out`;

function port(id: string, x: number, y: number, side: 'WEST' | 'EAST'): ElkPortInput {
  return { id, x, y, width: 0, height: 0, layoutOptions: { 'elk.port.side': side } };
}

/** Where the canvas draws a step's name outside its shape (canvas.css), if it does. */
function outsideLabel(step: Step): { placement: string; maxWidth: number } | null {
  switch (step.kind) {
    case 'start':
    case 'end':
      return { placement: 'OUTSIDE V_BOTTOM H_CENTER', maxWidth: 130 };
    case 'decision':
    case 'parallel-split':
    case 'parallel-join':
      // Drawn above the shape and to the left of its centre; ELK's nearest placement is above,
      // right-aligned, which reserves room above and to the left of the shape.
      return { placement: 'OUTSIDE V_TOP H_RIGHT', maxWidth: 112 };
    case 'task':
    case 'ai':
      return null;
    default:
      return assertNever(step);
  }
}

/** Average width of a character of the canvas's 12 px label font, in pixels. */
const CHARACTER_WIDTH = 6.6;
/** Line height of that font (1.3 x 12 px), rounded up. */
const LINE_HEIGHT = 16;

/** A rough size for a wrapped label: enough to keep it clear, not a measurement. */
export function estimateLabel(text: string, maxWidth: number): ElkLabelInput {
  const natural = Math.max(1, [...text].length) * CHARACTER_WIDTH;
  const lines = Math.ceil(natural / maxWidth);
  return { text, width: Math.ceil(Math.min(natural, maxWidth)), height: lines * LINE_HEIGHT };
}

/**
 * A process map as an ELK graph for a left-to-right layout (`elk.algorithm: layered`).
 *
 * Promises, each for a reason seen on the samples in the canvas:
 * - One ELK node per step (its id is the step id), sized by `stepSize`, with one port in the
 *   middle of its left side where every flow enters and one in the middle of its right side
 *   where every flow leaves. Without them ELK spreads a step's flows along its side and aligns
 *   those ends, so a straight run of steps comes out wavy by 10-30 px.
 * - The names the canvas draws outside a shape (under a start or end, above-left of a decision
 *   or parallel bar) go to ELK as outside labels of an estimated size, so they stay clear.
 * - Where a step's flows carry a label (a decision's branches always show their share), an
 *   outside label on its right reserves what the widest needs beyond the usual column gap,
 *   so a branch drawn straight across the gap has room for its label.
 * - One edge per flow between two existing, different steps. Rework loops are broken
 *   depth-first from the start, so every flow but a loop's way back runs left to right.
 * - Steps keep the map's order, which ELK uses to break ties (so the same map gives the same
 *   layout), except that the steps a loop's way back leaves from come last: ELK then puts
 *   them below the main path, where the canvas draws a way back (under the row) without
 *   crossing other steps.
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
import { loopBackFlowIds } from './loops';
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
/** Gap between a step and a name drawn outside it, in canvas pixels. */
const LABEL_NODE_SPACING = 6;

/** The layout options of the whole graph; see the ELK reference for each id. */
export const ELK_LAYOUT_OPTIONS: Readonly<ElkOptions> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.cycleBreaking.strategy': 'DEPTH_FIRST',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.spacing.nodeNodeBetweenLayers': String(COLUMN_GAP),
  'elk.spacing.nodeNode': String(ROW_GAP),
  // A flow passing a step keeps room for its label, drawn just above the line.
  'elk.spacing.edgeNode': '30',
  'elk.layered.spacing.edgeNodeBetweenLayers': '20',
  'elk.spacing.labelNode': String(LABEL_NODE_SPACING),
  'elk.spacing.componentComponent': String(ROW_GAP * 2),
};

/** The map as an ELK graph; see the module comment for what it promises. */
export function toElkGraph(map: ProcessMap, options: MapLayoutOptions): ElkGraphInput {
  const steps = uniqueSteps(map);
  const ids = new Set(steps.map((s) => s.id));
  const widestFlowLabels = flowLabelsToMakeRoomFor(map, steps);
  const edges: ElkEdgeInput[] = [];
  map.flows.forEach((flow, index) => {
    if (flow.from === flow.to || !ids.has(flow.from) || !ids.has(flow.to)) return;
    edges.push({ id: `flow:${index}`, sources: [outPort(flow.from)], targets: [inPort(flow.to)] });
  });
  return {
    id: `map:${map.id}`,
    layoutOptions: { ...ELK_LAYOUT_OPTIONS },
    children: loopSourcesLast(map, steps).map((step) =>
      toElkNode(step, options, widestFlowLabels.get(step.id)),
    ),
    edges,
  };
}

/** The steps in the map's order, the ones a loop's way back leaves from moved to the end. */
function loopSourcesLast(map: ProcessMap, steps: readonly Step[]): Step[] {
  const back = loopBackFlowIds(map);
  const sources = new Set(map.flows.filter((f) => back.has(f.id)).map((f) => f.from));
  return [
    ...steps.filter((step) => !sources.has(step.id)),
    ...steps.filter((step) => sources.has(step.id)),
  ];
}

function toElkNode(
  step: Step,
  options: MapLayoutOptions,
  widestFlowLabel: ElkLabelInput | undefined,
): ElkNodeInput {
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
  const labels: ElkLabelInput[] = [];
  const outside = outsideLabel(step);
  if (outside) {
    labels.push(estimateLabel(step.name, outside.maxWidth));
    node.layoutOptions['elk.nodeLabels.placement'] = outside.placement;
  }
  const room = widestFlowLabel
    ? widestFlowLabel.width + 2 * FLOW_LABEL_CLEARANCE - COLUMN_GAP - LABEL_NODE_SPACING
    : 0;
  if (widestFlowLabel && room > 0) {
    // ELK skips labels without text, so this one carries the flow label's text.
    labels.push({
      ...widestFlowLabel,
      width: room,
      layoutOptions: { 'elk.nodeLabels.placement': 'OUTSIDE V_CENTER H_RIGHT' },
    });
  }
  if (labels.length > 0) node.labels = labels;
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

/** Height of a flow's label on the canvas (`.fc-edge-label`: 16 px line, 1 px border). */
const FLOW_LABEL_HEIGHT = 18;
/** Room to keep on each side of a flow's label (exported for tests), so it clears the shapes and the arrow head. */
export const FLOW_LABEL_CLEARANCE = 12;
/** Average width of a character of the canvas's 11 px bold flow-label font, in pixels. */
const FLOW_LABEL_CHARACTER_WIDTH = 6.4;
/** The flow label's padding and border, left and right together, in pixels. */
const FLOW_LABEL_PADDING = 14;

/**
 * The widest label on each step's outgoing flows, by step id, with its estimated size. The
 * canvas writes a flow's label and, leaving a decision, its share ("Paper · 18 %"); the share
 * is estimated from the probability here (`renderer/src/format` writes it for people).
 */
function flowLabelsToMakeRoomFor(
  map: ProcessMap,
  steps: readonly Step[],
): Map<string, ElkLabelInput> {
  const kindOf = new Map(steps.map((s) => [s.id, s.kind]));
  const widest = new Map<string, ElkLabelInput>();
  for (const flow of map.flows) {
    const share =
      kindOf.get(flow.from) === 'decision' && flow.probability !== null
        ? `${Math.round(flow.probability * 1000) / 10} %`
        : '';
    const text = [flow.label.trim(), share].filter((part) => part !== '').join(' · ');
    if (text === '') continue;
    const label = estimateFlowLabel(text);
    if (label.width > (widest.get(flow.from)?.width ?? 0)) widest.set(flow.from, label);
  }
  return widest;
}

/** A rough size for a flow's label pill on the canvas. */
export function estimateFlowLabel(text: string): ElkLabelInput {
  const width = Math.ceil([...text].length * FLOW_LABEL_CHARACTER_WIDTH + FLOW_LABEL_PADDING);
  return { text, width, height: FLOW_LABEL_HEIGHT };
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

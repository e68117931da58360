// The whole map as one picture for a 2D canvas, for while the camera moves zoomed far out
// (FarMoveLayer.tsx). A thousand steps and their flows as DOM and SVG cost most of each pan
// frame to paint; here they are a handful of paths, built when the map changes and only
// stroked and filled, under a new transform, on each frame. The picture matches the far view
// of the steps (nodes/FarStepNode.tsx, canvas.css) and the flows' orthogonal routes
// (edges/FlowEdge.tsx), so swapping one for the other while the camera moves is not seen.
import { getSmoothStepPath, Position } from '@xyflow/react';
import type { StepKind } from '../../../shared/model/schema';
import { assertNever } from '../../../shared/util/assert-never';
import type { Side } from './flow-types';

/** A step's box on the map (top-left corner and size, map units) and how it is marked. */
export interface SceneStep {
  readonly kind: StepKind;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly selected: boolean;
  readonly problem: boolean;
}

/** A flow from a side of one step's box to a side of another's. */
export interface SceneFlow {
  readonly from: SceneStep;
  readonly fromSide: Side;
  readonly to: SceneStep;
  readonly toSide: Side;
  readonly selected: boolean;
}

/** Colours, from the app's CSS custom properties (see `readPalette`). */
export interface Palette {
  readonly edge: string;
  readonly focus: string;
  readonly border: string;
  readonly human: string;
  readonly ai: string;
  readonly aiBg: string;
  readonly aiBorder: string;
  readonly decision: string;
  readonly decisionBg: string;
  readonly start: string;
  readonly startBg: string;
  readonly end: string;
  readonly parallel: string;
  readonly warnBg: string;
}

/** One path drawn with one style. */
interface Layer {
  readonly path: Path2D;
  readonly fill: string | null;
  readonly stroke: string | null;
  /** Map units, as the DOM's border and stroke widths are. */
  readonly lineWidth: number;
}

export interface FarScene {
  readonly layers: readonly Layer[];
}

/** As canvas.css draws them: a flow's stroke, a card's border and accent, the marks. */
const EDGE_WIDTH = 1.5;
const SELECTED_EDGE_WIDTH = 2.25;
const CARD_RADIUS = 8;
const ACCENT = 4;
const SELECTION_WIDTH = 3;
const MARKER_RADIUS = 9;
const DIAMOND = 32;
const BAR = 8;

const POSITION: Record<Side, Position> = {
  top: Position.Top,
  right: Position.Right,
  bottom: Position.Bottom,
  left: Position.Left,
};

function sidePoint(step: SceneStep, side: Side): { x: number; y: number } {
  switch (side) {
    case 'top':
      return { x: step.x + step.width / 2, y: step.y };
    case 'right':
      return { x: step.x + step.width, y: step.y + step.height / 2 };
    case 'bottom':
      return { x: step.x + step.width / 2, y: step.y + step.height };
    case 'left':
      return { x: step.x, y: step.y + step.height / 2 };
    default:
      return assertNever(side);
  }
}

/** The route FlowEdge draws for `flow`, as SVG path data. */
export function flowRoute(flow: SceneFlow): string {
  const source = sidePoint(flow.from, flow.fromSide);
  const target = sidePoint(flow.to, flow.toSide);
  const [path] = getSmoothStepPath({
    sourceX: source.x,
    sourceY: source.y,
    targetX: target.x,
    targetY: target.y,
    sourcePosition: POSITION[flow.fromSide],
    targetPosition: POSITION[flow.toSide],
    borderRadius: 10,
    offset: 24,
  });
  return path;
}

function addShape(path: Path2D, step: SceneStep, inset = 0): void {
  const { x, y, width, height } = step;
  switch (step.kind) {
    case 'task':
    case 'ai':
      path.roundRect(x + inset, y + inset, width - 2 * inset, height - 2 * inset, CARD_RADIUS);
      return;
    case 'start':
    case 'end': {
      const r = Math.min(width, height) / 2 - inset;
      path.moveTo(x + width / 2 + r, y + height / 2);
      path.arc(x + width / 2, y + height / 2, r, 0, 2 * Math.PI);
      return;
    }
    case 'decision': {
      // The 32 px square turned 45°: its corners are half a diagonal from the centre.
      const half = (DIAMOND * Math.SQRT2) / 2 - inset;
      const cx = x + width / 2;
      const cy = y + height / 2;
      path.moveTo(cx, cy - half);
      path.lineTo(cx + half, cy);
      path.lineTo(cx, cy + half);
      path.lineTo(cx - half, cy);
      path.closePath();
      return;
    }
    case 'parallel-split':
    case 'parallel-join':
      path.roundRect(x + (width - BAR) / 2, y, BAR, height, 3);
      return;
    default:
      assertNever(step.kind);
  }
}

/** The paths of `steps` and `flows`, grouped by style, in the order they are painted. */
export function buildFarScene(
  steps: readonly SceneStep[],
  flows: readonly SceneFlow[],
  palette: Palette,
): FarScene {
  const edges = new Path2D();
  const selectedEdges = new Path2D();
  for (const flow of flows)
    (flow.selected ? selectedEdges : edges).addPath(new Path2D(flowRoute(flow)));

  const tasks = new Path2D();
  const taskAccents = new Path2D();
  const ais = new Path2D();
  const aiAccents = new Path2D();
  const starts = new Path2D();
  const ends = new Path2D();
  const decisions = new Path2D();
  const bars = new Path2D();
  const selected = new Path2D();
  const markers = new Path2D();
  for (const step of steps) {
    switch (step.kind) {
      case 'task':
        addShape(tasks, step, 0.5);
        taskAccents.roundRect(step.x, step.y, ACCENT, step.height, [
          CARD_RADIUS,
          0,
          0,
          CARD_RADIUS,
        ]);
        break;
      case 'ai':
        addShape(ais, step, 0.5);
        aiAccents.roundRect(step.x, step.y, ACCENT, step.height, [CARD_RADIUS, 0, 0, CARD_RADIUS]);
        break;
      case 'start':
        addShape(starts, step, 1);
        break;
      case 'end':
        addShape(ends, step, 2);
        break;
      case 'decision':
        addShape(decisions, step, 1);
        break;
      case 'parallel-split':
      case 'parallel-join':
        addShape(bars, step);
        break;
      default:
        assertNever(step.kind);
    }
    if (step.selected) selected.rect(step.x - 1.5, step.y - 1.5, step.width + 3, step.height + 3);
    if (step.problem) {
      markers.moveTo(step.x + step.width + MARKER_RADIUS, step.y);
      markers.arc(step.x + step.width, step.y, MARKER_RADIUS, 0, 2 * Math.PI);
    }
  }
  const p = palette;
  return {
    layers: [
      { path: edges, fill: null, stroke: p.edge, lineWidth: EDGE_WIDTH },
      { path: selectedEdges, fill: null, stroke: p.focus, lineWidth: SELECTED_EDGE_WIDTH },
      { path: tasks, fill: '#ffffff', stroke: p.border, lineWidth: 1 },
      { path: taskAccents, fill: p.human, stroke: null, lineWidth: 0 },
      { path: ais, fill: p.aiBg, stroke: p.aiBorder, lineWidth: 1 },
      { path: aiAccents, fill: p.ai, stroke: null, lineWidth: 0 },
      { path: starts, fill: p.startBg, stroke: p.start, lineWidth: 2 },
      { path: ends, fill: '#ffffff', stroke: p.end, lineWidth: 4 },
      { path: decisions, fill: p.decisionBg, stroke: p.decision, lineWidth: 2 },
      { path: bars, fill: p.parallel, stroke: null, lineWidth: 0 },
      { path: selected, fill: null, stroke: p.focus, lineWidth: SELECTION_WIDTH },
      { path: markers, fill: p.warnBg, stroke: '#f59e0b', lineWidth: 1 },
    ],
  };
}

/**
 * Paint `scene` seen through `viewport` (React Flow's: screen = map × zoom + x, y) on a canvas
 * of `width` × `height` CSS pixels at `ratio` device pixels each.
 */
export function paintFarScene(
  ctx: CanvasRenderingContext2D,
  scene: FarScene,
  viewport: { x: number; y: number; zoom: number },
  size: { width: number; height: number; ratio: number },
): void {
  const { width, height, ratio } = size;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  ctx.setTransform(
    ratio * viewport.zoom,
    0,
    0,
    ratio * viewport.zoom,
    ratio * viewport.x,
    ratio * viewport.y,
  );
  for (const layer of scene.layers) {
    if (layer.fill !== null) {
      ctx.fillStyle = layer.fill;
      ctx.fill(layer.path);
    }
    if (layer.stroke !== null && layer.lineWidth > 0) {
      ctx.strokeStyle = layer.stroke;
      ctx.lineWidth = layer.lineWidth;
      ctx.stroke(layer.path);
    }
  }
}

/** The scene's colours as the app's stylesheet defines them on `element`. */
export function readPalette(element: Element): Palette {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string): string =>
    style.getPropertyValue(name).trim() || fallback;
  return {
    edge: read('--fc-edge', '#7b8797'),
    focus: read('--fc-focus', '#2563eb'),
    border: read('--fc-border', '#d9dee6'),
    human: read('--fc-human', '#2563eb'),
    ai: read('--fc-ai', '#7c3aed'),
    aiBg: read('--fc-ai-bg', '#f4efff'),
    aiBorder: read('--fc-ai-border', '#c9b5f7'),
    decision: read('--fc-decision', '#d97706'),
    decisionBg: read('--fc-decision-bg', '#fff7e6'),
    start: read('--fc-start', '#16a34a'),
    startBg: read('--fc-start-bg', '#ecfdf3'),
    end: read('--fc-end', '#334155'),
    parallel: read('--fc-parallel', '#475569'),
    warnBg: read('--fc-warn-bg', '#fef3c7'),
  };
}

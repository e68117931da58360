/**
 * The geometry of a process map on paper, pure so it is tested without a browser: each
 * step's box from its canvas position (the centre) and the layout's room for its kind
 * (shared/layout), each flow's curve between the sides the canvas routes it by
 * (`routeSides`), and the cut of a wide map into bands that each fit the page's width at a
 * readable scale, cut only in the gaps between steps, never through one.
 *
 * Units: canvas pixels throughout; `scale` turns them into CSS pixels on the page.
 */
import type { Flow, ProcessMap, Step } from '../../../shared/model/schema';
import { DEFAULT_STEP_SIZES } from '../../../shared/layout';
import type { Side } from '../canvas/flow-types';
import { routeSides } from '../canvas/to-flow';

export interface Box {
  /** Left and top edges, canvas pixels. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface StepBox extends Box {
  readonly step: Step;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface EdgeShape {
  readonly flow: Flow;
  /** SVG path data of the curve, from the source's side to the target's. */
  readonly path: string;
  /** The arrow head's three corners, tip first. */
  readonly arrow: readonly [Point, Point, Point];
  /** Where the flow's label (probability, words) sits; null when it has none. */
  readonly labelAt: Point | null;
  readonly label: string;
  /** The curve's start, two control points and end (what `path` draws). */
  readonly curve: readonly [Point, Point, Point, Point];
}

export interface MapGeometry {
  readonly steps: readonly StepBox[];
  readonly edges: readonly EdgeShape[];
  /** Everything drawn, with room for labels and loops around it. */
  readonly bounds: Box;
}

/** Room kept around the map for loop curves and labels under the shapes, canvas pixels. */
export const MAP_MARGIN = 48;

const NORMAL: Readonly<Record<Side, Point>> = {
  top: { x: 0, y: -1 },
  right: { x: 1, y: 0 },
  bottom: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
};

export function stepBox(step: Step): StepBox {
  const { width, height } = DEFAULT_STEP_SIZES[step.kind];
  return { step, x: step.position.x - width / 2, y: step.position.y - height / 2, width, height };
}

/** The middle of a box's side. */
export function anchor(box: Box, side: Side): Point {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  switch (side) {
    case 'top':
      return { x: cx, y: box.y };
    case 'bottom':
      return { x: cx, y: box.y + box.height };
    case 'left':
      return { x: box.x, y: cy };
    case 'right':
      return { x: box.x + box.width, y: cy };
  }
}

const ARROW_LENGTH = 10;
const ARROW_HALF_WIDTH = 5;

/** The curve of one flow between two step boxes, leaving and entering by the canvas's sides. */
export function edgeShape(
  flow: Flow,
  from: StepBox,
  to: StepBox,
  probabilityWords: string,
): EdgeShape {
  const [fromSide, toSide] = routeSides(from.step, to.step);
  const start = anchor(from, fromSide);
  const tip = anchor(to, toSide);
  const n1 = NORMAL[fromSide];
  const n2 = NORMAL[toSide];
  // The line ends at the arrow's base so its stroke does not blunt the tip.
  const end = { x: tip.x + n2.x * ARROW_LENGTH, y: tip.y + n2.y * ARROW_LENGTH };
  const reach = Math.max(36, 0.35 * Math.hypot(end.x - start.x, end.y - start.y));
  const c1 = { x: start.x + n1.x * reach, y: start.y + n1.y * reach };
  const c2 = { x: end.x + n2.x * reach, y: end.y + n2.y * reach };
  const path = `M${r(start.x)} ${r(start.y)} C${r(c1.x)} ${r(c1.y)} ${r(c2.x)} ${r(c2.y)} ${r(end.x)} ${r(end.y)}`;
  const across = { x: -n2.y, y: n2.x };
  const arrow: [Point, Point, Point] = [
    tip,
    { x: end.x + across.x * ARROW_HALF_WIDTH, y: end.y + across.y * ARROW_HALF_WIDTH },
    { x: end.x - across.x * ARROW_HALF_WIDTH, y: end.y - across.y * ARROW_HALF_WIDTH },
  ];
  const words = [probabilityWords, flow.label.trim()].filter((w) => w !== '').join(' · ');
  const branch = from.step.kind === 'decision';
  return {
    flow,
    path,
    arrow,
    labelAt: words === '' ? null : bezierPoint(start, c1, c2, end, branch ? 0.62 : 0.5),
    label: words,
    curve: [start, c1, c2, end],
  };
}

/** A point of the cubic Bézier curve at `t` (0..1). */
export function bezierPoint(p0: Point, p1: Point, p2: Point, p3: Point, t: number): Point {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return {
    x: a * p0.x + b * p1.x + c * p2.x + d * p3.x,
    y: a * p0.y + b * p1.y + c * p2.y + d * p3.y,
  };
}

const r = (v: number): string => String(Math.round(v * 10) / 10);

/**
 * Every step's box and every flow's curve. Flows whose ends are missing are left out (a map
 * being drawn); `probabilityWords` says a decision flow's share in words.
 */
export function mapGeometry(
  map: ProcessMap,
  probabilityWords: (probability: number) => string,
): MapGeometry {
  const steps = map.steps.map(stepBox);
  const byId = new Map(steps.map((b) => [b.step.id, b]));
  const edges = map.flows.flatMap((flow) => {
    const from = byId.get(flow.from);
    const to = byId.get(flow.to);
    if (from === undefined || to === undefined) return [];
    const words =
      from.step.kind === 'decision' && flow.probability !== null
        ? probabilityWords(flow.probability)
        : '';
    return [edgeShape(flow, from, to, words)];
  });
  return { steps, edges, bounds: boundsOf(steps) };
}

/** The boxes' bounds with `MAP_MARGIN` around them; an empty map is a small empty box. */
export function boundsOf(boxes: readonly Box[]): Box {
  if (boxes.length === 0) return { x: 0, y: 0, width: 2 * MAP_MARGIN, height: 2 * MAP_MARGIN };
  const left = Math.min(...boxes.map((b) => b.x)) - MAP_MARGIN;
  const top = Math.min(...boxes.map((b) => b.y)) - MAP_MARGIN;
  const right = Math.max(...boxes.map((b) => b.x + b.width)) + MAP_MARGIN;
  const bottom = Math.max(...boxes.map((b) => b.y + b.height)) + MAP_MARGIN;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** A band of the map: the canvas x range it shows. */
export interface Band {
  readonly from: number;
  readonly to: number;
}

export interface MapPlan {
  /** CSS pixels per canvas pixel. */
  readonly scale: number;
  /** Left to right; one band when the map fits the page's width. */
  readonly bands: readonly Band[];
}

/** Smallest scale at which a step's words stay readable on paper (about 7 pt). */
export const MIN_SCALE = 0.64;
/** Largest scale: a small map is not blown up past its words' size on the canvas. */
export const MAX_SCALE = 0.8;

/**
 * How to put the map on paper `pageWidth` CSS pixels wide: the whole map at one scale when
 * that scale is at least `minScale`, else bands at `minScale`, each as wide as the page, cut
 * in the gaps between steps (a step wider than a band gets a band of its own, never cut).
 */
export function planMap(
  bounds: Box,
  boxes: readonly Box[],
  pageWidth: number,
  minScale = MIN_SCALE,
  maxScale = MAX_SCALE,
): MapPlan {
  const fit = pageWidth / bounds.width;
  if (fit >= minScale)
    return {
      scale: Math.min(maxScale, fit),
      bands: [{ from: bounds.x, to: bounds.x + bounds.width }],
    };
  return { scale: minScale, bands: cutBands(bounds, boxes, pageWidth / minScale) };
}

/** Greedy cut of `bounds` into bands at most `width` wide, in gaps between the boxes. */
export function cutBands(bounds: Box, boxes: readonly Box[], width: number): Band[] {
  const sorted = [...boxes].sort((a, b) => a.x - b.x);
  const bands: Band[] = [];
  const end = bounds.x + bounds.width;
  let from = bounds.x;
  let reach = from; // right edge of the boxes put in the current band so far
  for (const box of sorted) {
    const right = box.x + box.width;
    if (right + MAP_MARGIN / 2 - from <= width || reach <= from) {
      reach = Math.max(reach, right);
      continue;
    }
    // Cut in the middle of the gap before this box (or at its edge when boxes overlap).
    const cut = reach < box.x ? (reach + box.x) / 2 : box.x - 1;
    bands.push({ from, to: cut });
    from = cut;
    reach = right;
  }
  bands.push({ from, to: Math.max(end, reach + MAP_MARGIN / 2) });
  return bands;
}

/**
 * Canvas pixels a step's drawing may reach past its box: the name under a start, end,
 * decision or parallel step (two lines of at most 20 characters of 13.5 px text, centred, about
 * 80 px each side of the centre) and a change badge (6 px past the right edge).
 */
export const STEP_REACH = 120;
/** Canvas pixels a flow's stroke and arrow head may reach past its curve's control points. */
const FLOW_REACH = 8;

/**
 * The steps and flows of `geometry` that can show in `band`, in their order: each band's
 * picture holds only these. What a band leaves out lies wholly outside its view, which hides
 * it anyway; drawing it would make a 2 000-step map cut into hundreds of bands draw every step
 * in every band. A flow is kept by its curve's control points, which bound the curve.
 */
export function inBand(
  geometry: MapGeometry,
  band: Band,
): { steps: readonly StepBox[]; edges: readonly EdgeShape[] } {
  const reaches = (left: number, right: number): boolean => right >= band.from && left <= band.to;
  const steps = geometry.steps.filter((box) =>
    reaches(box.x - STEP_REACH, box.x + box.width + STEP_REACH),
  );
  const edges = geometry.edges.filter((edge) => {
    const xs = [...edge.curve, ...edge.arrow].map((point) => point.x);
    return reaches(Math.min(...xs) - FLOW_REACH, Math.max(...xs) + FLOW_REACH);
  });
  return { steps, edges };
}

/** Where a flow leaves its band through a cut, and the step on the other side. */
export interface CutCrossing {
  readonly flowId: string;
  /** The cut's x (the band's `from` or `to`) and the height the curve crosses it at. */
  readonly at: Point;
  /** 'out': the flow leaves this band at its right cut; 'in': it enters at its left cut. */
  readonly way: 'out' | 'in';
  /** The step at the flow's other end, in another band. */
  readonly stepId: string;
  /** The flow's own words (its share, its label), to repeat at the cut. */
  readonly label: string;
}

/** Canvas pixels per character of a flow label, roughly (12 px Inter). */
const FLOW_LABEL_CHAR = 7;

/** Whether a flow's label is drawn whole inside `band` (else the cut says it). */
export function labelFits(edge: EdgeShape, band: Band): boolean {
  const at = edge.labelAt;
  return at !== null && at.x >= band.from && at.x + edge.label.length * FLOW_LABEL_CHAR <= band.to;
}

/** Where the curve first crosses the vertical line `x`, or null when it does not. */
export function crossingAt(curve: readonly [Point, Point, Point, Point], x: number): Point | null {
  const [p0, p1, p2, p3] = curve;
  const STEPS = 64;
  let previous = p0;
  for (let i = 1; i <= STEPS; i++) {
    const point = bezierPoint(p0, p1, p2, p3, i / STEPS);
    if ((previous.x - x) * (point.x - x) <= 0 && previous.x !== point.x) {
      const share = (x - previous.x) / (point.x - previous.x);
      return { x, y: previous.y + share * (point.y - previous.y) };
    }
    previous = point;
  }
  return null;
}

/**
 * The flows of `geometry` that cross a cut of `band` (its left edge unless it is the first
 * band, its right edge unless it is the last), so the reader can tell where each goes:
 * a flow between two steps of other bands passing through is not listed.
 */
export function cutCrossings(
  geometry: MapGeometry,
  band: Band,
  cuts: { readonly left: boolean; readonly right: boolean },
): CutCrossing[] {
  const inside = (x: number): boolean => x >= band.from && x < band.to;
  const centre = new Map(geometry.steps.map((b) => [b.step.id, b.x + b.width / 2]));
  return geometry.edges.flatMap((edge): CutCrossing[] => {
    const from = centre.get(edge.flow.from);
    const to = centre.get(edge.flow.to);
    if (from === undefined || to === undefined || inside(from) === inside(to)) return [];
    const leaving = inside(from);
    const cutX = (leaving ? to : from) >= band.to ? band.to : band.from;
    if (cutX === band.to ? !cuts.right : !cuts.left) return [];
    const at = crossingAt(edge.curve, cutX);
    if (at === null) return [];
    return [
      {
        flowId: edge.flow.id,
        at,
        way: cutX === band.to ? 'out' : 'in',
        stepId: leaving ? edge.flow.to : edge.flow.from,
        label: edge.label,
      },
    ];
  });
}

/**
 * `text` in lines of at most `maxChars` characters, broken between words, at most
 * `maxLines` lines; what does not fit ends the last line with an ellipsis. A word longer
 * than a line is cut.
 */
export function wrapWords(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    if (word === '') continue;
    const w = word.length > maxChars ? `${word.slice(0, maxChars - 1)}…` : word;
    const next = line === '' ? w : `${line} ${w}`;
    if (next.length <= maxChars) {
      line = next;
      continue;
    }
    lines.push(line);
    line = w;
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = last.length + 1 > maxChars ? `${last.slice(0, maxChars - 1)}…` : `${last}…`;
  return kept;
}

/**
 * Geometry for the selection toolbar: align, distribute and snap to the grid. Owns only
 * arithmetic on positions: a step's `position` is the centre of its shape (schema.ts), so
 * edges are found from the centre and the shape's size. Every function returns new points
 * and never changes its input; positions stay within the file format's ±1e6.
 */

/** A point on the canvas, in canvas pixels. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** The drawn size of a step's shape, in canvas pixels. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/** What arranging needs of a step: its id and the centre of its shape. */
export interface Placed {
  readonly id: string;
  readonly position: Point;
}

export type AlignEdge = 'left' | 'centre' | 'right' | 'top' | 'middle' | 'bottom';
export type DistributeAxis = 'horizontal' | 'vertical';

/** Size assumed for a step whose drawn size is not known (a task's box). */
export const DEFAULT_STEP_SIZE: Size = { width: 160, height: 70 };

/** Farthest a position may lie from the origin on either axis (the file format's bound). */
export const MAX_COORDINATE = 1e6;

/** `v` kept within the file format's ±1e6, in canvas pixels. */
export const clampCoordinate = (v: number): number =>
  Math.min(MAX_COORDINATE, Math.max(-MAX_COORDINATE, v));

/** Whether `a` and `b` differ by more than rounding noise in a sum of a few coordinates. */
const moved = (a: number, b: number): boolean =>
  Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Along one axis: a step's centre and extent. */
interface Span {
  readonly id: string;
  readonly centre: number;
  readonly extent: number;
  readonly position: Point;
}

function spans(
  steps: readonly Placed[],
  axis: 'x' | 'y',
  sizes: ReadonlyMap<string, Size> | undefined,
): Span[] {
  return steps.map((s) => {
    const size = sizes?.get(s.id) ?? DEFAULT_STEP_SIZE;
    return {
      id: s.id,
      centre: s.position[axis],
      extent: axis === 'x' ? size.width : size.height,
      position: s.position,
    };
  });
}

/** Each step's new centre on `axis` (`centreOf`), kept only where it differs from the old. */
function changedOnly(
  placed: readonly Span[],
  axis: 'x' | 'y',
  centreOf: (s: Span, index: number) => number,
): Map<string, Point> {
  const result = new Map<string, Point>();
  placed.forEach((s, i) => {
    const centre = clampCoordinate(centreOf(s, i));
    if (moved(centre, s.centre)) result.set(s.id, { ...s.position, [axis]: centre });
  });
  return result;
}

/**
 * New centres that line the steps up on one edge of the selection's bounding box: `left`,
 * `centre` and `right` move steps horizontally, `top`, `middle` and `bottom` vertically.
 * `sizes` gives each step's drawn size; a step not in it counts as `DEFAULT_STEP_SIZE`.
 *
 * @returns only the steps whose position changes, by id, with their whole new position.
 */
export function alignSteps(
  steps: readonly Placed[],
  edge: AlignEdge,
  sizes?: ReadonlyMap<string, Size>,
): Map<string, Point> {
  const axis = edge === 'left' || edge === 'centre' || edge === 'right' ? 'x' : 'y';
  const placed = spans(steps, axis, sizes);
  if (placed.length < 2) return new Map();
  const low = placed.reduce((min, s) => Math.min(min, s.centre - s.extent / 2), Infinity);
  const high = placed.reduce((max, s) => Math.max(max, s.centre + s.extent / 2), -Infinity);
  switch (edge) {
    case 'left':
    case 'top':
      return changedOnly(placed, axis, (s) => low + s.extent / 2);
    case 'right':
    case 'bottom':
      return changedOnly(placed, axis, (s) => high - s.extent / 2);
    case 'centre':
    case 'middle':
      return changedOnly(placed, axis, () => (low + high) / 2);
  }
}

/**
 * New centres that leave equal gaps between neighbouring shapes along `axis`: the steps are
 * taken in order of their centres (ties in the given order), the first and the last stay
 * where they are, and the others are spread between them with the same space between each
 * shape's edge and the next. Shapes wider than the room between the outermost two overlap
 * evenly (the gap is negative). Fewer than three steps are never moved.
 *
 * @returns only the steps whose position changes, by id, with their whole new position.
 */
export function distributeSteps(
  steps: readonly Placed[],
  axis: DistributeAxis,
  sizes?: ReadonlyMap<string, Size>,
): Map<string, Point> {
  const coordinate = axis === 'horizontal' ? 'x' : 'y';
  const placed = spans(steps, coordinate, sizes)
    .map((s, order) => ({ s, order }))
    .sort((a, b) => a.s.centre - b.s.centre || a.order - b.order)
    .map(({ s }) => s);
  const first = placed[0];
  const last = placed[placed.length - 1];
  if (placed.length < 3 || first === undefined || last === undefined) return new Map();
  const start = first.centre - first.extent / 2;
  const end = last.centre + last.extent / 2;
  const occupied = placed.reduce((sum, s) => sum + s.extent, 0);
  const gap = (end - start - occupied) / (placed.length - 1);
  const centres: number[] = [];
  let edge = start;
  for (const s of placed) {
    centres.push(edge + s.extent / 2);
    edge += s.extent + gap;
  }
  const lastIndex = placed.length - 1;
  return changedOnly(placed, coordinate, (s, i) =>
    i === 0 || i === lastIndex ? s.centre : (centres[i] ?? s.centre),
  );
}

/**
 * `p` moved to the nearest point of a square grid with `grid` pixels between lines (20 by
 * default). A point that would snap past the file format's ±1e6 goes to the last grid line
 * inside it. A grid that is not a positive number leaves the point as it is.
 */
export function snapToGrid(p: Point, grid = 20): Point {
  if (!(grid > 0) || !Number.isFinite(grid)) return { x: p.x, y: p.y };
  const snap = (v: number): number => {
    const snapped = Math.round(v / grid) * grid;
    if (Math.abs(snapped) <= MAX_COORDINATE) return snapped + 0; // + 0 turns -0 into 0
    return Math.sign(snapped) * Math.floor(MAX_COORDINATE / grid) * grid;
  };
  return { x: snap(p.x), y: snap(p.y) };
}

/**
 * Paths tokens travel along, in map coordinates: a polyline with its cumulative lengths, so a
 * point at a share of the way is one binary search and one interpolation (no allocation: the
 * answer is written into a caller's object, called for hundreds of tokens every frame). And
 * the route between two steps: the flows a case follows from one to the other through the
 * steps that take no time (decisions, parallel splits and joins). Pure.
 */
import type { ProcessMap, Step } from '../../../../shared/model/schema';

export interface Polyline {
  /** x0, y0, x1, y1, ... in map coordinates. */
  readonly points: Float64Array;
  /** Distance from the first point to point i along the line. */
  readonly lengths: Float64Array;
  readonly total: number;
}

export interface MutablePoint {
  x: number;
  y: number;
}

/** A polyline through `xy` (pairs of coordinates). */
export function polyline(xy: readonly number[] | Float64Array): Polyline {
  const points = Float64Array.from(xy);
  const n = points.length / 2;
  const lengths = new Float64Array(Math.max(n, 1));
  for (let i = 1; i < n; i++) {
    const dx = (points[2 * i] as number) - (points[2 * i - 2] as number);
    const dy = (points[2 * i + 1] as number) - (points[2 * i - 1] as number);
    lengths[i] = (lengths[i - 1] as number) + Math.hypot(dx, dy);
  }
  return { points, lengths, total: n > 0 ? (lengths[n - 1] as number) : 0 };
}

/** `lines` joined end to end (each next one starts where it starts, whatever the gap). */
export function joinPolylines(lines: readonly Polyline[]): Polyline {
  const xy: number[] = [];
  for (const line of lines) for (const v of line.points) xy.push(v);
  return polyline(xy);
}

/** Writes into `out` the point `share` (0..1, clamped) of the way along `line`. */
export function pointAlong(line: Polyline, share: number, out: MutablePoint): MutablePoint {
  const { points, lengths, total } = line;
  const n = points.length / 2;
  if (n === 0) {
    out.x = 0;
    out.y = 0;
    return out;
  }
  const s = share <= 0 ? 0 : share >= 1 ? 1 : share;
  const at = s * total;
  // The last point i with lengths[i] <= at.
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lengths[mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  if (lo >= n - 1) {
    out.x = points[2 * n - 2] as number;
    out.y = points[2 * n - 1] as number;
    return out;
  }
  const from = lengths[lo] as number;
  const span = (lengths[lo + 1] as number) - from;
  const t = span > 0 ? (at - from) / span : 0;
  const x0 = points[2 * lo] as number;
  const y0 = points[2 * lo + 1] as number;
  out.x = x0 + ((points[2 * lo + 2] as number) - x0) * t;
  out.y = y0 + ((points[2 * lo + 3] as number) - y0) * t;
  return out;
}

const PASS_THROUGH: ReadonlySet<Step['kind']> = new Set([
  'decision',
  'parallel-split',
  'parallel-join',
]);

/**
 * The flow ids a case follows from step `fromId` to step `toId`: the shortest chain of flows
 * whose inner steps all take no time; null when there is none (the two are not neighbours in
 * the process). The same step gives an empty chain.
 */
export function flowsBetween(map: ProcessMap, fromId: string, toId: string): string[] | null {
  if (fromId === toId) return [];
  const kind = new Map(map.steps.map((s) => [s.id, s.kind]));
  const out = new Map<string, { id: string; to: string }[]>();
  for (const f of map.flows) {
    const list = out.get(f.from);
    if (list) list.push({ id: f.id, to: f.to });
    else out.set(f.from, [{ id: f.id, to: f.to }]);
  }
  const cameBy = new Map<string, { flow: string; from: string }>();
  const queue = [fromId];
  const seen = new Set([fromId]);
  while (queue.length > 0) {
    const at = queue.shift() as string;
    for (const edge of out.get(at) ?? []) {
      if (seen.has(edge.to)) continue;
      seen.add(edge.to);
      cameBy.set(edge.to, { flow: edge.id, from: at });
      if (edge.to === toId) {
        const chain: string[] = [];
        let step = toId;
        while (step !== fromId) {
          const back = cameBy.get(step) as { flow: string; from: string };
          chain.push(back.flow);
          step = back.from;
        }
        return chain.reverse();
      }
      const k = kind.get(edge.to);
      if (k !== undefined && PASS_THROUGH.has(k)) queue.push(edge.to);
    }
  }
  return null;
}

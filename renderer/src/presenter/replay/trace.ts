/**
 * A replay of simulated cases as tokens: each activity a case does at a step (shared/engine's
 * event log) becomes a segment: the token leaves the step it came from when that activity
 * ended, travels the flows to the next step (`travelHours` of simulated time), queues there
 * until a person takes it, then sits on the step while the work (or a wait) lasts. Segments of
 * parallel branches overlap, so a case can be two tokens for a while. `placeTokens` says where
 * every token is at a moment, writing into preallocated buffers: it runs every frame for a few
 * thousand segments and must not allocate. Pure: no DOM.
 */
import type { LoggedCase } from '../../../../shared/engine';
import type { ProcessMap } from '../../../../shared/model/schema';
import { flowsBetween, pointAlong, type MutablePoint, type Polyline } from './route';

/** What a token is doing: on its way, waiting for a person, being worked on, or in a wait that holds nobody. */
export const MOVING = 0;
export const QUEUED = 1;
export const WORKING = 2;
export const DELAYED = 3;

export interface Route {
  readonly fromId: string;
  readonly toId: string;
  /** Flow ids from one step to the other; empty for the same step. */
  readonly flowIds: readonly string[];
}

export interface Trace {
  readonly count: number;
  /** Index in `map.steps` of the step the segment's activity is at. */
  readonly step: Int32Array;
  /** Index in `routes` of the way there. */
  readonly route: Int32Array;
  /** Working hours: leaving the last step, starting the work, ending it. */
  readonly depart: Float64Array;
  readonly start: Float64Array;
  readonly end: Float64Array;
  /** 1 when a person does the activity, 0 for a wait or a model run. */
  readonly byPerson: Uint8Array;
  readonly routes: readonly Route[];
  /** Working hours from the first departure to the last activity's end. */
  readonly firstHours: number;
  readonly lastHours: number;
}

/** Build the segments of `cases` (of `map`) in arrival order. */
export function buildTrace(map: ProcessMap, cases: readonly LoggedCase[]): Trace {
  const stepIndex = new Map(map.steps.map((s, i) => [s.id, i]));
  const routes: Route[] = [];
  const routeIndex = new Map<string, number>();
  const linked = new Map<string, string[] | null>();
  const between = (from: string, to: string): string[] | null => {
    const key = `${from}>${to}`;
    if (!linked.has(key)) linked.set(key, flowsBetween(map, from, to));
    return linked.get(key) ?? null;
  };
  const routeOf = (from: string, to: string, flowIds: readonly string[]): number => {
    const key = `${from}>${to}`;
    let i = routeIndex.get(key);
    if (i === undefined) {
      i = routes.length;
      routes.push({ fromId: from, toId: to, flowIds });
      routeIndex.set(key, i);
    }
    return i;
  };
  const step: number[] = [];
  const route: number[] = [];
  const depart: number[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const byPerson: number[] = [];
  let first = Infinity;
  let last = -Infinity;
  for (const c of cases) {
    const acts = c.activities;
    for (let i = 1; i < acts.length; i++) {
      const a = acts[i] as (typeof acts)[number];
      const at = stepIndex.get(a.kind.stepId);
      if (at === undefined) continue;
      // The activity it follows: the latest earlier one, ended by now, that leads here.
      let from = acts[i - 1] as (typeof acts)[number];
      let flows: readonly string[] = between(from.kind.stepId, a.kind.stepId) ?? [];
      for (let j = i - 1; j >= 0; j--) {
        const p = acts[j] as (typeof acts)[number];
        if (p.endHours > a.startHours + 1e-9) continue;
        const chain = between(p.kind.stepId, a.kind.stepId);
        if (chain !== null) {
          from = p;
          flows = chain;
          break;
        }
      }
      step.push(at);
      route.push(routeOf(from.kind.stepId, a.kind.stepId, flows));
      const leave = Math.min(from.endHours, a.startHours);
      depart.push(leave);
      start.push(a.startHours);
      end.push(a.endHours);
      byPerson.push(a.kind.role === null ? 0 : 1);
      first = Math.min(first, leave);
      last = Math.max(last, a.endHours);
    }
  }
  return {
    count: step.length,
    step: Int32Array.from(step),
    route: Int32Array.from(route),
    depart: Float64Array.from(depart),
    start: Float64Array.from(start),
    end: Float64Array.from(end),
    byPerson: Uint8Array.from(byPerson),
    routes,
    firstHours: Number.isFinite(first) ? first : 0,
    lastHours: Number.isFinite(last) ? last : 0,
  };
}

/** Tokens in a pile at a step: this many a row, at most this many rows drawn. */
export const PILE_COLUMNS = 10;
export const PILE_ROWS = 2;

export interface Placement {
  /** How many tokens are on screen. */
  count: number;
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** MOVING, QUEUED, WORKING or DELAYED. */
  readonly state: Uint8Array;
  /** Per step: tokens queued there, and tokens there being worked on or waiting. */
  readonly queued: Int32Array;
  readonly atStep: Int32Array;
}

export function createPlacement(trace: Trace, steps: number): Placement {
  return {
    count: 0,
    x: new Float64Array(trace.count),
    y: new Float64Array(trace.count),
    state: new Uint8Array(trace.count),
    queued: new Int32Array(steps),
    atStep: new Int32Array(steps),
  };
}

/**
 * Where the piles of each step are, map coordinates: `[queueX, queueY, stepX, stepY]` per
 * step index. A queue pile grows upward from its point, the pile at the step downward.
 */
export type Anchors = Float64Array;

export interface PlaceOptions {
  /** Simulated working hours a trip between two steps takes on screen. */
  readonly travelHours: number;
  /** Map units between tokens in a pile. */
  readonly gap: number;
}

const scratch: MutablePoint = { x: 0, y: 0 };

/**
 * Every token on screen at working hour `t`: travelling tokens along `lines[route]`, the others
 * in the piles of their step (tokens past the piles' size are counted, not placed).
 */
export function placeTokens(
  trace: Trace,
  t: number,
  lines: readonly Polyline[],
  anchors: Anchors,
  options: PlaceOptions,
  out: Placement,
): Placement {
  const { travelHours, gap } = options;
  out.queued.fill(0);
  out.atStep.fill(0);
  const cap = PILE_COLUMNS * PILE_ROWS;
  let n = 0;
  for (let i = 0; i < trace.count; i++) {
    const depart = trace.depart[i] as number;
    if (t < depart) continue;
    const arrive = depart + travelHours;
    const end = trace.end[i] as number;
    if (t >= (end > arrive ? end : arrive)) continue;
    const s = trace.step[i] as number;
    if (t < arrive) {
      const line = lines[trace.route[i] as number];
      if (line === undefined) continue;
      pointAlong(line, (t - depart) / travelHours, scratch);
      out.x[n] = scratch.x;
      out.y[n] = scratch.y;
      out.state[n] = MOVING;
      n++;
      continue;
    }
    const queued = t < (trace.start[i] as number);
    const pile = queued ? out.queued : out.atStep;
    const k = pile[s] as number;
    pile[s] = k + 1;
    if (k >= cap) continue;
    const column = k % PILE_COLUMNS;
    const row = Math.floor(k / PILE_COLUMNS);
    const base = 4 * s;
    const dx = (column - (PILE_COLUMNS - 1) / 2) * gap;
    if (queued) {
      out.x[n] = (anchors[base] as number) + dx;
      out.y[n] = (anchors[base + 1] as number) - row * gap;
      out.state[n] = QUEUED;
    } else {
      out.x[n] = (anchors[base + 2] as number) + dx;
      out.y[n] = (anchors[base + 3] as number) + row * gap;
      out.state[n] = trace.byPerson[i] === 1 ? WORKING : DELAYED;
    }
    n++;
  }
  out.count = n;
  return out;
}

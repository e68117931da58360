/**
 * How long a simulation must run before it measures, and whether the run asked for is long
 * enough to say anything. A run starts empty, so its first hours show a process still filling:
 * work in progress building up, completions lagging behind arrivals, queues not yet at their
 * usual length. Figures taken then are biased, and a confidence interval around them is narrow
 * and wrong. So the simulator leaves out a warm-up that follows the process, not a fixed share
 * of cases, and refuses to give figures from a run too short to have a window worth measuring.
 *
 * Warm-up (automatic): the longer of
 * - the time for cases to fill the map: `FILL_CYCLES` × the mean cycle time (the flow model's
 *   estimate; for an overloaded map, the cycle time without queueing), since a case entering
 *   an empty map finishes after about one cycle time and the tail of slower cases after a few;
 * - the time for the busiest queue to settle: `SETTLE_TIMES` × its relaxation time, the time
 *   constant with which a GI/G/c queue forgets an empty start, E[S] / (c (1 − √ρ)²) scaled by
 *   the variability of its arrivals and work, (ca² + cs²) / 2. It grows without bound as ρ
 *   approaches 1, which is what makes a queue at 98 % need a long run.
 * `warmupHours` set by hand replaces it.
 *
 * Window: from the warm-up to the last arrival (for a map over capacity, to the last case
 * done: its cases come out at the roles' capacity, which is what it measures). It must be at
 * least `FILL_CYCLES` cycle times long and hold `MIN_COUNTED` cases, else the run is too short:
 * the result says so, with the smallest number of cases that would do, instead of figures.
 */
import type { FlowModelResult } from '../flow-model';
import { timeToFinish } from '../time-to-finish';
import type { CompiledMap } from '../graph';

/** Warm-up in mean cycle times. */
export const FILL_CYCLES = 3;
/** Warm-up in relaxation times of the busiest queue. */
export const SETTLE_TIMES = 3;
/** Arrivals a measurement window must hold at least. */
export const MIN_COUNTED = 500;

export interface RunPlan {
  /** Working hours left out before measuring. */
  readonly warmupHours: number;
  /** `auto` (the rule above) or `set` by hand. */
  readonly warmupRule: 'auto' | 'set';
  /** How the warm-up was chosen, in one sentence. */
  readonly warmupReason: string;
  /** Fewest cases per replication that give a long enough window with this warm-up. */
  readonly minimumCases: number;
  /** Whether the cases asked for fall short of `minimumCases`. */
  readonly tooShort: boolean;
  /** The sentence for a run that is too short; null otherwise. */
  readonly tooShortReason: string | null;
  /**
   * Cases arriving from this time on are counted (the warm-up, or 0 for a map over capacity:
   * what a case costs does not depend on the queue, and its cycle time is not reported).
   */
  readonly countFromHours: number;
  /** Where the measurement window closes (totals.ts). */
  readonly windowEnd: 'last-arrival' | 'last-completion';
}

const hours = (h: number): string =>
  h >= 10 ? `${Math.round(h).toLocaleString('en-GB')} h` : `${h.toPrecision(2)} h`;

/** `n` rounded up to two significant digits, for a suggestion a person can type. */
export function roundUpForPeople(n: number): number {
  if (n <= 100) return Math.ceil(n);
  const step = Math.pow(10, Math.floor(Math.log10(n)) - 1);
  return Math.ceil(n / step) * step;
}

/**
 * The warm-up and length check for simulating `cases` arrivals of the map behind `flow`
 * (`graph` its compiled map), which is not trapped and has demand.
 */
export function planRun(
  flow: FlowModelResult,
  graph: CompiledMap,
  cases: number,
  warmupHours: number | undefined,
): RunPlan {
  const lambda = flow.arrivalsPerHour;
  const cycle =
    flow.cycleTimeHoursEstimate ??
    (timeToFinish(
      graph,
      flow.steps.map((s) => s.workHoursPerVisit),
    )[graph.start] as number);
  const fill = FILL_CYCLES * cycle;
  let settle = 0;
  let busiest = '';
  for (const role of flow.roles) {
    if (!(role.utilisation < 1) || role.servers === 0 || role.visitsPerCase === 0) continue;
    const service = (role.hoursPerCase / role.visitsPerCase) * role.paceFactor;
    const gap = 1 - Math.sqrt(role.utilisation);
    const relaxation =
      (service / (role.servers * gap * gap)) * ((role.arrivalScv + role.serviceScv) / 2);
    if (SETTLE_TIMES * relaxation > settle) {
      settle = SETTLE_TIMES * relaxation;
      busiest = role.name;
    }
  }
  const auto = warmupHours === undefined;
  const warmup = auto ? Math.max(fill, settle) : warmupHours;
  const warmupReason = !auto
    ? `set by hand to ${hours(warmup)}`
    : settle > fill
      ? `${SETTLE_TIMES} × the time the queue of ${busiest} needs to settle from empty (${hours(settle / SETTLE_TIMES)})`
      : `${FILL_CYCLES} × the mean cycle time (${hours(cycle)}), so the map has filled`;
  // Cases flow at the arrival rate, or, over capacity, at the rate the roles finish them (the
  // run then lasts until the last case is done, and measures that rate).
  const overloaded = flow.status === 'overloaded' && flow.maxThroughputPerHour > 0;
  const rate = overloaded ? flow.maxThroughputPerHour : lambda;
  const window = Math.max(FILL_CYCLES * cycle, MIN_COUNTED / rate);
  // Case i comes at about i / rate (the first at 0): the last of n at (n − 1) / rate.
  const minimumCases = Math.ceil(rate * (warmup + window)) + 1;
  // With nobody in a role that gets work, cases never get done whatever the length: the
  // overload is the news, not the run's length.
  const stuck = flow.status === 'overloaded' && !overloaded;
  const tooShort = !stuck && cases < minimumCases;
  const suggested = roundUpForPeople(minimumCases);
  const tooShortReason = tooShort
    ? `This run is too short to measure anything: ${cases.toLocaleString('en-GB')} cases ` +
      `${overloaded ? 'are done' : 'arrive'} over about ${hours((cases - 1) / rate)}, but the map needs a warm-up of ` +
      `${hours(warmup)} (${warmupReason}) and then a window of at least ${hours(window)}; ` +
      `simulate at least ${suggested.toLocaleString('en-GB')} cases`
    : null;
  return {
    warmupHours: warmup,
    warmupRule: auto ? 'auto' : 'set',
    warmupReason,
    minimumCases: suggested,
    tooShort,
    tooShortReason,
    countFromHours: overloaded ? 0 : warmup,
    windowEnd: overloaded ? 'last-completion' : 'last-arrival',
  };
}

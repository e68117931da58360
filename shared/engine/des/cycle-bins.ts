/**
 * The distribution of cycle times as a histogram people can read: counts of cases in bins
 * with round edges on one fixed grid, the same for every map and every run, so a target's
 * histogram lies on the current map's bin for bin, and replications run apart (workers,
 * threads) combine by adding their counts, exactly.
 *
 * The grid is logarithmic, the Renard R10 series (1, 1.25, 1.6, 2, 2.5, 3.15, 4, 5, 6.3, 8
 * times a power of ten hours): cycle times are skewed and a target with AI may be ten times
 * faster than the current map, so equal-ratio bins show both without one squashed into a
 * single bar. Every bin is about 1.26 times as wide as the one before, from 0.001 h (3.6 s)
 * to 10 000 h; a first bin holds anything shorter (from 0), a last one anything longer.
 */

const R10 = [1, 1.25, 1.6, 2, 2.5, 3.15, 4, 5, 6.3, 8] as const;
/** The lowest edge of the grid: 10^FIRST_DECADE hours. */
const FIRST_DECADE = -3;
const DECADES = 7;
const REGULAR = DECADES * R10.length;
/** Slots of a replication's counts: [0, 0.001 h), the regular bins, [10 000 h, ∞). */
export const CYCLE_BIN_SLOTS = REGULAR + 2;

/** One bin of the cycle-time histogram. */
export interface CycleTimeBin {
  /** Lower edge, working hours (inclusive). */
  readonly fromHours: number;
  /** Upper edge, working hours (exclusive); null for the open last bin (10 000 h or more). */
  readonly toHours: number | null;
  /** Counted cases completed with a cycle time in [fromHours, toHours), all replications. */
  readonly cases: number;
}

/** The lower edge of slot `slot`, hours (rounded to the series' three digits). */
function edgeOf(slot: number): number {
  if (slot === 0) return 0;
  const regular = slot - 1;
  const decade = FIRST_DECADE + Math.floor(regular / R10.length);
  const mantissa = R10[regular % R10.length] as number;
  return Number((mantissa * 10 ** decade).toPrecision(3));
}

/** Lower edges of every slot, hours: the numbers shown are the numbers compared. */
const EDGES = Float64Array.from({ length: CYCLE_BIN_SLOTS }, (_, slot) => edgeOf(slot));

/** The slot a cycle time of `hours` (>= 0) counts in: the last whose lower edge is <= hours. */
export function cycleBinOf(hours: number): number {
  let low = 0;
  let high = CYCLE_BIN_SLOTS - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (hours >= (EDGES[middle] as number)) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** A replication's counts by slot, empty. */
export function emptyCycleBins(): Float64Array {
  return new Float64Array(CYCLE_BIN_SLOTS);
}

/**
 * The histogram of all replications' counts (each `CYCLE_BIN_SLOTS` long), added slot by
 * slot: the bins from the first that holds a case to the last that does, empty ones between
 * kept, so the bins are contiguous. No bins when no case was counted.
 */
export function combineCycleBins(replications: readonly Float64Array[]): CycleTimeBin[] {
  const total = new Float64Array(CYCLE_BIN_SLOTS);
  for (const counts of replications)
    for (let slot = 0; slot < CYCLE_BIN_SLOTS; slot++)
      total[slot] = (total[slot] as number) + (counts[slot] as number);
  let first = 0;
  while (first < CYCLE_BIN_SLOTS && total[first] === 0) first++;
  let last = CYCLE_BIN_SLOTS - 1;
  while (last >= first && total[last] === 0) last--;
  const bins: CycleTimeBin[] = [];
  for (let slot = first; slot <= last; slot++)
    bins.push({
      fromHours: EDGES[slot] as number,
      toHours: slot === CYCLE_BIN_SLOTS - 1 ? null : (EDGES[slot + 1] as number),
      cases: total[slot] as number,
    });
  return bins;
}

/** One bin of several histograms laid on one another. */
export interface AlignedCycleBin {
  readonly fromHours: number;
  readonly toHours: number | null;
  /** Cases in the bin, one number per histogram, in the order given. */
  readonly cases: readonly number[];
}

/**
 * Histograms of several runs (e.g. the current map's and a target's) on their common bins:
 * from the first bin any of them fills to the last, empty bins between kept. Exact, since
 * every histogram lies on the one grid.
 */
export function alignCycleHistograms(
  histograms: readonly (readonly CycleTimeBin[])[],
): AlignedCycleBin[] {
  const slots = histograms.map((bins) => {
    const counts = emptyCycleBins();
    for (const bin of bins) counts[cycleBinOf(bin.fromHours)] = bin.cases;
    return counts;
  });
  const filled = (slot: number): boolean => slots.some((counts) => counts[slot] !== 0);
  let first = 0;
  while (first < CYCLE_BIN_SLOTS && !filled(first)) first++;
  let last = CYCLE_BIN_SLOTS - 1;
  while (last >= first && !filled(last)) last--;
  const aligned: AlignedCycleBin[] = [];
  for (let slot = first; slot <= last; slot++)
    aligned.push({
      fromHours: EDGES[slot] as number,
      toHours: slot === CYCLE_BIN_SLOTS - 1 ? null : (EDGES[slot + 1] as number),
      cases: slots.map((counts) => counts[slot] as number),
    });
  return aligned;
}

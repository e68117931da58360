// The cycle-time histogram as the chart reads it: each run's cases by bin as a share of its
// own cases (so two runs with different numbers of measured cases compare), on the bins the
// runs share, with the ticks and labels of a log-scaled hours axis. Pure: the chart draws.
import { alignCycleHistograms, type SimulationResult } from '../../../shared/engine';

export type RunRole = 'current' | 'target';

export interface HistogramSeries {
  readonly role: RunRole;
  readonly name: string;
  /** Measured cases completed, all replications. */
  readonly cases: number;
  /** Median cycle time, working hours. */
  readonly medianHours: number;
}

export interface HistogramRow {
  readonly fromHours: number;
  /** Null for the open last bin. */
  readonly toHours: number | null;
  /** Per series, in series order. */
  readonly cases: readonly number[];
  /** Per series: the bin's cases over the series' cases, 0..1. */
  readonly shares: readonly number[];
}

export interface HistogramView {
  readonly series: readonly HistogramSeries[];
  readonly rows: readonly HistogramRow[];
}

/** The runs that have a histogram, laid on one another; null when none has one. */
export function cycleHistogramView(
  runs: readonly { role: RunRole; result: SimulationResult | null }[],
): HistogramView | null {
  const measured = runs.flatMap(({ role, result }) =>
    result?.cycleTimeHistogram && result.cycleTimeHours && result.casesCompleted > 0
      ? [{ role, result, bins: result.cycleTimeHistogram, p50: result.cycleTimeHours.p50 }]
      : [],
  );
  if (measured.length === 0) return null;
  const series = measured.map(({ role, result, p50 }) => ({
    role,
    name: result.mapName,
    cases: result.casesCompleted,
    medianHours: p50.mean,
  }));
  const rows = alignCycleHistograms(measured.map((m) => m.bins)).map((bin) => ({
    ...bin,
    shares: bin.cases.map((n, i) => n / (series[i]?.cases ?? 1)),
  }));
  return { series, rows };
}

/** Where a bin is drawn on a log axis: the open first and last bins get one grid step. */
export function drawnEdges(row: HistogramRow): [number, number] {
  const STEP = 1.26;
  const to = row.toHours ?? row.fromHours * STEP;
  const from = row.fromHours > 0 ? row.fromHours : to / STEP;
  return [from, to];
}

/** Ticks of a log hours axis: 1, 2 and 5 times powers of ten inside [lo, hi]. */
export function hourTicks(lo: number, hi: number): number[] {
  const ticks: number[] = [];
  if (!(lo > 0 && hi > lo)) return ticks;
  for (let decade = Math.floor(Math.log10(lo)); 10 ** decade <= hi; decade++)
    for (const m of [1, 2, 5]) {
      const tick = Number((m * 10 ** decade).toPrecision(3));
      if (tick >= lo && tick <= hi) ticks.push(tick);
    }
  return ticks;
}

const threeDigits = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 3 });

/** A bin edge or tick as people read it: "12 min", "2.5 h", "3.15 h", "1,000 h". */
export function hoursLabel(hours: number): string {
  return hours < 1 ? `${threeDigits.format(hours * 60)} min` : `${threeDigits.format(hours)} h`;
}

/** A bin in words: "2 h to 2.5 h", "under 0.06 min", "10,000 h or more". */
export function binLabel(row: HistogramRow): string {
  if (row.toHours === null) return `${hoursLabel(row.fromHours)} or more`;
  if (row.fromHours === 0) return `under ${hoursLabel(row.toHours)}`;
  return `${hoursLabel(row.fromHours)} to ${hoursLabel(row.toHours)}`;
}

/**
 * Tornado: how far the NPV moves when one uncertain input goes to its low or high value while
 * every other ranged input stays at its likely value. Bars are sorted by swing, widest first
 * (ties keep the project's order). Ranges that do not touch this scenario's figures (a role's
 * headcount, say) get a bar with zero swing; ranges that cannot be used are listed in `skipped`.
 * Each NPV is `computeRoi`'s for the project with those values, custom benefit lines and the
 * flow model's cycle times (recomputed for each bar end that can move them) included.
 */
import type { Project, TargetMap } from '../model/schema';
import type { SkippedRange } from './bindings';
import { compileScenario } from './compile';

export interface TornadoBar {
  /** The range's path, e.g. `roles.ap-clerk.costPerHour`. */
  input: string;
  /** The range's label, or its path when it has none. */
  label: string;
  /** Left end of the bar: the smaller of `npvAtLow` and `npvAtHigh`, in the project currency. */
  low: number;
  /** Right end of the bar: the larger of the two. */
  high: number;
  /** NPV with this input at its low value (months rounded), every other range at likely. */
  npvAtLow: number;
  /** NPV with this input at its high value, every other range at likely. */
  npvAtHigh: number;
  /** `high − low`, in the project currency. */
  swing: number;
  /**
   * Whether a map cannot do the work with this input at its low, respectively high, value (a
   * role over capacity, or cases that never finish): that end's NPV assumes the work still
   * gets done.
   */
  overCapacityAtLow: boolean;
  overCapacityAtHigh: boolean;
  /** The input's own low, likely and high values, in its unit. */
  inputLow: number;
  inputLikely: number;
  inputHigh: number;
}

export interface TornadoResult {
  /** NPV with every ranged input at its likely value, in the project currency. */
  baseNpv: number;
  bars: TornadoBar[];
  skipped: SkippedRange[];
  /** What these NPVs leave out, in words (none at present: cycle times are recomputed). */
  notes: string[];
}

/** Tornado of `target` against the current map over the project's ranges. */
export function tornado(project: Project, target: TargetMap): TornadoResult {
  const scenario = compileScenario(project, target, { cycleTimes: 'exact' });
  const values = Float64Array.from(scenario.likely);
  const npvNow = (): number => scenario.run(values).npv;
  const baseNpv = npvNow();
  const bars = scenario.ranges.map((range, i): TornadoBar => {
    values[i] = range.low;
    const npvAtLow = npvNow();
    const overCapacityAtLow = scenario.overCapacity();
    values[i] = range.high;
    const npvAtHigh = npvNow();
    const overCapacityAtHigh = scenario.overCapacity();
    values[i] = range.likely;
    const low = Math.min(npvAtLow, npvAtHigh);
    const high = Math.max(npvAtLow, npvAtHigh);
    return {
      input: range.path,
      label: range.label === '' ? range.path : range.label,
      low,
      high,
      npvAtLow,
      npvAtHigh,
      swing: high - low,
      overCapacityAtLow,
      overCapacityAtHigh,
      inputLow: range.low,
      inputLikely: range.likely,
      inputHigh: range.high,
    };
  });
  bars.sort((a, b) => b.swing - a.swing);
  const strained = bars.filter((b) => b.overCapacityAtLow || b.overCapacityAtHigh);
  const notes = [...scenario.notes];
  if (strained.length > 0)
    notes.push(
      `At one end of ${strained.map((b) => `"${b.label}"`).join(', ')} a role is over capacity ` +
        'or cases never finish; the NPV shown there assumes the work still gets done.',
    );
  return { baseNpv, bars, skipped: [...scenario.skipped], notes };
}

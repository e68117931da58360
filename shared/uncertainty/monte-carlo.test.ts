import { describe, expect, it } from 'vitest';
import { STREAM_WORDS } from '../random';
import { writeInput } from '../model/input-path';
import type { Project, Range } from '../model/schema';
import { minimalProject } from '../model/testing/minimal-project';
import { computeRoi } from '../roi';
import { computeFlowModel } from '../engine';
import { SAMPLES } from '../samples';
import { compileScenario } from './compile';
import { monteCarlo, type MonteCarloOptions } from './monte-carlo';
import { tornado } from './tornado';
import { drawRange, rangeSampler, rangeStreams } from './sampling';
import { npvOf } from '../roi/testing/npv-of';

const range = (path: string, low: number, likely: number, high: number): Range => ({
  path,
  low,
  likely,
  high,
  label: '',
});

/** The minimal project with ranges wide enough that the NPV is sometimes below zero. */
function uncertain(): Project {
  return {
    ...minimalProject(),
    ranges: [
      range('roles.clerk.costPerHour', 30, 42, 60),
      range('maps.targets.ai.plan.dataPreparationCost', 20_000, 60_000, 400_000),
      range('maps.targets.ai.steps.match.automationRate', 0.4, 0.8, 0.9),
      range('maps.targets.ai.plan.monthsToGoLive', 4, 6, 14),
      range('maps.targets.ai.plan.adoption.steadyShare', 0.5, 0.9, 1),
      range('finance.discountRateAnnual', 0.04, 0.08, 0.12),
    ],
  };
}

const options = (extra: Partial<MonteCarloOptions> = {}): MonteCarloOptions => ({
  samples: 4000,
  seed: 42,
  sampling: 'pert',
  ...extra,
});

describe('monteCarlo', () => {
  const project = uncertain();
  const target = project.maps.targets[0]!;

  it('given the same seed, when run twice, then the results are JSON-identical', () => {
    for (const sampling of ['pert', 'triangular'] as const) {
      const a = monteCarlo(project, target, options({ sampling }));
      const b = monteCarlo(uncertain(), uncertain().maps.targets[0]!, options({ sampling }));
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    }
  });

  it('given another seed, when run, then the draws differ', () => {
    const a = monteCarlo(project, target, options());
    const b = monteCarlo(project, target, options({ seed: 43 }));
    expect(a.npv.mean).not.toBe(b.npv.mean);
    expect(a.histogram).not.toEqual(b.histogram);
  });

  it('then P10 <= P50 <= P90, P(NPV > 0) is a share, and the histogram holds every sample', () => {
    const r = monteCarlo(project, target, options());
    expect(r.npv.p10).toBeLessThanOrEqual(r.npv.p50);
    expect(r.npv.p50).toBeLessThanOrEqual(r.npv.p90);
    expect(r.probNpvPositive).toBeGreaterThan(0);
    expect(r.probNpvPositive).toBeLessThan(1);
    expect(r.histogram).toHaveLength(20);
    expect(r.histogram.reduce((s, b) => s + b.count, 0)).toBe(4000);
    const paybacks = [r.paybackMonth.p10, r.paybackMonth.p50, r.paybackMonth.p90];
    const finite = paybacks.filter((p): p is number => p !== null);
    expect(finite).toEqual([...finite].sort((a, b) => a - b));
    expect(
      paybacks.indexOf(null) === -1 ||
        paybacks.slice(paybacks.indexOf(null)).every((p) => p === null),
    ).toBe(true);
  });

  it('given the same streams drawn by hand, then P(NPV > 0), the mean and never-paid-back share match a direct count', () => {
    const r = monteCarlo(project, target, options());
    const scenario = compileScenario(project, target);
    const samplers = scenario.ranges.map((x) => rangeSampler(x.low, x.likely, x.high, 'pert'));
    const states = rangeStreams(
      42,
      scenario.ranges.map((x) => x.path),
    );
    let positive = 0;
    let never = 0;
    let sum = 0;
    const values = new Float64Array(samplers.length);
    for (let s = 0; s < 4000; s++) {
      samplers.forEach((sampler, i) => (values[i] = drawRange(sampler, states, i * STREAM_WORDS)));
      const { npv, paybackMonth } = scenario.run(values);
      if (npv > 0) positive++;
      if (paybackMonth === null) never++;
      sum += npv;
    }
    expect(r.probNpvPositive).toBe(positive / 4000);
    expect(r.paybackMonth.neverShare).toBe(never / 4000);
    expect(r.npv.mean).toBeCloseTo(sum / 4000, 6);
  });

  it('given a cost no benefit can repay, then payback percentiles are null and never-share is 1', () => {
    const hopeless = uncertain();
    hopeless.ranges.push(range('maps.targets.ai.plan.trainingCost', 5e6, 6e6, 7e6));
    const r = monteCarlo(hopeless, hopeless.maps.targets[0]!, options({ samples: 500 }));
    expect(r.paybackMonth).toEqual({ p10: null, p50: null, p90: null, neverShare: 1 });
    expect(r.probNpvPositive).toBe(0);
  });

  it('given a signal aborted during the run, then it stops after the chunk and summarises what it drew', () => {
    const signal = { aborted: false };
    const progress: number[] = [];
    const r = monteCarlo(project, target, {
      ...options({ samples: 5000 }),
      signal,
      onProgress: (share) => {
        progress.push(share);
        signal.aborted = true;
      },
    });
    expect(r.samples).toBe(1000);
    expect(progress).toEqual([0.2]);
  });

  it('given bad options, then it throws a RangeError that names the option', () => {
    expect(() => monteCarlo(project, target, options({ samples: 0 }))).toThrow(/samples/);
    expect(() => monteCarlo(project, target, options({ seed: 1.5 }))).toThrow(/seed/);
    expect(() => monteCarlo(project, target, options({ bins: 0 }))).toThrow(/bins/);
  });

  it('given ranges the validation refuses, then they are skipped with its reason and every figure stays a number', () => {
    // given the editor's document while the user fixes two ranges: a cost of 1e308 per hour
    // (above what the model accepts) and a data preparation cost whose likely value is above
    // its high one, beside a sound range
    const broken: Project = {
      ...minimalProject(),
      ranges: [
        range('roles.clerk.costPerHour', 1e308, 1e308, 1e308),
        range('maps.targets.ai.plan.dataPreparationCost', 20_000, 1e15, 90_000),
        range('maps.targets.ai.plan.monthsToGoLive', 4, 6, 14),
      ],
    };
    const target = broken.maps.targets[0]!;
    // when Monte Carlo and the tornado run over them
    const mc = monteCarlo(broken, target, options({ samples: 500 }));
    const bars = tornado(broken, target);
    // then only the sound range is used, the others are skipped with the validation's words
    expect(mc.inputs).toEqual(['maps.targets.ai.plan.monthsToGoLive']);
    expect(mc.skipped.map((s) => s.reason)).toEqual([
      expect.stringMatching(
        /^for "roles\.clerk\.costPerHour" the low, likely and high values cannot be above/,
      ),
      expect.stringMatching(
        /^for "maps\.targets\.ai\.plan\.dataPreparationCost" the values must go low <= likely <= high/,
      ),
    ]);
    expect(bars.bars.map((b) => b.input)).toEqual(['maps.targets.ai.plan.monthsToGoLive']);
    // and no figure is NaN or infinite
    const figures = [
      mc.npv.p10,
      mc.npv.p50,
      mc.npv.p90,
      mc.npv.mean,
      ...mc.histogram.flatMap((bin) => [bin.from, bin.to]),
      bars.baseNpv,
      ...bars.bars.flatMap((b) => [b.npvAtLow, b.npvAtHigh, b.swing]),
    ];
    for (const figure of figures) expect(Number.isFinite(figure)).toBe(true);
  });

  it('given a sample project, then ranges on another scenario are skipped with a reason and the rest sampled', () => {
    const sample = SAMPLES[0]!.project;
    const r = monteCarlo(sample, sample.maps.targets[0]!, options({ samples: 200 }));
    expect(r.inputs.length + r.skipped.length).toBe(sample.ranges.length);
    expect(r.skipped.every((s) => s.reason.includes('scenario'))).toBe(true);
    expect(r.notes.length).toBe(1);
  });
});

describe('monteCarlo against the exact distribution of a linear input', () => {
  // One range on the platform cost a month, triangular(500, 1500, 4000). The minimal project
  // goes live after month 6 of 36 at 8 % a year, so each unit of platform cost a month costs
  // D = Σ 1.08^(−m/12) over the live months m = 7..36, and NPV(c) = NPV(1500) − D (c − 1500):
  // exactly linear, so the NPV's distribution is the cost's, mirrored and scaled by D.
  const [low, likely, high] = [500, 1500, 4000];
  const samples = 20_000;
  const project: Project = {
    ...minimalProject(),
    ranges: [range('maps.targets.ai.plan.platformCostPerMonth', low, likely, high)],
  };
  const target = project.maps.targets[0]!;
  let D = 0;
  for (let m = 7; m <= 36; m++) D += Math.pow(1.08, -m / 12);
  const npvAtLikely = npvOf(computeRoi(project, target));
  const npvAt = (cost: number) => npvAtLikely - D * (cost - likely);
  const result = monteCarlo(project, target, { samples, seed: 7, sampling: 'triangular' });

  it('given the platform cost at other values, then the NPV moves by D per unit, as assumed', () => {
    const moved = writeInput(project, 'maps.targets.ai.plan.platformCostPerMonth', 2000) as Project;
    expect(npvOf(computeRoi(moved, moved.maps.targets[0]!))).toBeCloseTo(npvAt(2000), 4);
  });

  it('then the mean NPV is the NPV at the mean cost, (500 + 1500 + 4000) / 3 = 2000, within 4 standard errors', () => {
    // sd of triangular(a, c, b) = sqrt((a² + b² + c² − ab − ac − bc) / 18) = 735.98
    const sd = Math.sqrt(
      (low ** 2 + high ** 2 + likely ** 2 - low * high - low * likely - high * likely) / 18,
    );
    expect(sd).toBeCloseTo(735.98, 2);
    const standardError = (D * sd) / Math.sqrt(samples);
    expect(Math.abs(result.npv.mean - npvAt(2000))).toBeLessThan(4 * standardError);
  });

  it('then P10, P50 and P90 of the NPV are the cost quantiles at 90, 50 and 10 %, within 4 standard errors', () => {
    // Triangular quantiles: below the mode's share F(c) = (1500 − 500) / 3500 = 2/7,
    // q(p) = a + sqrt(p (b − a)(c − a)); above, q(p) = b − sqrt((1 − p)(b − a)(b − c)).
    //   q(0.1) = 500 + sqrt(0.1 × 3500 × 1000)   = 1091.61
    //   q(0.5) = 4000 − sqrt(0.5 × 3500 × 2500)  = 1908.35
    //   q(0.9) = 4000 − sqrt(0.1 × 3500 × 2500)  = 3064.59
    const quantile = { 0.1: 1091.608, 0.5: 1908.3499, 0.9: 3064.5857 };
    // Density at x: 2(x − a)/((b − a)(c − a)) below c, 2(b − x)/((b − a)(b − c)) above.
    const density = (x: number) =>
      x < likely
        ? (2 * (x - low)) / ((high - low) * (likely - low))
        : (2 * (high - x)) / ((high - low) * (high - likely));
    // Standard error of a sample p-quantile: sqrt(p (1 − p) / n) / f(q(p)).
    const tolerance = (p: 0.1 | 0.5 | 0.9) =>
      (4 * D * Math.sqrt((p * (1 - p)) / samples)) / density(quantile[p]);
    // NPV falls as the cost rises: its P10 is at the cost's P90, and so on.
    expect(Math.abs(result.npv.p10 - npvAt(quantile[0.9]))).toBeLessThan(tolerance(0.9));
    expect(Math.abs(result.npv.p50 - npvAt(quantile[0.5]))).toBeLessThan(tolerance(0.5));
    expect(Math.abs(result.npv.p90 - npvAt(quantile[0.1]))).toBeLessThan(tolerance(0.1));
    // And the hand-computed quantiles are the triangular's: F(q(p)) = p
    const cdf = (x: number) =>
      x < likely
        ? (x - low) ** 2 / ((high - low) * (likely - low))
        : 1 - (high - x) ** 2 / ((high - low) * (high - likely));
    for (const p of [0.1, 0.5, 0.9] as const) expect(cdf(quantile[p])).toBeCloseTo(p, 6);
  });
});

describe('samples in which a map cannot do the work', () => {
  // Given the minimal project, whose current map needs W FTE of clerks, and a range on the
  // clerks' headcount from W/2 to 2W (most likely 1.5 W): the clerks are over capacity exactly
  // when the drawn headcount is at most W, which a triangular draw does with probability
  // (W − W/2)² / ((2W − W/2)(1.5W − W/2)) = 0.25 / 1.5 = 1/6.
  const base = minimalProject();
  const work = computeFlowModel(base, base.maps.current).roles.find((r) => r.id === 'clerk');
  const W = (work?.utilisation ?? 0) * (work?.headcount ?? 0);
  const project: Project = {
    ...base,
    ranges: [range('roles.clerk.headcount', W / 2, 1.5 * W, 2 * W)],
  };
  const target = project.maps.targets[0]!;

  it('are counted and said in words, their share as the draws give it', () => {
    const samples = 20_000;
    const result = monteCarlo(project, target, { samples, seed: 3, sampling: 'triangular' });
    // The target's review work is lighter, so only the current map's clerks can overload.
    const p = 1 / 6;
    const se = Math.sqrt((p * (1 - p)) / samples);
    expect(Math.abs(result.overCapacityShare - p)).toBeLessThanOrEqual(4 * se);
    expect(result.notes.at(-1)).toMatch(
      /^In 1\d\.\d % of the samples a role is over capacity or cases never finish; their NPV assumes the work still gets done\.$/,
    );
  });

  it('are none when the headcount never falls below the work', () => {
    // (the model's headcount at the range's likely value, as a range is meant to be)
    const safe = {
      ...project,
      roles: project.roles.map((r) => (r.id === 'clerk' ? { ...r, headcount: 1.5 * W } : r)),
      ranges: [range('roles.clerk.headcount', 1.2 * W, 1.5 * W, 2 * W)],
    };
    const result = monteCarlo(safe, safe.maps.targets[0]!, {
      samples: 2000,
      seed: 3,
      sampling: 'pert',
    });
    expect(result.overCapacityShare).toBe(0);
    expect(result.notes).toEqual([]);
  });
});

describe('a range whose likely value is not the model number', () => {
  it('given demand edited to 4 500 with its range still centred on 4 000, when varied, then Monte Carlo and the tornado say the two disagree and how', () => {
    const sample = SAMPLES[0]!.project;
    const edited = writeInput(sample, 'maps.current.demand.casesPerPeriod', 4500) as Project;
    const target = edited.maps.targets[0]!;
    const expected =
      `The cases per period of the map "${edited.maps.current.name}" is 4,500, but its range's likely value is 4,000: ` +
      'the NPV uses 4,500, the tornado and Monte Carlo centre on 4,000. Set the likely value to the number, or the number to the likely value.';
    expect(monteCarlo(edited, target, { samples: 200, seed: 1, sampling: 'pert' }).notes).toContain(
      expected,
    );
    expect(tornado(edited, target).notes).toContain(expected);
  });

  it('given a number outside its range, when varied, then the note says the range leaves it out', () => {
    const sample = SAMPLES[0]!.project;
    const edited = writeInput(sample, 'maps.current.demand.casesPerPeriod', 100) as Project;
    const notes = monteCarlo(edited, edited.maps.targets[0]!, {
      samples: 200,
      seed: 1,
      sampling: 'pert',
    }).notes;
    expect(notes.join('\n')).toContain(
      "is 100, but its range's likely value is 4,000 and the range (3,500 to 4,800) leaves it out",
    );
  });

  it('given every range centred on its number (the samples), when varied, then there is no such note', () => {
    for (const { project } of SAMPLES)
      for (const target of project.maps.targets)
        expect(
          monteCarlo(project, target, { samples: 200, seed: 1, sampling: 'pert' }).notes.join('\n'),
        ).not.toContain("range's likely value");
  });
});

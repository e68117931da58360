/**
 * The flow model's verdict on a map, and the rules every engine shares with it: fractional
 * headcount, the normalisation of decision probabilities, loops that can never be left,
 * runaway loops, no demand, and the queueing estimate for one station against closed forms.
 */
import { describe, expect, it } from 'vitest';
import { validateProject } from '../model/parse';
import { computeFlowModel, MAX_VISITS_PER_STEP } from './flow-model';
import { gigcWait } from './queueing';
import { oneClerkModel, reworkLoopModel, type QueueModel } from './testing/queue-models';

const isValid = (model: QueueModel): boolean =>
  validateProject(JSON.parse(JSON.stringify(model.project))).ok;

describe('fractional headcount: ⌈FTE⌉ people sharing FTE of time', () => {
  it('counts capacity in FTE and serves the queue by ⌈FTE⌉ people at FTE/⌈FTE⌉ pace', () => {
    // Given 1.3 cases an hour of one-hour work for 1.4 FTE
    const flow = computeFlowModel(oneClerkModel(1.4, 1.3).project, oneClerkModel(1.4, 1.3).map);
    const clerk = flow.roles[0];
    // then utilisation is 1.3 / 1.4 and the map is stable, with a cycle-time estimate
    expect(clerk?.utilisation).toBeCloseTo(1.3 / 1.4, 12);
    expect(clerk?.servers).toBe(2);
    expect(clerk?.paceFactor).toBeCloseTo(2 / 1.4, 12);
    expect(flow.status).toBe('ok');
    expect(flow.cycleTimeHoursEstimate).not.toBeNull();
    // and labour counts the hour of work, not the stretched elapsed time
    expect(flow.costPerCase?.labour).toBeCloseTo(40, 12);
  });

  it('gives 2.0 and 2.4 FTE different cycle times, and more FTE a shorter one', () => {
    const cycle = (fte: number): number | null => {
      const model = oneClerkModel(fte, 1.5);
      return computeFlowModel(model.project, model.map).cycleTimeHoursEstimate;
    };
    const times = [1.6, 2, 2.4, 3].map(cycle);
    expect(times.every((t) => t !== null)).toBe(true);
    for (let i = 1; i < times.length; i++)
      expect(times[i] as number).toBeLessThan(times[i - 1] as number);
  });

  it('is overloaded exactly when demand reaches FTE, whole or not', () => {
    for (const fte of [0.5, 1, 1.25, 1.45, 2, 2.4, 7.5]) {
      const below = oneClerkModel(fte, fte * 0.99);
      const at = oneClerkModel(fte, fte);
      expect(computeFlowModel(below.project, below.map).status, `${fte} FTE below`).toBe('ok');
      expect(computeFlowModel(at.project, at.map).status, `${fte} FTE at`).toBe('overloaded');
    }
  });

  it('says a role with nobody in it never gets its work done', () => {
    const model = oneClerkModel(0, 1);
    const flow = computeFlowModel(model.project, model.map);
    expect(flow.status).toBe('overloaded');
    expect(flow.warnings).toEqual([
      'clerk has no headcount but gets work, so those cases are never done',
    ]);
    expect(flow.cycleTimeHoursEstimate).toBeNull();
  });
});

describe('decision probabilities: one normalisation rule', () => {
  it('divides by the total, so 60 % + 39.99995 % loops exactly as 60/99.99995 does', () => {
    // Given a rework loop whose probabilities add up to 1 − 5e-7 (validation accepts it)
    const model = reworkLoopModel(0.6, 0.3999995);
    expect(isValid(model)).toBe(true);
    const flow = computeFlowModel(model.project, model.map);
    // then the visits are those of the normalised shares: 1 / (1 − 0.6/0.999999)
    const back = 0.6 / 0.9999995;
    expect(flow.steps[1]?.visitsPerCase).toBeCloseTo(1 / (1 - back), 9);
  });
});

describe('loops that can never be left', () => {
  it('calls a loop whose way out has 0 % trapped, in words, with no figures per case', () => {
    // Given a rework loop taken 100 % of the time
    const model = reworkLoopModel(1, 0);
    expect(isValid(model)).toBe(true);
    const flow = computeFlowModel(model.project, model.map);
    // then nothing ever finishes: no cost per case, no throughput, and the way out is named
    expect(flow.status).toBe('trapped');
    expect(flow.stable).toBe(false);
    expect(flow.costPerCase).toBeNull();
    expect(flow.throughputPerHour).toBe(0);
    expect(flow.cycleTimeHoursEstimate).toBeNull();
    expect(flow.warnings).toEqual([
      'Cases that reach "Correct now?" can never finish: the way out, the flow to "Done", has ' +
        'a probability of 0 %, so every case goes round the loop for ever; give it a probability above 0 %',
    ]);
  });

  it('treats probabilities adding up to 1 − 1e-12 with a 0 % way out the same way', () => {
    const model = reworkLoopModel(0.999_999_999_999, 0);
    expect(isValid(model)).toBe(true);
    expect(computeFlowModel(model.project, model.map).status).toBe('trapped');
  });

  it('warns when a case would go round a loop more than the limit', () => {
    // Given a loop left 0.001 % of the time: 100 000 visits per case
    const model = reworkLoopModel(0.99999, 0.00001);
    const flow = computeFlowModel(model.project, model.map);
    expect(flow.maxVisitsPerStep).toBeGreaterThan(MAX_VISITS_PER_STEP);
    expect(flow.warnings).toContain(
      'A case goes through "Fix invoice" about 100,000 times on average: a loop is almost never ' +
        'left, which no real process does; check the probabilities of the decisions in that loop',
    );
  });
});

describe('no demand', () => {
  it('is its own state, not an overload, with figures per case and no throughput', () => {
    const model = oneClerkModel(1, 0);
    const flow = computeFlowModel(model.project, model.map);
    expect(flow.status).toBe('no-demand');
    expect(flow.stable).toBe(true);
    expect(flow.throughputPerHour).toBe(0);
    expect(flow.costPerCase?.labour).toBeCloseTo(40, 12);
    expect(flow.warnings[0]).toMatch(/^There is no demand: one clerk gets 0 cases a day/);
  });
});

describe('the queueing estimate for one station', () => {
  it('is Pollaczek–Khinchine for one person and Poisson arrivals', () => {
    // M/D/1 at ρ = 0.8 with service 1 h: Wq = ρ / (2 μ (1 − ρ)) = 2 h
    expect(gigcWait(1, 0.8, 1, 1, 0)).toBeCloseTo(2, 12);
    // M/U/1 with uniform 0.5..1.5 h: cs² = (1/12) / 1 → Wq = 4 × (1 + 1/12) / 2
    expect(gigcWait(1, 0.8, 1, 1, 1 / 12)).toBeCloseTo((4 * (1 + 1 / 12)) / 2, 12);
  });

  it('is 0 for regular arrivals and fixed work, and grows with bursty arrivals', () => {
    expect(gigcWait(3, 2.4, 1, 0, 0)).toBe(0);
    expect(gigcWait(1, 0.8, 1, 2, 1)).toBeGreaterThan(gigcWait(1, 0.8, 1, 1, 1));
  });

  it('reads the variability of every distribution from its moments', () => {
    // Given fixed work at 80 %, the estimate is the M/D/1 one: W = 1 + 2 h
    const fixed = oneClerkModel(1, 0.8, { type: 'fixed', value: 60 });
    expect(computeFlowModel(fixed.project, fixed.map).cycleTimeHoursEstimate).toBeCloseTo(3, 9);
    // and with regular arrivals and fixed work, nobody ever waits
    const regular = oneClerkModel(1, 0.8, { type: 'fixed', value: 60 });
    regular.map.demand.arrivals = 'regular';
    expect(computeFlowModel(regular.project, regular.map).cycleTimeHoursEstimate).toBeCloseTo(
      1,
      12,
    );
  });
});

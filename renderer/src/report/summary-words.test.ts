import { describe, expect, it } from 'vitest';
import type { ReadinessFinding } from '../../../shared/readiness';
import { SAMPLES } from '../../../shared/samples';
import type { RoiResult } from '../../../shared/roi';
import type { MonteCarloResult, TornadoBar, TornadoResult } from '../../../shared/uncertainty';
import { businessCaseOf } from '../business/compute';
import { driverWords, recommendation, riskWords, topDrivers, topRisks } from './summary-words';

const roi = (over: Partial<RoiResult>): RoiResult =>
  ({
    currency: 'EUR',
    npv: 50_000,
    paybackMonth: 20,
    horizonMonths: 36,
    blockers: [],
    ...over,
  }) as RoiResult;
const mc = (probNpvPositive: number): MonteCarloResult => ({ probNpvPositive }) as MonteCarloResult;
const finding = (severity: ReadinessFinding['severity'], subject: string): ReadinessFinding => ({
  rule: `rule-${subject}`,
  severity,
  subject,
  subjectKind: 'project',
  subjectId: null,
  message: `Something about ${subject} is wrong.`,
  fix: 'Fix it.',
});

describe('the recommendation on the cover', () => {
  it('says go ahead when the NPV is positive in most outcomes', () => {
    // Given a positive NPV, payback in month 20 and 85 % of outcomes positive
    const sentence = recommendation(roi({}), mc(0.85), []);
    // Then it recommends going ahead with the figures that justify it, in one sentence
    expect(sentence).toBe(
      'Go ahead: the NPV is €50,000, it pays back in month 20, and the NPV is positive in 85 % of simulated outcomes.',
    );
  });

  it('says go in stages between even odds and confidence', () => {
    expect(recommendation(roi({}), mc(0.6), [])).toMatch(/^Go ahead in stages: .* only 60 %/);
  });

  it('says do not commit yet when fewer than half the outcomes are positive', () => {
    expect(recommendation(roi({}), mc(0.3), [])).toMatch(/^Do not commit yet: .* only in 30 %/);
  });

  it('says do not go ahead when the NPV is not positive', () => {
    const sentence = recommendation(roi({ npv: -1_000, paybackMonth: null }), mc(0.2), []);
    expect(sentence).toMatch(
      /^Do not go ahead as planned: the NPV is -€1,000 and it does not pay back within 36 months/,
    );
  });

  it('puts readiness blockers first when the figures are good', () => {
    const sentence = recommendation(roi({}), mc(0.9), [finding('blocker', 'AI step "Match"')]);
    expect(sentence).toMatch(
      /^Go ahead only once the readiness blocker is fixed: .* but AI step "Match"/,
    );
  });

  it('asks for ranges when there is no Monte Carlo', () => {
    expect(recommendation(roi({}), null, [])).toMatch(/^Go ahead, and add ranges to test it/);
  });

  it('says there is no case when the maps cannot do the work', () => {
    const sentence = recommendation(
      roi({ npv: null, blockers: ['The target map has a step that no case reaches.'] }),
      null,
      [],
    );
    expect(sentence).toBe(
      'Do not decide yet: the target process cannot do the work as drawn (the target map has a step that no case reaches), so there is no business case to weigh.',
    );
  });

  it('is one sentence for every sample scenario', () => {
    for (const sample of SAMPLES)
      for (const target of sample.project.maps.targets) {
        const value = businessCaseOf(sample.project, target, {
          samples: 200,
          seed: 1,
          sampling: 'triangular',
        });
        const sentence = recommendation(value.roi, value.monteCarlo, value.readiness);
        expect(sentence).toMatch(/^[A-Z][^]*\.$/);
        expect(sentence.match(/\. [A-Z]/g)).toBeNull();
      }
  });
});

describe('top risks and drivers', () => {
  it('keeps readiness order (blockers, risks, notes) and cuts at three', () => {
    const findings = [
      finding('blocker', 'a'),
      finding('risk', 'b'),
      finding('risk', 'c'),
      finding('note', 'd'),
    ];
    expect(topRisks(findings).map((f) => f.subject)).toEqual(['a', 'b', 'c']);
    expect(riskWords(findings[0] as ReadinessFinding)).toBe('a: something about a is wrong.');
  });

  it('takes the three widest tornado bars, widest first', () => {
    const bar = (input: string, swing: number): TornadoBar =>
      ({ input, label: input, swing }) as TornadoBar;
    const tornado = {
      baseNpv: 0,
      bars: [bar('a', 5), bar('b', 50), bar('c', 20), bar('d', 30)],
      skipped: [],
      notes: [],
    } as TornadoResult;
    expect(topDrivers(tornado).map((b) => b.input)).toEqual(['b', 'd', 'c']);
    expect(topDrivers(null)).toEqual([]);
  });

  it('says a driver with its values in their unit', () => {
    const bar = {
      input: 'maps.targets.t.steps.s.automationRate',
      label: 'AI match automation rate',
      inputLow: 0.6,
      inputLikely: 0.8,
      inputHigh: 0.9,
      npvAtLow: -10_000,
      npvAtHigh: 90_000,
      swing: 100_000,
    } as TornadoBar;
    expect(driverWords(bar, 'EUR')).toBe(
      'AI match automation rate: from 60 % to 90 % moves the NPV from -€10,000 to €90,000 (a swing of €100,000).',
    );
  });
});

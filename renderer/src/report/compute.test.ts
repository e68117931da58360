import { afterEach, describe, expect, it, vi } from 'vitest';
import { businessCase } from '../../../shared/business-case';
import { simulate } from '../../../shared/engine';
import { SAMPLES } from '../../../shared/samples';
import { businessCaseOf, DEFAULT_BUSINESS_OPTIONS } from '../business/compute';
import { DEFAULT_RUN_SETTINGS } from '../store/results-slice';
import { computeReport } from './compute';
import type { ReportSubject } from './input';
import { precomputedFigures, type PrecomputedFigures } from './precomputed';

const project = SAMPLES[0]!.project;
const target = project.maps.targets[0]!;
const subject: ReportSubject = {
  project,
  target,
  seed: 3,
  date: '2026-12-01',
  paper: 'a4',
  print: false,
};

describe('a report from figures its caller computed (flowcase report)', () => {
  it('draws the business case the screen would compute, and the runs it was given', async () => {
    const options = { ...DEFAULT_BUSINESS_OPTIONS, samples: 300, seed: 3 };
    const run = { ...DEFAULT_RUN_SETTINGS, cases: 2_000, replications: 2, seed: 3 };
    const figures: PrecomputedFigures = {
      business: businessCase(project, target, options),
      simulation: {
        current: simulate(project, project.maps.current, run),
        target: simulate(project, target, run),
      },
    };
    const outcome = await computeReport(subject, () => Promise.resolve(figures));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const screen = businessCaseOf(project, target, options);
    // The cost categories and formula lines are added here, as the screen adds them.
    expect(outcome.data.business.roi).toEqual(screen.roi);
    expect(outcome.data.business.costs).toEqual(screen.costs);
    expect(outcome.data.business.formulas).toEqual(screen.formulas);
    expect(outcome.data.business.monteCarlo).toEqual(screen.monteCarlo);
    expect(outcome.data.simulation.target).toBe(figures.simulation.target);
    expect(outcome.data.diff.changed.length + outcome.data.diff.added.length).toBeGreaterThan(0);
  });
});

describe('precomputedFigures', () => {
  afterEach(() => vi.unstubAllGlobals());
  const offer = (figures: () => Promise<unknown>) =>
    vi.stubGlobal('window', { __flowcaseReportFigures: figures });

  it('is null where no caller offers figures (the app computes them itself)', async () => {
    vi.stubGlobal('window', {});
    expect(await precomputedFigures()).toBeNull();
  });

  it('is null when the caller failed or handed over something that is not figures', async () => {
    offer(() => Promise.reject(new Error('thread crashed')));
    expect(await precomputedFigures()).toBeNull();
    offer(() => Promise.resolve({ business: {}, simulation: {} }));
    expect(await precomputedFigures()).toBeNull();
    offer(() => Promise.resolve('figures'));
    expect(await precomputedFigures()).toBeNull();
  });

  it('hands over figures that have the parts the report reads', async () => {
    const run = { ...DEFAULT_RUN_SETTINGS, cases: 500, replications: 1, seed: 1 };
    const sim = simulate(project, target, run);
    const business = businessCase(project, target, { samples: 0, seed: 1, sampling: 'triangular' });
    offer(() => Promise.resolve({ business, simulation: { current: sim, target: sim } }));
    expect(await precomputedFigures()).toEqual({
      business,
      simulation: { current: sim, target: sim },
    });
  });
});

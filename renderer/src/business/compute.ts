/**
 * The business case of one target scenario, everything the screen shows: the ROI model's
 * result, Monte Carlo over the project's ranges, the tornado, the readiness findings, the cost
 * categories and the custom formula lines. The same engine calls with the same options as
 * `flowcase roi` (cli/src/commands/roi.ts), so the figures on screen equal its JSON.
 *
 * `computeBusinessCase` is the one door the screen uses: the engines run in the app's engine
 * worker (renderer/src/engine; on the main thread in chunks where no worker starts), and only
 * the cost categories and formula lines, a few milliseconds, are worked out here.
 */
import {
  businessCase,
  type BusinessCaseFigures,
  type BusinessCaseOptions,
} from '../../../shared/business-case';
import type { Project, TargetMap } from '../../../shared/model/schema';
import type { ReadinessFinding } from '../../../shared/readiness';
import type { RoiResult } from '../../../shared/roi';
import type { MonteCarloResult, TornadoResult } from '../../../shared/uncertainty';
import { appEngine } from '../engine/app-engine';
import { costBreakdown, filledColumns, type CostBreakdown } from './costs';
import { formulaValues, type FormulaValue } from './formulas';

export type { BusinessCaseOptions };

/** What `flowcase roi` uses when not told otherwise. */
export const DEFAULT_BUSINESS_OPTIONS: BusinessCaseOptions = {
  samples: 10_000,
  seed: 1,
  sampling: 'triangular',
};

export interface BusinessCase {
  readonly targetId: string;
  readonly roi: RoiResult;
  /** Null when blocked, when `samples` is 0, or when the project has no ranges. */
  readonly monteCarlo: MonteCarloResult | null;
  /** Null when blocked. */
  readonly tornado: TornadoResult | null;
  readonly readiness: readonly ReadinessFinding[];
  /** Null when blocked (there is no cash flow to split). */
  readonly costs: CostBreakdown | null;
  readonly formulas: readonly FormulaValue[];
  /** Number of ranges in the project (0: say how to add them). */
  readonly rangeCount: number;
  readonly options: BusinessCaseOptions;
  /** Time the engines took, in milliseconds. */
  readonly computeMs: number;
}

export type BusinessCaseOutcome =
  | { readonly ok: true; readonly value: BusinessCase }
  | { readonly ok: false; readonly message: string };

/** The samples to draw: none without ranges (the screen then says how to add one). */
function samplesFor(project: Project, options: BusinessCaseOptions): BusinessCaseOptions {
  return { ...options, samples: project.ranges.length === 0 ? 0 : options.samples };
}

/** The screen's business case from the engines' `figures`: the cost categories and formulas added. */
function withCostsAndFormulas(
  project: Project,
  target: TargetMap,
  figures: BusinessCaseFigures,
  options: BusinessCaseOptions,
  computeMs: number,
): BusinessCase {
  const { roi, monteCarlo, tornado, readiness } = figures;
  const inputs = roi.inputs;
  const months = inputs === null ? null : filledColumns(inputs);
  return {
    targetId: target.id,
    roi,
    monteCarlo,
    tornado,
    readiness,
    costs:
      inputs === null || months === null ? null : costBreakdown(project, target, inputs, months),
    formulas: inputs === null || months === null ? [] : formulaValues(project, roi, inputs, months),
    rangeCount: project.ranges.length,
    options,
    computeMs,
  };
}

/** The business case of `target` right now, on this thread. */
export function businessCaseOf(
  project: Project,
  target: TargetMap,
  options: BusinessCaseOptions = DEFAULT_BUSINESS_OPTIONS,
  now: () => number = () => performance.now(),
): BusinessCase {
  const started = now();
  const figures = businessCase(project, target, samplesFor(project, options));
  return withCostsAndFormulas(project, target, figures, options, now() - started);
}

/**
 * The business case of the target `targetId` of `project`. Never rejects: an engine error
 * comes back as a message for people.
 */
export async function computeBusinessCase(
  project: Project,
  targetId: string,
  options: BusinessCaseOptions = DEFAULT_BUSINESS_OPTIONS,
): Promise<BusinessCaseOutcome> {
  const target = project.maps.targets.find((t) => t.id === targetId);
  if (target === undefined)
    return { ok: false, message: 'This target no longer exists; pick another map tab.' };
  try {
    const started = performance.now();
    const figures = await appEngine().runBusinessCase(
      project,
      targetId,
      samplesFor(project, options),
    );
    const value = withCostsAndFormulas(
      project,
      target,
      figures,
      options,
      performance.now() - started,
    );
    return { ok: true, value };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The business case could not be computed: ${reason}` };
  }
}

/**
 * The business case as `flowcase roi` and `flowcase export` compute it: the options both take
 * (--scenario, --samples, --seed, --sampling), the target they name (with the same errors),
 * and the business case itself (shared/business-case), with Monte Carlo's progress shown.
 */
import { businessCase, type BusinessCaseFigures } from '../../shared/business-case';
import type { Project, TargetMap } from '../../shared/model';
import { findTarget } from '../../shared/roi';
import type { Sampling } from '../../shared/uncertainty';
import { EXIT, type CliIo } from './io';
import { UsageError, wholeNumber } from './options';
import { printable } from './printable';
import { startProgress } from './progress';

/** The options of the business case, as parseArgs declares them. */
export const BUSINESS_CASE_OPTIONS = {
  scenario: { type: 'string' },
  samples: { type: 'string' },
  seed: { type: 'string' },
  sampling: { type: 'string' },
} as const;

export const BUSINESS_CASE_HELP = `--scenario NAME   the target map, by name or id (default: the first target)
--samples N       Monte Carlo samples (default 10000; 0 skips Monte Carlo)
--seed S          random seed; the same seed gives the same result (default 1)
--sampling KIND   how ranges are sampled: triangular (default) or pert`;

export interface UncertaintyOptions {
  samples: number;
  seed: number;
  sampling: Sampling;
}

/** --samples, --seed and --sampling, checked; throws `UsageError` saying what was expected. */
export function uncertaintyOptions(values: {
  samples?: string | undefined;
  seed?: string | undefined;
  sampling?: string | undefined;
}): UncertaintyOptions {
  const samples = wholeNumber(values.samples, '--samples', 10_000, 0, 1_000_000);
  const seed = wholeNumber(values.seed, '--seed', 1, 0, 2 ** 31 - 1);
  if (
    values.sampling !== undefined &&
    values.sampling !== 'triangular' &&
    values.sampling !== 'pert'
  )
    throw new UsageError(`--sampling must be triangular or pert (got "${values.sampling}")`);
  return { samples, seed, sampling: values.sampling === 'pert' ? 'pert' : 'triangular' };
}

/**
 * The target map --scenario names in the project read from `file`, or the exit code after
 * saying why there is none (no target map at all: invalid input; no such name: wrong usage).
 */
export function scenarioOf(
  io: CliIo,
  file: string,
  project: Project,
  scenario: string | undefined,
): TargetMap | number {
  if (project.maps.targets.length === 0) {
    io.err(
      `error: ${printable(file)}: the project has no target map, so there is no scenario to build a business case for`,
    );
    return EXIT.invalid;
  }
  const target = findTarget(project, scenario);
  if (target === undefined) {
    const names = project.maps.targets.map((t) => `"${printable(t.name)}"`).join(', ');
    io.err(
      `error: ${printable(file)}: there is no target map called "${printable(scenario ?? '')}"; the targets are ${names}`,
    );
    return EXIT.usage;
  }
  return target;
}

export type BusinessCaseResult = BusinessCaseFigures;

/** The business case of `target`, Monte Carlo showing its progress on the terminal. */
export function computeBusinessCase(
  io: CliIo,
  project: Project,
  target: TargetMap,
  { samples, seed, sampling }: UncertaintyOptions,
): BusinessCaseResult {
  const progress = startProgress(io, `Monte Carlo for ${printable(target.name)}`);
  try {
    return businessCase(project, target, {
      samples,
      seed,
      sampling,
      onProgress: (share) => progress.update(share),
    });
  } finally {
    progress.done();
  }
}

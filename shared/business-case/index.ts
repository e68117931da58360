/**
 * The business case of one target scenario as `flowcase roi`, the app's worker and the app's
 * business-case screen all compute it: the ROI model, Monte Carlo over the project's ranges,
 * the tornado and the readiness findings. One place, so the figures agree everywhere. A
 * blocked ROI (no cash flow) leaves nothing for Monte Carlo or the tornado to vary.
 */
import type { Project, TargetMap } from '../model/schema';
import { checkReadiness, type ReadinessFinding } from '../readiness';
import { computeRoi, type RoiResult } from '../roi';
import {
  monteCarlo,
  tornado,
  type MonteCarloResult,
  type Sampling,
  type TornadoResult,
} from '../uncertainty';

/** How the uncertainty is sampled: what `flowcase roi` takes as options, and the app too. */
export interface BusinessCaseOptions {
  /** Monte Carlo samples; 0 skips Monte Carlo. */
  readonly samples: number;
  readonly seed: number;
  readonly sampling: Sampling;
}

export interface BusinessCaseRun extends BusinessCaseOptions {
  /** Monte Carlo's share done, 0..1 (it is the part that can run for seconds). */
  readonly onProgress?: (share: number) => void;
}

export interface BusinessCaseFigures {
  roi: RoiResult;
  monteCarlo: MonteCarloResult | null;
  tornado: TornadoResult | null;
  readiness: ReadinessFinding[];
}

export function businessCase(
  project: Project,
  target: TargetMap,
  { samples, seed, sampling, onProgress }: BusinessCaseRun,
): BusinessCaseFigures {
  const roi = computeRoi(project, target);
  const blocked = roi.blockers.length > 0;
  return {
    roi,
    monteCarlo:
      samples > 0 && !blocked
        ? monteCarlo(project, target, {
            samples,
            seed,
            sampling,
            ...(onProgress === undefined ? {} : { onProgress }),
          })
        : null,
    tornado: blocked ? null : tornado(project, target),
    readiness: checkReadiness(project, target),
  };
}

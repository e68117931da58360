/**
 * What the app's engine worker (`sim-worker.ts`) does, written once for both places it runs:
 * in the worker, and on the main thread where no worker can start. Everything that crosses
 * to a worker is plain data (structured-cloned by postMessage).
 */
import {
  runReplication,
  compileSimulation,
  type ReplicationSummary,
  type SimulationPlan,
} from '../../../shared/engine';
import type { ProcessMap, Project } from '../../../shared/model/schema';
import { checkReadiness, type ReadinessFinding } from '../../../shared/readiness';
import { computeRoi, findTarget, type RoiResult } from '../../../shared/roi';
import {
  monteCarlo,
  tornado,
  type MonteCarloResult,
  type Sampling,
  type TornadoResult,
} from '../../../shared/uncertainty';

export interface BusinessCaseOptions {
  /** Monte Carlo samples; 0 skips Monte Carlo. */
  samples: number;
  seed: number;
  sampling: Sampling;
}

/** A target's business case with its uncertainty and readiness, as `flowcase roi` gives it. */
export interface BusinessCase {
  roi: RoiResult;
  /** Null without samples, or when the business case is blocked (`roi.blockers`). */
  monteCarlo: MonteCarloResult | null;
  /** Null when the business case is blocked. */
  tornado: TornadoResult | null;
  readiness: ReadinessFinding[];
}

/** The functions the engine worker exposes (through comlink). */
export interface EngineWorkerApi {
  /** Replication `index` of `plan` for map `mapId`; reports its share done (0..1). */
  runReplication(
    project: Project,
    mapId: string,
    plan: SimulationPlan,
    index: number,
    onShare: (shareDone: number) => void,
  ): ReplicationSummary;
  /** The business case of target `targetId` (the first target when undefined). */
  businessCase(
    project: Project,
    targetId: string | undefined,
    options: BusinessCaseOptions,
  ): BusinessCase;
}

/** The map `mapId` of `project` (the current map or a target); throws a sentence if none. */
export function mapOf(project: Project, mapId: string): ProcessMap {
  const map = [project.maps.current, ...project.maps.targets].find((m) => m.id === mapId);
  if (map === undefined) throw new Error(`The project has no map with the id "${mapId}".`);
  return map;
}

export function replicationOf(
  project: Project,
  mapId: string,
  plan: SimulationPlan,
  index: number,
  onShare: (shareDone: number) => void,
): ReplicationSummary {
  return runReplication(compileSimulation(project, mapOf(project, mapId)), plan, index, onShare);
}

/** The same parts `flowcase roi` runs, in the same order and with the same rules. */
export function businessCaseOf(
  project: Project,
  targetId: string | undefined,
  options: BusinessCaseOptions,
): BusinessCase {
  const target = findTarget(project, targetId);
  if (target === undefined) throw new Error(`The project has no target map "${targetId}".`);
  const roi = computeRoi(project, target);
  // Without a business case there is nothing for Monte Carlo or the tornado to vary.
  const blocked = roi.blockers.length > 0;
  return {
    roi,
    monteCarlo:
      options.samples > 0 && !blocked
        ? monteCarlo(project, target, {
            samples: options.samples,
            seed: options.seed,
            sampling: options.sampling,
          })
        : null,
    tornado: blocked ? null : tornado(project, target),
    readiness: checkReadiness(project, target),
  };
}

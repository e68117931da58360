/**
 * The report's heavy figures worked out here in Node while Chromium starts and loads the
 * page: the business case (shared/business-case, with the options the app's Business case
 * screen uses) and the seeded simulation of both maps (the Simulation screen's default run).
 * They are the same numbers the page would compute itself: the same engines, options and
 * seed, and a run spread over threads gives the result of one thread (simulate-threads.ts).
 * The page asks for them through `__flowcaseReportFigures` (renderer/src/report/precomputed.ts);
 * without them it computes everything itself.
 */
import { businessCase, type BusinessCaseFigures } from '../../../shared/business-case';
import { simulateAsync, type SimulationResult } from '../../../shared/engine';
import type { ProcessMap, Project, TargetMap } from '../../../shared/model';
import type { CliIo } from '../io';
import { simulateOnThreads } from '../simulate-threads';

/** The Simulation screen's default run (renderer/src/store/results-slice.ts). */
export const REPORT_RUN = { cases: 20_000, replications: 5 } as const;
/** The Business case screen's Monte Carlo (renderer/src/business/compute.ts). */
export const REPORT_SAMPLES = 10_000;

export interface ReportFigures {
  readonly business: BusinessCaseFigures;
  readonly simulation: { readonly current: SimulationResult; readonly target: SimulationResult };
}

function simulateMap(
  io: CliIo,
  project: Project,
  map: ProcessMap,
  seed: number,
): Promise<SimulationResult> {
  const run = { ...REPORT_RUN, seed };
  const threads = Math.min(io.threads?.cores ?? 1, run.replications);
  return io.threads === undefined || threads <= 1
    ? simulateAsync(project, map, run)
    : simulateOnThreads(project, map, run, threads, io.threads.start);
}

/** Both simulations on threads and the business case on this thread, side by side. */
export async function reportFigures(
  io: CliIo,
  project: Project,
  target: TargetMap,
  seed: number,
): Promise<ReportFigures> {
  const current = simulateMap(io, project, project.maps.current, seed);
  const simulated = simulateMap(io, project, target, seed);
  // Let the threads and Chromium's launch get going before Monte Carlo holds this thread.
  await new Promise((resolve) => setImmediate(resolve));
  const business = businessCase(project, target, {
    // As the screen does: no ranges, no Monte Carlo (it would only repeat the likely case).
    samples: project.ranges.length === 0 ? 0 : REPORT_SAMPLES,
    seed,
    sampling: 'triangular',
  });
  return { business, simulation: { current: await current, target: await simulated } };
}

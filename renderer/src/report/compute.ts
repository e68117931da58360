/**
 * Every figure the report shows, computed once before it is drawn: the business case exactly
 * as the Business case screen and `flowcase roi` compute it (same engines, same options, the
 * report's seed), the flow model of both maps (the key figures strip), a seeded simulation of
 * both maps with the Simulation screen's default run (cycle-time distribution, utilisation,
 * automation share) and the steps the target adds, removes and changes.
 */
import { compareMaps, type MapDiff } from '../../../shared/editor';
import {
  computeFlowModel,
  type FlowModelResult,
  type SimulationResult,
} from '../../../shared/engine';
import {
  computeBusinessCase,
  DEFAULT_BUSINESS_OPTIONS,
  type BusinessCase,
} from '../business/compute';
import { createEngineClient, type EngineClient } from '../engine/engine-client';
import { DEFAULT_RUN_SETTINGS } from '../store/results-slice';
import type { ReportSubject } from './input';

export interface ReportData extends ReportSubject {
  readonly business: BusinessCase;
  readonly flow: { readonly current: FlowModelResult; readonly target: FlowModelResult };
  readonly simulation: { readonly current: SimulationResult; readonly target: SimulationResult };
  readonly diff: MapDiff;
}

export type ReportOutcome =
  | { readonly ok: true; readonly data: ReportData }
  | { readonly ok: false; readonly message: string };

let engine: EngineClient | null = null;

/**
 * The report's simulations run side by side, so each gets half the cores: more workers than
 * cores only adds worker start-ups (each loads the engines) to a page that is CPU-bound.
 * The business case runs in the app engine's worker beside them.
 */
function reportEngine(): EngineClient {
  const cores = Math.max(1, navigator.hardwareConcurrency || 1);
  engine ??= createEngineClient({ maxWorkers: Math.max(1, Math.floor(cores / 2)) });
  return engine;
}

/**
 * The report's figures; never rejects (an engine error comes back as a message).
 * `onProgress` hears the share of the simulations run (the business case, beside them, is
 * quicker than either): each run's share weighted by its map's expected step visits per case,
 * so a small current map finishing first does not count for half.
 */
export async function computeReport(
  subject: ReportSubject,
  onProgress: (share: number) => void = () => undefined,
): Promise<ReportOutcome> {
  const { project, target, seed } = subject;
  const options = { ...DEFAULT_BUSINESS_OPTIONS, seed };
  const run = { ...DEFAULT_RUN_SETTINGS, seed };
  const engine = reportEngine();
  const flow = {
    current: computeFlowModel(project, project.maps.current),
    target: computeFlowModel(project, target),
  };
  const weights = [visitsPerCase(flow.current), visitsPerCase(flow.target)];
  const shares = [0, 0];
  const runControls = (run: 0 | 1) => ({
    onProgress: (share: number) => {
      shares[run] = share;
      const done = weights.reduce((sum, weight, i) => sum + weight * (shares[i] ?? 0), 0);
      onProgress(done / weights.reduce((sum, weight) => sum + weight, 0));
    },
  });
  // Side by side: the business case in its worker, both runs spread over the sim workers.
  const [business, simulation] = await Promise.all([
    computeBusinessCase(project, target.id, options),
    Promise.all([
      engine.runSimulation(project, project.maps.current.id, run, runControls(0)),
      engine.runSimulation(project, target.id, run, runControls(1)),
    ]).then(
      ([current, simulated]) => ({ ok: true as const, current, target: simulated }),
      (error: unknown) => ({
        ok: false as const,
        message: `The simulation could not run: ${error instanceof Error ? error.message : String(error)}`,
      }),
    ),
  ]);
  if (!business.ok) return { ok: false, message: business.message };
  if (!simulation.ok) return { ok: false, message: simulation.message };
  return {
    ok: true,
    data: {
      ...subject,
      business: business.value,
      flow,
      simulation: { current: simulation.current, target: simulation.target },
      diff: compareMaps(project.maps.current, target),
    },
  };
}

/** Step visits a case makes, expected: a simulation's work per case, roughly (at least 1). */
function visitsPerCase(flow: FlowModelResult): number {
  return Math.max(
    1,
    flow.steps.reduce((sum, step) => sum + step.visitsPerCase, 0),
  );
}

/**
 * The shape `flowcase simulate --json` prints, built from a simulation or from the flow
 * model, so scripts read both the same way. Figures the flow model cannot give (quantiles,
 * confidence intervals) are null there; so are figures that mean nothing for an unstable map.
 */
import type { ProcessMap, Project } from '../../../shared/model';
import type { FlowModelResult } from '../../../shared/engine/flow-model';
import type { Estimate, SimulationResult } from '../../../shared/engine/des';

export interface SimulateReport {
  mode: 'simulation' | 'analytic';
  project: string;
  map: string;
  mapId: string;
  cases: number | null;
  replications: number | null;
  seed: number | null;
  warmupFraction: number | null;
  stable: boolean;
  warnings: string[];
  throughputPerHour: number;
  throughputCi95: [number, number] | null;
  cycleTimeHours: {
    mean: number | null;
    p50: number | null;
    p90: number | null;
    p95: number | null;
    ci95: [number, number] | null;
  };
  workInProgress: number | null;
  roles: {
    name: string;
    id: string;
    utilisation: number;
    meanQueueLength: number | null;
    meanWaitHours: number | null;
  }[];
  steps: {
    name: string;
    id: string;
    kind: string;
    visitsPerCase: number;
    meanWaitHours: number | null;
  }[];
  costPerCase: number;
  costPerCaseBreakdown: { labour: number; nonLabour: number; ai: number; errors: number };
  currency: string;
}

const finiteOrNull = (x: number | null): number | null =>
  x !== null && Number.isFinite(x) ? x : null;

export function analyticReport(
  project: Project,
  map: ProcessMap,
  flow: FlowModelResult,
): SimulateReport {
  return {
    mode: 'analytic',
    project: project.name,
    map: map.name,
    mapId: map.id,
    cases: null,
    replications: null,
    seed: null,
    warmupFraction: null,
    stable: flow.stable,
    warnings: [...flow.warnings],
    throughputPerHour: flow.throughputPerHour,
    throughputCi95: null,
    cycleTimeHours: {
      mean: flow.cycleTimeHoursEstimate,
      p50: null,
      p90: null,
      p95: null,
      ci95: null,
    },
    workInProgress: flow.workInProgressEstimate,
    roles: flow.roles.map((r) => ({
      name: r.name,
      id: r.id,
      utilisation: r.utilisation,
      meanQueueLength: flow.stable
        ? finiteOrNull(r.queueWaitHours * flow.arrivalsPerHour * r.visitsPerCase)
        : null,
      meanWaitHours: finiteOrNull(r.queueWaitHours),
    })),
    steps: flow.steps.map((s) => ({
      name: s.name,
      id: s.id,
      kind: s.kind,
      visitsPerCase: s.visitsPerCase,
      meanWaitHours: finiteOrNull(s.queueWaitHours),
    })),
    costPerCase: flow.costPerCase.total,
    costPerCaseBreakdown: {
      labour: flow.costPerCase.labour,
      nonLabour: flow.costPerCase.nonLabour,
      ai: flow.costPerCase.ai,
      errors: flow.costPerCase.errors,
    },
    currency: project.currency,
  };
}

export function simulationReport(
  project: Project,
  map: ProcessMap,
  sim: SimulationResult,
): SimulateReport {
  const ct = sim.cycleTimeHours;
  const ci = (e: Estimate): [number, number] => [e.ci95[0], e.ci95[1]];
  return {
    mode: 'simulation',
    project: project.name,
    map: map.name,
    mapId: map.id,
    cases: sim.cases,
    replications: sim.replications,
    seed: sim.seed,
    warmupFraction: sim.warmupFraction,
    stable: sim.stable,
    warnings: [...sim.warnings],
    throughputPerHour: sim.throughputPerHour.mean,
    throughputCi95: ci(sim.throughputPerHour),
    cycleTimeHours: {
      mean: ct.mean.mean,
      p50: ct.p50.mean,
      p90: ct.p90.mean,
      p95: ct.p95.mean,
      ci95: ci(ct.mean),
    },
    workInProgress: sim.workInProgress.mean,
    roles: sim.roles.map((r) => ({
      name: r.name,
      id: r.id,
      utilisation: r.utilisation.mean,
      meanQueueLength: r.meanQueueLength.mean,
      meanWaitHours: r.meanWaitHours.mean,
    })),
    steps: sim.steps.map((s) => ({
      name: s.name,
      id: s.id,
      kind: s.kind,
      visitsPerCase: s.visitsPerCase.mean,
      meanWaitHours: s.meanWaitHours.mean,
    })),
    costPerCase: sim.costPerCase.total.mean,
    costPerCaseBreakdown: {
      labour: sim.costPerCase.labour.mean,
      nonLabour: sim.costPerCase.nonLabour.mean,
      ai: sim.costPerCase.ai.mean,
      errors: sim.costPerCase.errors.mean,
    },
    currency: project.currency,
  };
}

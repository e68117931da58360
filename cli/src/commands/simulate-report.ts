/**
 * The shape `flowcase simulate --json` prints, built from a simulation or from the flow
 * model, so scripts read both the same way. Figures the flow model cannot give (quantiles,
 * confidence intervals) are null there; so are figures that mean nothing for the map's state
 * (an overloaded map's cycle time, a role with nobody in it), with `nullFigures` saying why.
 * Never NaN or Infinity.
 */
import type { ProcessMap, Project } from '../../../shared/model';
import type {
  AutomationShares,
  CycleTimeBin,
  Estimate,
  FlowModelResult,
  SimulationResult,
} from '../../../shared/engine';

export interface SimulateReport {
  mode: 'simulation' | 'analytic';
  project: string;
  map: string;
  mapId: string;
  cases: number | null;
  replications: number | null;
  seed: number | null;
  /** Working hours left out before measuring, how they were chosen, and in a sentence. */
  warmupHours: number | null;
  warmupRule: 'auto' | 'set' | null;
  warmupReason: string | null;
  /** Cases measured (arrived after the warm-up), all replications. */
  casesCounted: number | null;
  /** The run was too short to measure anything; `minimumCases` is what it needs. */
  runTooShort: boolean;
  minimumCases: number | null;
  /**
   * What the figures describe. Simulation: ok, overloaded, stuck or refused
   * (`SimulationStatus`); analytic: ok, no-demand, overloaded or trapped (`FlowStatus`).
   */
  status: string;
  /** True when the figures describe a process in steady state. */
  stable: boolean;
  warnings: string[];
  /** Why some figures are null, in one sentence; null when none is. */
  nullFigures: string | null;
  throughputPerHour: number | null;
  throughputCi95: [number, number] | null;
  cycleTimeHours: {
    mean: number | null;
    p50: number | null;
    p90: number | null;
    p95: number | null;
    ci95: [number, number] | null;
  };
  /**
   * Counted cases completed by cycle time (working hours), all replications, on a fixed grid
   * of round edges; `toHours` null for the open last bin. Null where the cycle time is.
   */
  cycleTimeHistogram: CycleTimeBin[] | null;
  /**
   * Shares (0..1) of AI-step visits auto-accepted (QA-sampled included), reviewed below the
   * threshold and taken by the fallback path, with 95 % intervals; null without an AI step
   * that a counted case reached, and in analytic mode.
   */
  automation: {
    aiStepVisits: number;
    autoAccepted: ShareFigure;
    reviewed: ShareFigure;
    fallback: ShareFigure;
    qaSampled: ShareFigure;
  } | null;
  workInProgress: number | null;
  roles: {
    name: string;
    id: string;
    utilisation: number | null;
    meanQueueLength: number | null;
    meanWaitHours: number | null;
  }[];
  steps: {
    name: string;
    id: string;
    kind: string;
    visitsPerCase: number | null;
    meanWaitHours: number | null;
  }[];
  costPerCase: number | null;
  costPerCaseBreakdown: { labour: number; nonLabour: number; ai: number; errors: number } | null;
  currency: string;
}

/** A share (0..1) with its 95 % interval. */
export interface ShareFigure {
  share: number;
  ci95: [number, number];
}

const finiteOrNull = (x: number | null | undefined): number | null =>
  x !== null && x !== undefined && Number.isFinite(x) ? x : null;

const GROWING =
  'demand exceeds capacity, so they only grow with the length of the run and say nothing';

/** The sentence behind the null figures of a map in `status`. */
function nullFigures(status: string, mode: SimulateReport['mode']): string | null {
  switch (status) {
    case 'overloaded':
      return `Cycle time, work in progress, queues and waits are left out: ${GROWING}.`;
    case 'trapped':
      return 'There are no figures: cases never finish (see the warning).';
    case 'refused':
      return 'There are no figures: the map was not simulated (see the warning).';
    case 'too-short':
      return 'There are no figures: the run is too short to measure anything (see the warning).';
    case 'stuck':
      return 'Cycle time and cost per case count only the cases that finished.';
    case 'no-demand':
      return mode === 'analytic' ? 'Throughput and work in progress are 0: no cases arrive.' : null;
    default:
      return null;
  }
}

export function analyticReport(
  project: Project,
  map: ProcessMap,
  flow: FlowModelResult,
): SimulateReport {
  const cost = flow.costPerCase;
  const steady = flow.status === 'ok' || flow.status === 'no-demand';
  return {
    mode: 'analytic',
    project: project.name,
    map: map.name,
    mapId: map.id,
    cases: null,
    replications: null,
    seed: null,
    warmupHours: null,
    warmupRule: null,
    warmupReason: null,
    casesCounted: null,
    runTooShort: false,
    minimumCases: null,
    status: flow.status,
    stable: flow.stable,
    warnings: [...flow.warnings],
    nullFigures: nullFigures(flow.status, 'analytic'),
    throughputPerHour: flow.status === 'trapped' ? null : flow.throughputPerHour,
    throughputCi95: null,
    cycleTimeHours: {
      mean: flow.cycleTimeHoursEstimate,
      p50: null,
      p90: null,
      p95: null,
      ci95: null,
    },
    cycleTimeHistogram: null,
    automation: null,
    workInProgress: flow.workInProgressEstimate,
    roles: flow.roles.map((r) => ({
      name: r.name,
      id: r.id,
      utilisation: finiteOrNull(r.utilisation),
      meanQueueLength: steady
        ? finiteOrNull(r.queueWaitHours * flow.arrivalsPerHour * r.visitsPerCase)
        : null,
      meanWaitHours: steady ? finiteOrNull(r.queueWaitHours) : null,
    })),
    steps: flow.steps.map((s) => ({
      name: s.name,
      id: s.id,
      kind: s.kind,
      visitsPerCase: s.visitsPerCase,
      meanWaitHours: steady ? finiteOrNull(s.queueWaitHours) : null,
    })),
    costPerCase: cost?.total ?? null,
    costPerCaseBreakdown:
      cost === null
        ? null
        : { labour: cost.labour, nonLabour: cost.nonLabour, ai: cost.ai, errors: cost.errors },
    currency: project.currency,
  };
}

export function simulationReport(
  project: Project,
  map: ProcessMap,
  sim: SimulationResult,
): SimulateReport {
  const ct = sim.cycleTimeHours;
  const ci = (e: Estimate | null): [number, number] | null =>
    e === null ? null : [e.ci95[0], e.ci95[1]];
  const mean = (e: Estimate | null): number | null => (e === null ? null : e.mean);
  const cost = sim.costPerCase;
  return {
    mode: 'simulation',
    project: project.name,
    map: map.name,
    mapId: map.id,
    cases: sim.cases,
    replications: sim.replications,
    seed: sim.seed,
    warmupHours: sim.warmupHours,
    warmupRule: sim.warmupRule,
    warmupReason: sim.warmupReason,
    casesCounted: sim.casesCounted,
    runTooShort: sim.runTooShort,
    minimumCases: sim.minimumCases,
    status: sim.status,
    stable: sim.stable,
    warnings: [...sim.warnings],
    nullFigures: nullFigures(sim.status, 'simulation'),
    throughputPerHour: mean(sim.throughputPerHour),
    throughputCi95: ci(sim.throughputPerHour),
    cycleTimeHours: {
      mean: mean(ct?.mean ?? null),
      p50: mean(ct?.p50 ?? null),
      p90: mean(ct?.p90 ?? null),
      p95: mean(ct?.p95 ?? null),
      ci95: ci(ct?.mean ?? null),
    },
    cycleTimeHistogram: sim.cycleTimeHistogram && sim.cycleTimeHistogram.map((bin) => ({ ...bin })),
    automation: automationReport(sim.automation),
    workInProgress: mean(sim.workInProgress),
    roles: sim.roles.map((r) => ({
      name: r.name,
      id: r.id,
      utilisation: mean(r.utilisation),
      meanQueueLength: mean(r.meanQueueLength),
      meanWaitHours: mean(r.meanWaitHours),
    })),
    steps: sim.steps.map((s) => ({
      name: s.name,
      id: s.id,
      kind: s.kind,
      visitsPerCase: s.visitsPerCase.mean,
      meanWaitHours: mean(s.meanWaitHours),
    })),
    costPerCase: mean(cost?.total ?? null),
    costPerCaseBreakdown:
      cost === null
        ? null
        : {
            labour: cost.labour.mean,
            nonLabour: cost.nonLabour.mean,
            ai: cost.ai.mean,
            errors: cost.errors.mean,
          },
    currency: project.currency,
  };
}

function automationReport(shares: AutomationShares | null): SimulateReport['automation'] {
  if (shares === null) return null;
  const figure = (e: Estimate): ShareFigure => ({ share: e.mean, ci95: [e.ci95[0], e.ci95[1]] });
  return {
    aiStepVisits: shares.aiStepVisits,
    autoAccepted: figure(shares.autoAccepted),
    reviewed: figure(shares.reviewed),
    fallback: figure(shares.fallback),
    qaSampled: figure(shares.qaSampled),
  };
}

// A simulation result as the figures people read: throughput per month, cycle time in working
// hours, cost per case, hours of work per month by role, each with its 95 % interval, and a
// target's change against current with the interval of the difference. Pure: the view formats.
import { hoursPerMonth, type Estimate, type SimulationResult } from '../../../shared/engine';
import type { Project } from '../../../shared/model/schema';

/** A figure with its 95 % interval half-width (0 with one replication: no interval). */
export interface Figure {
  readonly mean: number;
  readonly halfWidth: number;
}

export interface SimulationFigures {
  readonly throughputPerMonth: Figure | null;
  readonly cycleTimeHours: {
    readonly mean: Figure;
    readonly p50: Figure;
    readonly p90: Figure;
  } | null;
  readonly workInProgress: Figure | null;
  readonly costPerCase: {
    readonly total: Figure;
    readonly labour: Figure;
    readonly nonLabour: Figure;
    readonly ai: Figure;
    readonly errors: Figure;
  } | null;
  /**
   * Shares (0..1) of AI-step visits auto-accepted, reviewed and taken by the fallback path;
   * null on a map without an AI step that a measured case reached.
   */
  readonly automation: {
    readonly autoAccepted: Figure;
    readonly reviewed: Figure;
    readonly fallback: Figure;
    readonly qaSampled: Figure;
  } | null;
  /** Errors that reach the customer cost this much a month: cost per case × cases a month. */
  readonly errorCostPerMonth: Figure | null;
  readonly roles: readonly RoleFigures[];
}

export interface RoleFigures {
  readonly id: string;
  readonly name: string;
  readonly utilisation: Figure | null;
  /** Hours of work a month: busy share × headcount × working hours a month. */
  readonly hoursPerMonth: Figure | null;
  readonly meanWaitHours: Figure | null;
}

const scaled = (e: Estimate, k: number): Figure => ({
  mean: e.mean * k,
  halfWidth: e.halfWidth * k,
});
const figure = (e: Estimate): Figure => ({ mean: e.mean, halfWidth: e.halfWidth });

export function simulationFigures(project: Project, result: SimulationResult): SimulationFigures {
  const month = hoursPerMonth(project.calendar);
  const headcount = new Map(project.roles.map((r) => [r.id, r.headcount]));
  const throughput = result.throughputPerHour ? scaled(result.throughputPerHour, month) : null;
  const cost = result.costPerCase;
  return {
    throughputPerMonth: throughput,
    cycleTimeHours: result.cycleTimeHours && {
      mean: figure(result.cycleTimeHours.mean),
      p50: figure(result.cycleTimeHours.p50),
      p90: figure(result.cycleTimeHours.p90),
    },
    workInProgress: result.workInProgress && figure(result.workInProgress),
    costPerCase: cost && {
      total: figure(cost.total),
      labour: figure(cost.labour),
      nonLabour: figure(cost.nonLabour),
      ai: figure(cost.ai),
      errors: figure(cost.errors),
    },
    automation: result.automation && {
      autoAccepted: figure(result.automation.autoAccepted),
      reviewed: figure(result.automation.reviewed),
      fallback: figure(result.automation.fallback),
      qaSampled: figure(result.automation.qaSampled),
    },
    errorCostPerMonth: cost && throughput ? product(figure(cost.errors), throughput) : null,
    roles: result.roles.map((role) => ({
      id: role.id,
      name: role.name,
      utilisation: role.utilisation && figure(role.utilisation),
      hoursPerMonth:
        role.utilisation && scaled(role.utilisation, (headcount.get(role.id) ?? 0) * month),
      meanWaitHours: role.meanWaitHours && figure(role.meanWaitHours),
    })),
  };
}

/** The product of two independent estimates, with the first-order (delta method) interval. */
function product(a: Figure, b: Figure): Figure {
  return {
    mean: a.mean * b.mean,
    halfWidth: Math.hypot(a.halfWidth * b.mean, b.halfWidth * a.mean),
  };
}

/** Target minus current, with the interval of a difference of independent runs. */
export function difference(target: Figure | null, current: Figure | null): Figure | null {
  if (target === null || current === null) return null;
  return {
    mean: target.mean - current.mean,
    halfWidth: Math.hypot(target.halfWidth, current.halfWidth),
  };
}

/** Whether a difference is distinguishable from none at 95 %. */
export function isClear(change: Figure): boolean {
  return Math.abs(change.mean) > change.halfWidth;
}

/** The role most busy (the bottleneck), or null when no role has work. */
export function bottleneck(roles: readonly RoleFigures[]): string | null {
  let best: RoleFigures | null = null;
  for (const role of roles)
    if (role.utilisation && (!best?.utilisation || role.utilisation.mean > best.utilisation.mean))
      best = role;
  return best?.id ?? null;
}

// The key figures of a map from its flow model, in the units a process owner reads them, and
// their change from the current map: what the strip under the canvas shows.
import type { FlowModelResult } from '../../../shared/engine';
import { hoursPerMonth } from '../../../shared/engine';
import type { Project } from '../../../shared/model/schema';

export interface KeyFigures {
  /** Cases a month the roles could handle together (the bottleneck's limit); null when none limits. */
  readonly capacityPerMonth: number | null;
  readonly casesPerMonth: number;
  readonly costPerCase: number | null;
  readonly cycleTimeHours: number | null;
  /** Hours of hands-on work a month at the map's demand. */
  readonly workHoursPerMonth: number | null;
  /** Full-time people that work needs. */
  readonly fteNeeded: number | null;
}

export function keyFigures(project: Project, flow: FlowModelResult): KeyFigures {
  const month = hoursPerMonth(project.calendar);
  const casesPerMonth = flow.arrivalsPerHour * month;
  const work = flow.touchHoursPerCase === null ? null : flow.touchHoursPerCase * casesPerMonth;
  return {
    capacityPerMonth: Number.isFinite(flow.maxThroughputPerHour)
      ? flow.maxThroughputPerHour * month
      : null,
    casesPerMonth,
    costPerCase: flow.costPerCase?.total ?? null,
    cycleTimeHours: flow.cycleTimeHoursEstimate,
    workHoursPerMonth: work,
    fteNeeded: work === null ? null : work / month,
  };
}

/** `after − before`, or null when either is missing. */
export const delta = (after: number | null, before: number | null): number | null =>
  after === null || before === null ? null : after - before;

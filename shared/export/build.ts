/** `buildWorkbook`: the sheets of one scenario's export, in the order a reader wants them. */
import type { SimulationResult } from '../engine';
import type { Project, TargetMap } from '../model/schema';
import {
  cashFlowSheet,
  monteCarloSheet,
  readinessSheet,
  summarySheet,
  tornadoSheet,
  type BusinessCase,
} from './business-sheets';
import {
  assumptionsSheet,
  flowsSheet,
  rangesSheet,
  rolesSheet,
  stepsSheet,
  systemsSheet,
} from './model-sheets';
import { simulationSheet } from './simulation-sheet';
import type { Workbook } from './workbook';

export interface ExportInputs extends BusinessCase {
  /** Simulation results to add as the Simulation sheet (any maps); none: no such sheet. */
  simulations?: readonly SimulationResult[];
  /** The day shown as "Exported on" in the Summary; none: no such row (the output stays the same). */
  exportedOn?: Date;
}

/**
 * The export of the business case `inputs.roi` of one target scenario of `project`, with its
 * uncertainty, readiness and, when given, simulation results. Pure and deterministic: the same
 * arguments give the same workbook. Throws a RangeError when `inputs.roi` is not for a target
 * map of `project` (results mixed up with another project: a programming error).
 */
export function buildWorkbook(project: Project, inputs: ExportInputs): Workbook {
  const { roi } = inputs;
  const target: TargetMap | undefined = project.maps.targets.find((t) => t.id === roi.scenarioId);
  if (target === undefined)
    throw new RangeError(
      `the business case is for "${roi.scenario}" (${roi.scenarioId}), which is not a target map of this project`,
    );
  const skipped = [...(inputs.monteCarlo?.skipped ?? []), ...(inputs.tornado?.skipped ?? [])];
  const sheets = [
    summarySheet(project, target, inputs, inputs.exportedOn),
    cashFlowSheet(roi),
    rolesSheet(project),
    systemsSheet(project, target),
    stepsSheet(project, target),
    flowsSheet(project, target),
    rangesSheet(project, skipped),
    monteCarloSheet(roi, inputs.monteCarlo),
    tornadoSheet(project, roi, inputs.tornado),
    readinessSheet(inputs.readiness),
    assumptionsSheet(project, target, roi),
  ];
  if (inputs.simulations !== undefined && inputs.simulations.length > 0)
    sheets.push(simulationSheet(inputs.simulations, project.currency));
  return { sheets };
}

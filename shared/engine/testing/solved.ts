/** Tests read the flow model of a map whose cases finish: figures per case present. */
import type { CostPerCase, FlowModelResult } from '../flow-model';

export type SolvedFlow = FlowModelResult & {
  costPerCase: CostPerCase;
  touchHoursPerCase: number;
  errorsPerCase: number;
};

/** `flow`, checked to have figures per case (its cases can finish). */
export function solved(flow: FlowModelResult): SolvedFlow {
  if (flow.costPerCase === null || flow.touchHoursPerCase === null || flow.errorsPerCase === null)
    throw new Error(`expected a solvable map: ${flow.warnings.join('; ')}`);
  return flow as SolvedFlow;
}

/**
 * When there is no business case to compute: a saving per case only means something if both
 * processes can do the work. A map whose cases never finish has no cost per case at all, and
 * a map whose demand exceeds a role's capacity builds queues without limit, so an NPV over it
 * (a role at 19 357 809 % once printed an NPV of 1.9e11) is a number that means nothing. The
 * business case leads with these facts in words instead, and Monte Carlo and the tornado are
 * not run. Read from the flow model, so the sentences are the ones the map shows everywhere.
 */
import { computeFlowModel } from '../engine';
import type { ProcessMap, Project, TargetMap } from '../model/schema';
import { assertNever } from '../util/assert-never';

/** Why `target` against the current map has no business case, in sentences; empty when it has one. */
export function roiBlockers(project: Project, target: TargetMap): string[] {
  return [
    ...mapBlockers(project, project.maps.current, 'current process'),
    ...mapBlockers(project, target, 'target'),
  ];
}

function mapBlockers(project: Project, map: ProcessMap, what: string): string[] {
  const flow = computeFlowModel(project, map);
  const name = `The ${what} "${map.name}"`;
  switch (flow.status) {
    case 'trapped':
      // The flow model's sentence starts "Cases that reach ...".
      return [`${name} has no cost per case. ${flow.warnings[0] ?? 'Its cases never finish'}.`];
    case 'overloaded':
      return [
        `${name} cannot handle its demand: ${flow.warnings.join('; ')}. A saving per case on ` +
          'a process whose queues grow without limit means nothing; add capacity or take work ' +
          'off the role first.',
      ];
    case 'ok':
    case 'no-demand':
      return [];
    default:
      return assertNever(flow.status);
  }
}

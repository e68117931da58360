// Where a problem is, in the words of the screen it is on: the map by the name its tab shows,
// then the step by its kind and name or the flow by the steps it joins ("Current process ·
// decision "Matches?""). The validator's `where` (`maps.current.steps[4] (Matches?)`) is for
// tools and the command line; the app shows it only for a place it cannot name.
import type { ProjectIssue } from '../../../shared/model/issues';
import type { ProcessMap, Project } from '../../../shared/model/schema';
import { stepKindLabel } from '../format/labels';

const quoted = (name: string): string => `"${name}"`;

function mapPlace(map: ProcessMap, list: unknown, index: unknown): string | null {
  if (typeof index !== 'number') return null;
  if (list === 'steps') {
    const step = map.steps[index];
    if (step === undefined) return null;
    const kind = stepKindLabel(step.kind);
    return `${kind === 'AI step' ? kind : kind.toLowerCase()} ${quoted(step.name)}`;
  }
  if (list === 'flows') {
    const flow = map.flows[index];
    if (flow === undefined) return null;
    const name = (id: string): string => {
      const step = map.steps.find((s) => s.id === id);
      return step === undefined ? 'a missing step' : quoted(step.name);
    };
    return `flow from ${name(flow.from)} to ${name(flow.to)}`;
  }
  return null;
}

/** The place of `issue` in `project`, in words; the validator's `where` when it has none. */
export function problemPlace(project: Project, issue: ProjectIssue): string {
  const [root, side, ...rest] = issue.path;
  if (root === 'maps') {
    const target = side === 'targets' ? project.maps.targets[Number(rest[0])] : undefined;
    const map = side === 'current' ? project.maps.current : target;
    if (map === undefined) return issue.where;
    const mapName = side === 'current' ? 'Current process' : `Target ${quoted(map.name)}`;
    const [list, index] = side === 'current' ? rest : rest.slice(1);
    const inside = list === undefined ? null : mapPlace(map, list, index);
    return inside === null ? mapName : `${mapName} · ${inside}`;
  }
  const index = side;
  if (root === 'roles' && typeof index === 'number') {
    const role = project.roles[index];
    if (role !== undefined) return `Role ${quoted(role.name)}`;
  }
  if (root === 'systems' && typeof index === 'number') {
    const system = project.systems[index];
    if (system !== undefined) return `System ${quoted(system.name)}`;
  }
  if (root === 'formulas' && typeof index === 'number') {
    const formula = project.formulas[index];
    if (formula !== undefined) return `Formula ${quoted(formula.name)}`;
  }
  if (root === 'ranges') return 'Uncertainty ranges';
  if (root === 'finance' || root === 'calendar') return 'Calendar and finance';
  return issue.where;
}

// Where a problem is, in the words of the screen it is on: the map by the name its tab shows,
// then the step by its kind and name or the flow by the steps it joins ("Current process ·
// decision "Matches?""). The validator's `where` (`maps.current.steps[4] (Matches?)`) is for
// tools and the command line; the app shows it only for a place it cannot name. It reads any
// JSON document, not only a valid project, so an import that fails the file format names its
// places the same way: a name it cannot read is left out, never guessed.
import type { ProjectIssue } from '../../../shared/model/issues';
import { isStepKind } from '../../../shared/model/step-kinds';
import { isRecord } from '../../../shared/util/is-record';
import { stepKindLabel } from '../format/labels';

type Json = Record<string, unknown>;

const field = (value: unknown, key: string): unknown => (isRecord(value) ? value[key] : undefined);

/** Item `index` of the list `key` of `owner`, when it is an object. */
function itemOf(owner: unknown, key: string, index: unknown): Json | undefined {
  const list = field(owner, key);
  if (!Array.isArray(list) || typeof index !== 'number') return undefined;
  const item: unknown = list[index];
  return isRecord(item) ? item : undefined;
}

const nameOf = (item: unknown): string | undefined => {
  const name = field(item, 'name');
  return typeof name === 'string' ? name : undefined;
};

const quoted = (name: string): string => `"${name}"`;

function stepPlace(step: Json): string | null {
  const name = nameOf(step);
  const kind = field(step, 'kind');
  if (name === undefined || !isStepKind(kind)) return null;
  const label = stepKindLabel(kind);
  return `${label === 'AI step' ? label : label.toLowerCase()} ${quoted(name)}`;
}

function flowPlace(map: Json, flow: Json): string {
  const steps = field(map, 'steps');
  const name = (id: unknown): string => {
    const step = Array.isArray(steps)
      ? (steps as unknown[]).find((s) => field(s, 'id') === id)
      : undefined;
    const stepName = nameOf(step);
    return stepName === undefined ? 'a missing step' : quoted(stepName);
  };
  return `flow from ${name(field(flow, 'from'))} to ${name(field(flow, 'to'))}`;
}

function mapPlace(map: Json, list: unknown, index: unknown): string | null {
  if (list === 'steps') {
    const step = itemOf(map, 'steps', index);
    return step === undefined ? null : stepPlace(step);
  }
  if (list === 'flows') {
    const flow = itemOf(map, 'flows', index);
    return flow === undefined ? null : flowPlace(map, flow);
  }
  return null;
}

const NAMED_LISTS: Readonly<Record<string, string>> = {
  roles: 'Role',
  systems: 'System',
  formulas: 'Formula',
};

/** The place of `issue` in `document` (a project, or any JSON), in words; else its `where`. */
export function problemPlace(document: unknown, issue: ProjectIssue): string {
  const [root, side, ...rest] = issue.path;
  if (root === 'maps') {
    const maps = field(document, 'maps');
    const map = side === 'current' ? field(maps, 'current') : itemOf(maps, 'targets', rest[0]);
    if (!isRecord(map)) return issue.where;
    const mapName = nameOf(map);
    if (side !== 'current' && mapName === undefined) return issue.where;
    const place = side === 'current' ? 'Current process' : `Target ${quoted(mapName ?? '')}`;
    const [list, index] = side === 'current' ? rest : rest.slice(1);
    const inside = list === undefined ? null : mapPlace(map, list, index);
    // A step or flow it cannot name: the validator's words say which one.
    if (inside === null && (list === 'steps' || list === 'flows')) return issue.where;
    return inside === null ? place : `${place} · ${inside}`;
  }
  if (typeof root === 'string' && NAMED_LISTS[root] !== undefined) {
    const name = nameOf(itemOf(document, root, side));
    if (name !== undefined) return `${NAMED_LISTS[root]} ${quoted(name)}`;
  }
  if (root === 'ranges') return 'Uncertainty ranges';
  if (root === 'finance' || root === 'calendar') return 'Calendar and finance';
  return issue.where;
}

/** `issue` as one line, its place in words: `Role "AP clerk": Cost per hour must be ...`. */
export const placedProblem = (document: unknown, issue: ProjectIssue): string =>
  `${problemPlace(document, issue)}: ${issue.message}`;

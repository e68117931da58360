/**
 * Inputs named in an analyst's words: a range's path uses ids
 * (`maps.current.steps.key-in.handlingMinutes.mode`), a message says "the handling time most
 * likely value of the step "Key in invoice" in the map "Today"", and shows values in the
 * input's unit ("525,600 minutes", "EUR 1,000,000,000,000", "85 %").
 *
 * Units follow the file format's naming conventions (see schema.ts): shares are the fields
 * `isShareField` lists, durations are distributions held by `...Minutes` fields, and money is
 * every field whose name holds `cost`/`Cost`.
 */
import { inputChild } from './input-path';
import { fieldLabel, isShareField, percent, plainNumber } from './labels';
import { assertNever } from '../util/assert-never';

export type InputUnit = 'share' | 'money' | 'minutes' | 'number';

/** The unit of the number an input path points at, from the names of its fields. */
export function inputUnit(path: string): InputUnit {
  const segments = path.split('.');
  const field = segments[segments.length - 1];
  if (isShareField(field)) return 'share';
  if (segments.slice(0, -1).some((s) => s.endsWith('Minutes'))) return 'minutes';
  if (field !== undefined && /cost/i.test(field)) return 'money';
  return 'number';
}

/** A value in its unit: 0.25 -> "25 %", 12000 -> "EUR 12,000", 90 -> "90 minutes". */
export function formatInputValue(value: number, unit: InputUnit, currency: string): string {
  switch (unit) {
    case 'share':
      return percent(value);
    case 'money':
      return `${currency} ${plainNumber(value)}`;
    case 'minutes':
      return `${plainNumber(value)} ${value === 1 ? 'minute' : 'minutes'}`;
    case 'number':
      return plainNumber(value);
    default:
      return assertNever(unit);
  }
}

/**
 * Containers left out of the words: the owner names them ("of the map", "in the plan of"),
 * or the field's own label says it ("x position", "cases per period", "horizon (months)").
 */
const SILENT: ReadonlySet<string> = new Set([
  'maps',
  'current',
  'position',
  'demand',
  'plan',
  'finance',
  'calendar',
]);

/** An item's name in quotes, or `fallback` (its id) in quotes when it has none. */
const named = (item: unknown, fallback: string): string => {
  const name = inputChild(item, 'name');
  return `"${typeof name === 'string' ? name : fallback}"`;
};

/**
 * The input at `path` in words, starting with "the": `the headcount (FTE) of the role "AP
 * clerk"`, `the probability of the flow from "Check" to "Fix" in the map "Today"`, `the
 * retraining interval (months) in the plan of "AI match"`. A path that names nothing in
 * `project` is described by its field labels alone.
 */
export function describeInput(project: unknown, path: string): string {
  const words: string[] = [];
  let owner = '';
  let map: unknown;
  let inPlan = false;
  let node: unknown = project;
  let list = '';
  for (const segment of path.split('.')) {
    const parent = node;
    node = inputChild(node, segment);
    if (Array.isArray(parent)) {
      // `segment` is the id of an item of the list named `list`
      if (list === 'targets') map = node;
      else if (list === 'steps') owner = `the step ${named(node, segment)}`;
      else if (list === 'roles') owner = `the role ${named(node, segment)}`;
      else if (list === 'systems') owner = `the system ${named(node, segment)}`;
      else if (list === 'flows') {
        const steps = inputChild(map, 'steps');
        const end = (key: string): string => {
          const id = String(inputChild(node, key));
          return named(inputChild(steps, id), id);
        };
        owner = `the flow from ${end('from')} to ${end('to')}`;
      } else owner = `"${segment}"`;
      words.length = 0;
      continue;
    }
    if (list === 'maps' && segment === 'current') map = node;
    if (segment === 'plan' && map !== undefined) inPlan = true;
    list = segment;
    if (!SILENT.has(segment) && !Array.isArray(node)) words.push(fieldLabel(segment));
  }
  const field = `the ${words.join(' ')}`;
  const mapName = map === undefined ? '' : named(map, '');
  if (inPlan) return `${field} in the plan of ${mapName}`;
  if (owner !== '') return `${field} of ${owner}${mapName === '' ? '' : ` in the map ${mapName}`}`;
  if (mapName !== '') return `${field} of the map ${mapName}`;
  return field;
}

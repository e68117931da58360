/**
 * Problems found in a project file, in words a process analyst understands.
 *
 * An issue keeps the exact JSON path (for tools) and a `where` that names the nearest list
 * item by its name, e.g. `maps.current.steps[3] (Approve invoice)`. The fields below that
 * item are spelled out in the message instead: "handling time minimum is larger than its
 * maximum". `formatIssue` gives the one-line form the CLI prints.
 */
import type { z } from 'zod';
import { fieldLabel, isShareField, percent } from './labels';
import { capitalised } from '../util/capitalised';

export type JsonPath = readonly (string | number)[];

export interface ProjectIssue {
  /** Exact location in the file, e.g. ['maps', 'current', 'steps', 3, 'handlingMinutes']. */
  readonly path: JsonPath;
  /** The path up to the nearest named item, with its name: `roles[1] (AP clerk)`. */
  readonly where: string;
  /** A sentence that says what is wrong, starting with the field it concerns. */
  readonly message: string;
}

export function formatIssue(issue: ProjectIssue): string {
  return `${issue.where}: ${issue.message}`;
}

/** `a.b[2].c` for a path. */
export function pathToString(path: JsonPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

function nameAt(root: unknown, path: JsonPath): string | undefined {
  let node: unknown = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = Object.prototype.hasOwnProperty.call(node, segment)
      ? (node as Record<string | number, unknown>)[segment]
      : undefined;
  }
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
  const name = (node as { name?: unknown }).name;
  return typeof name === 'string' && name.trim() !== '' ? name.trim().slice(0, 80) : undefined;
}

/**
 * Build an issue. `root` is the parsed file (any shape), used only to find item names.
 * `describe` receives the words for the fields below the named item ('' when the issue is
 * about the item itself) and returns the message.
 */
export function makeIssue(
  root: unknown,
  path: JsonPath,
  describe: (subject: string) => string,
): ProjectIssue {
  // The place is the deepest list item or named item (a map) on the path; without one, the
  // container of the field.
  let end = path.length;
  while (
    end > 0 &&
    typeof path[end - 1] !== 'number' &&
    nameAt(root, path.slice(0, end)) === undefined
  )
    end--;
  const head = end > 0 ? path.slice(0, end) : path.slice(0, -1);
  const name = end > 0 ? nameAt(root, head) : undefined;
  const fields = path.slice(head.length);
  let where = `${pathToString(head)}${name !== undefined ? ` (${name})` : ''}`;
  if (where === '') where = path.length > 0 ? pathToString(path) : '(file)';
  const subject = joinLabels(
    fields.filter((s): s is string => typeof s === 'string').map(fieldLabel),
  );
  return { path, where, message: capitalised(describe(subject)) };
}

/**
 * Field labels as one phrase, leaving out a label its child's label repeats: position + y
 * position is "y position", plan adoption + adoption curve "plan adoption curve", never
 * "position y position".
 */
function joinLabels(labels: readonly string[]): string {
  return labels
    .filter((label, i) => !(labels[i + 1]?.split(' ').includes(label) ?? false))
    .join(' ');
}

function describeValue(value: unknown): string {
  if (value === null) return 'an empty value (null)';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? 'text' : `the text "${value}"`;
    case 'number':
      return Number.isFinite(value) ? `the number ${value}` : 'a number too large to use';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
      return 'nothing';
    case 'object':
      return 'a group of fields';
    default:
      return 'an unusable value';
  }
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  number: 'a number',
  string: 'text',
  array: 'a list',
  object: 'a group of fields',
  boolean: 'true or false',
  int: 'a whole number',
};

function valueAt(root: unknown, path: JsonPath): unknown {
  let node: unknown = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

function subjectOr(subject: string, fallback: string): string {
  return subject === '' ? fallback : subject;
}

function bound(key: string | undefined, limit: number | bigint): string {
  return isShareField(key) ? percent(Number(limit)) : String(limit);
}

/** Turn one zod issue into an analyst's sentence. */
export function fromZodIssue(root: unknown, zodIssue: z.core.$ZodIssue): ProjectIssue {
  const path = zodIssue.path.filter(
    (s): s is string | number => typeof s === 'string' || typeof s === 'number',
  );
  const lastKey = [...path].reverse().find((s): s is string => typeof s === 'string');
  const found = valueAt(root, path);
  return makeIssue(root, path, (subject) => {
    const what = subjectOr(subject, 'this item');
    switch (zodIssue.code) {
      case 'invalid_type': {
        if (found === undefined) return `${what} is missing`;
        const expected = TYPE_WORDS[zodIssue.expected] ?? zodIssue.expected;
        if (typeof found === 'number' && !Number.isFinite(found))
          return `${what} is too large to be a number`;
        return `${what} must be ${expected}, but the file has ${describeValue(found)}`;
      }
      case 'too_small': {
        if (zodIssue.origin === 'array') return `at least ${zodIssue.minimum} ${what} needed`;
        if (zodIssue.origin === 'string') return `${what} must not be empty`;
        const inclusive = zodIssue.inclusive ?? true;
        return `${what} must be ${inclusive ? 'at least' : 'above'} ${bound(lastKey, zodIssue.minimum)}${
          typeof found === 'number'
            ? ` (found ${isShareField(lastKey) ? percent(found) : found})`
            : ''
        }`;
      }
      case 'too_big': {
        if (zodIssue.origin === 'array')
          return `too many ${what} (${Array.isArray(found) ? `${found.length}; ` : ''}at most ${zodIssue.maximum})`;
        if (zodIssue.origin === 'string')
          return `the text of ${what} is too long (${typeof found === 'string' ? `${found.length} characters; ` : ''}at most ${zodIssue.maximum})`;
        const share = isShareField(lastKey);
        return `${what} must be at most ${bound(lastKey, zodIssue.maximum)}${
          typeof found === 'number'
            ? ` (found ${found}${share ? '; shares are written from 0 to 1, so 25 % is 0.25' : ''})`
            : ''
        }`;
      }
      case 'invalid_value':
        return `${what} must be ${zodIssue.values.length === 1 ? '' : 'one of '}${zodIssue.values
          .map((v) => JSON.stringify(v))
          .join(', ')}, but the file has ${describeValue(found)}`;
      case 'invalid_format':
        return `${what} ${zodIssue.message}`;
      case 'unrecognized_keys':
        return `unknown field${zodIssue.keys.length > 1 ? 's' : ''} ${zodIssue.keys
          .map((k) => `"${k}"`)
          .join(', ')}${subject === '' ? '' : ` in ${subject}`} (remove ${
          zodIssue.keys.length > 1 ? 'them' : 'it'
        }, or check the spelling)`;
      case 'invalid_union': {
        const options = (zodIssue as { options?: unknown[] }).options;
        if (Array.isArray(options))
          return `${what} must be one of ${options.map((o) => JSON.stringify(o)).join(', ')}, but the file has ${describeValue(found)}`;
        return `${what} is not in a form Flowcase understands`;
      }
      case 'not_multiple_of':
      case 'invalid_key':
      case 'invalid_element':
      case 'custom':
        return `${what}: ${zodIssue.message}`;
      default:
        return `${what} is not valid`;
    }
  });
}

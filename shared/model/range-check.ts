/**
 * Uncertainty ranges a project may hold: each names a number of the project, goes low <=
 * likely <= high, and keeps all three values inside what the file format accepts for that
 * number (`inputBounds`), after rounding for whole-number inputs. A range outside them would
 * let Tornado and Monte Carlo draw a value the model itself refuses: a headcount of 1e12 that
 * makes the engines loop for minutes, a duration of 1e308 minutes that turns percentiles into
 * nothing, an automation rate of 120 %.
 */
import { describeInput, formatInputValue, inputUnit } from './input-words';
import { makeIssue, type ProjectIssue } from './issues';
import { readInput } from './input-path';
import { percent, plainNumber } from './labels';
import { inputBounds, type FieldBounds } from './range-bounds';
import type { Project, Range } from './schema';

const VALUE_NAMES = ['low', 'likely', 'high'] as const;

/** "low", "low and high", "low, likely and high". */
function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** The sentence for a range whose values leave `bounds`, or undefined when they stay inside. */
function boundsProblem(
  project: Project,
  range: Range,
  bounds: FieldBounds,
  subject: string,
): string | undefined {
  const unit = inputUnit(range.path);
  const show = (v: number): string => formatInputValue(v, unit, project.currency);
  const use = (v: number): number => (bounds.wholeNumber ? Math.round(v) : v);
  const values = [range.low, range.likely, range.high];
  const below = VALUE_NAMES.filter((_, i) => use(values[i] as number) < bounds.min);
  const above = VALUE_NAMES.filter((_, i) => use(values[i] as number) > bounds.max);
  if (below.length === 0 && above.length === 0) return undefined;
  const the = (names: readonly string[]): string =>
    `the ${listOf(names)} ${names.length === 1 ? 'value' : 'values'}`;
  const clauses: string[] = [];
  if (below.length > 0)
    clauses.push(
      `${the(below)} cannot be ${bounds.min === 0 ? 'negative' : `below ${show(bounds.min)}`}`,
    );
  if (above.length > 0) clauses.push(`${the(above)} cannot be above ${show(bounds.max)}`);
  const rounded = bounds.wholeNumber ? ' (values are rounded to whole numbers)' : '';
  const shareHint =
    unit === 'share' && above.length > 0
      ? ' (shares are written from 0 to 1, so 25 % is 0.25)'
      : '';
  return `for ${subject} ${clauses.join(' and ')}${rounded}: ${describeInput(project, range.path)} lies between ${show(bounds.min)} and ${show(bounds.max)}${shareHint}`;
}

/**
 * The problems of one range, as sentences without a capital: empty when Tornado and Monte
 * Carlo can use it (shared/uncertainty skips a range that has any, since the document the
 * editor holds may keep one while the user fixes it).
 */
export function rangeProblems(project: Project, range: Range): string[] {
  if (readInput(project, range.path) === undefined)
    return [`the input "${range.path}" does not name a number in this project`];
  const bounds = inputBounds(project, range.path);
  if (bounds === undefined)
    return [
      `the input "${range.path}" is not a number the model uses; ranges go on costs, times, shares, counts and plan figures`,
    ];
  const subject =
    range.label.trim() === '' ? `"${range.path}"` : `"${range.label}" (${range.path})`;
  const problems: string[] = [];
  if (range.low > range.likely || range.likely > range.high) {
    const show = inputUnit(range.path) === 'share' ? percent : plainNumber;
    problems.push(
      `for ${subject} the values must go low <= likely <= high (they are ${show(range.low)}, ${show(range.likely)}, ${show(range.high)})`,
    );
  }
  const outside = boundsProblem(project, range, bounds, subject);
  if (outside !== undefined) problems.push(outside);
  return problems;
}

/**
 * Every problem of the project's uncertainty ranges, in the order of the file, each at its
 * range (`ranges[i]`). Expects a schema-valid project.
 */
export function rangeIssues(project: Project): ProjectIssue[] {
  return project.ranges.flatMap((range, i) =>
    rangeProblems(project, range).map((message) =>
      makeIssue(project, ['ranges', i], () => message),
    ),
  );
}

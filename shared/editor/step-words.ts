/**
 * A step's values in the words people read in the compare list and in presenter mode: a
 * kind as "Task" or "AI step", a duration as "triangular 2/3/6 min", a role by its name, a
 * share as "78 %", money as "EUR 0.08". Owns no rules about what changed; `compare.ts` decides
 * that and asks here how to say it. Never throws on a reference the project lacks: it names
 * the missing id instead.
 */
import type { Distribution } from '../model/distribution';
import { fieldLabel, isShareField, percent, plainNumber } from '../model/labels';
import type { Project, Step, StepKind } from '../model/schema';
import { assertNever } from '../util/assert-never';

/** A step kind as the subject of a sentence: "Task", "AI step", "Parallel split". */
export function stepKindWord(kind: StepKind): string {
  switch (kind) {
    case 'start':
      return 'Start';
    case 'end':
      return 'End';
    case 'task':
      return 'Task';
    case 'ai':
      return 'AI step';
    case 'decision':
      return 'Decision';
    case 'parallel-split':
      return 'Parallel split';
    case 'parallel-join':
      return 'Parallel join';
    default:
      return assertNever(kind);
  }
}

/** A step kind inside a sentence, with its article: "a task", "an AI step", "an end". */
export function stepKindWithArticle(kind: StepKind): string {
  const word = stepKindWord(kind);
  const lower = kind === 'ai' ? word : word.toLowerCase();
  return `${/^[AEIOU]/.test(word) ? 'an' : 'a'} ${lower}`;
}

/** `Task "Approve invoice"`: how a sentence about one step starts. */
export const stepSubject = (step: Step): string => `${stepKindWord(step.kind)} "${step.name}"`;

/**
 * A duration in minutes in words: "fixed 2 min", "uniform 2–5 min", "triangular 2/3/6 min",
 * "exponential, mean 3 min", "normal 5 ± 1 min", "lognormal 4 ± 2.5 min".
 */
export function durationWords(d: Distribution): string {
  const n = plainNumber;
  switch (d.type) {
    case 'fixed':
      return `fixed ${n(d.value)} min`;
    case 'uniform':
      return `uniform ${n(d.min)}–${n(d.max)} min`;
    case 'triangular':
      return `triangular ${n(d.min)}/${n(d.mode)}/${n(d.max)} min`;
    case 'exponential':
      return `exponential, mean ${n(d.mean)} min`;
    case 'normal':
      return `normal ${n(d.mean)} ± ${n(d.sd)} min`;
    case 'lognormal':
      return `lognormal ${n(d.mean)} ± ${n(d.sd)} min`;
    default:
      return assertNever(d);
  }
}

/** A role by its name; `nobody` for null; the id in quotes when the project lacks it. */
export function roleWords(project: Project, roleId: string | null): string {
  if (roleId === null) return 'nobody';
  return project.roles.find((r) => r.id === roleId)?.name ?? `"${roleId}" (no such role)`;
}

/** Systems by name, joined with commas; `none` for an empty list. */
export function systemsWords(project: Project, systemIds: readonly string[]): string {
  if (systemIds.length === 0) return 'none';
  const names = new Map(project.systems.map((s) => [s.id, s.name]));
  return systemIds.map((id) => names.get(id) ?? `"${id}" (no such system)`).join(', ');
}

const ROLE_FIELDS: ReadonlySet<string> = new Set([
  'roleId',
  'ownerRoleId',
  'reviewRoleId',
  'fallbackRoleId',
]);

/** Fields whose values are too long or too structured to quote in one line. */
const UNQUOTED_FIELDS: ReadonlySet<string> = new Set(['notes', 'operatingPoints']);

const isDistribution = (value: unknown): value is Distribution =>
  typeof value === 'object' && value !== null && 'type' in value;

/** One value of a step field in words, or undefined when it is not quoted (notes, lists). */
function valueWords(field: string, value: unknown, project: Project): string | undefined {
  if (UNQUOTED_FIELDS.has(field)) return undefined;
  if (ROLE_FIELDS.has(field)) return roleWords(project, typeof value === 'string' ? value : null);
  if (field === 'systemIds' && Array.isArray(value))
    return systemsWords(
      project,
      value.filter((v): v is string => typeof v === 'string'),
    );
  if (field === 'name' && typeof value === 'string') return `"${value}"`;
  if (field.endsWith('Minutes')) {
    if (value === null) return 'none';
    if (isDistribution(value)) return durationWords(value);
  }
  if (typeof value === 'number') {
    if (isShareField(field)) return percent(value);
    if (/cost/i.test(field)) return `${project.currency} ${plainNumber(value)}`;
    return plainNumber(value);
  }
  if (typeof value === 'string') return value;
  return undefined;
}

/**
 * What happened to one field, as a clause: "handling time changed from triangular 2/3/6 min
 * to fixed 2 min", "review role changed from AP clerk to nobody", "notes changed".
 */
export function fieldChangeWords(
  field: string,
  before: unknown,
  after: unknown,
  project: Project,
): string {
  const label = fieldLabel(field);
  const from = valueWords(field, before, project);
  const to = valueWords(field, after, project);
  if (from === undefined || to === undefined) return `${label} changed`;
  return `${label} changed from ${from} to ${to}`;
}

/**
 * The few facts that say what a step does, for a sentence about adding it: "done by AP
 * clerk, handling time triangular 2/3/6 min" for a task, "78 % auto-accepted, the rest
 * reviewed by AP clerk" for an AI step; undefined for the other kinds.
 */
export function stepSummary(step: Step, project: Project): string | undefined {
  switch (step.kind) {
    case 'task':
      return `done by ${roleWords(project, step.roleId)}, handling time ${durationWords(step.handlingMinutes)}`;
    case 'ai': {
      const accepted = `${percent(step.automationRate)} auto-accepted`;
      if (step.automationRate >= 1) return accepted;
      if (step.reviewRoleId === null) return `${accepted}, the rest with no review path`;
      return `${accepted}, the rest reviewed by ${roleWords(project, step.reviewRoleId)}`;
    }
    case 'start':
    case 'end':
    case 'decision':
    case 'parallel-split':
    case 'parallel-join':
      return undefined;
    default:
      return assertNever(step);
  }
}

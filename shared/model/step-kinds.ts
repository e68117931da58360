/** Every kind of step the file format has, and a check that a value read from outside is one. */
import type { StepKind } from './schema';

export const STEP_KINDS = [
  'start',
  'end',
  'task',
  'ai',
  'decision',
  'parallel-split',
  'parallel-join',
] as const satisfies readonly StepKind[];

// A kind added to the schema and not listed above fails to compile here.
const listsEveryKind: Exclude<StepKind, (typeof STEP_KINDS)[number]> extends never ? true : false =
  true;
void listsEveryKind;

const KNOWN: ReadonlySet<unknown> = new Set(STEP_KINDS);

/** Whether `value` (a drag's data, a node's type, a file's field) names a kind of step. */
export const isStepKind = (value: unknown): value is StepKind => KNOWN.has(value);

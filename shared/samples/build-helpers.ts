/**
 * Small builders for the embedded sample projects. They fill in every field the schema would
 * default (notes, waitMinutes, costPerCase, ...), so a sample equals its own parse output, and
 * they place steps on a tidy grid for the graph editor: columns 220 px apart from left to
 * right, rows 140 px apart, the main path on row 1 and branches on rows 0 and 2.
 */
import type { Distribution } from '../model/distribution';
import type { AiStep, Flow, Range, Step, TaskStep } from '../model/schema';

export const COLUMN_WIDTH = 220;
export const ROW_HEIGHT = 140;

/** Grid cell of a step: [column, row]. */
export type Cell = readonly [column: number, row: number];

export function at([column, row]: Cell): { x: number; y: number } {
  return { x: column * COLUMN_WIDTH, y: row * ROW_HEIGHT };
}

// Distributions, all in minutes.
export const fixed = (value: number): Distribution => ({ type: 'fixed', value });
export const uniform = (min: number, max: number): Distribution => ({ type: 'uniform', min, max });
export const triangular = (min: number, mode: number, max: number): Distribution => ({
  type: 'triangular',
  min,
  mode,
  max,
});
export const exponential = (mean: number): Distribution => ({ type: 'exponential', mean });
export const normal = (mean: number, sd: number): Distribution => ({ type: 'normal', mean, sd });
export const lognormal = (mean: number, sd: number): Distribution => ({
  type: 'lognormal',
  mean,
  sd,
});

type SimpleKind = 'start' | 'end' | 'decision' | 'parallel-split' | 'parallel-join';

function simple(kind: SimpleKind, id: string, name: string, cell: Cell, notes = ''): Step {
  return { id, name, position: at(cell), notes, kind };
}

export const start = (id: string, name: string, cell: Cell, notes = ''): Step =>
  simple('start', id, name, cell, notes);
export const end = (id: string, name: string, cell: Cell, notes = ''): Step =>
  simple('end', id, name, cell, notes);
export const decision = (id: string, name: string, cell: Cell, notes = ''): Step =>
  simple('decision', id, name, cell, notes);
export const parallelSplit = (id: string, name: string, cell: Cell, notes = ''): Step =>
  simple('parallel-split', id, name, cell, notes);
export const parallelJoin = (id: string, name: string, cell: Cell, notes = ''): Step =>
  simple('parallel-join', id, name, cell, notes);

export interface TaskInput {
  id: string;
  name: string;
  cell: Cell;
  roleId: string;
  handlingMinutes: Distribution;
  waitMinutes?: Distribution | null;
  costPerCase?: number;
  systemIds?: string[];
  errorRate?: number;
  costPerError?: number;
  notes?: string;
}

export function task(input: TaskInput): TaskStep {
  return {
    id: input.id,
    name: input.name,
    position: at(input.cell),
    notes: input.notes ?? '',
    kind: 'task',
    roleId: input.roleId,
    handlingMinutes: input.handlingMinutes,
    waitMinutes: input.waitMinutes ?? null,
    costPerCase: input.costPerCase ?? 0,
    systemIds: input.systemIds ?? [],
    errorRate: input.errorRate ?? 0,
    costPerError: input.costPerError ?? 0,
  };
}

export type AiInput = Omit<
  AiStep,
  'kind' | 'position' | 'notes' | 'systemIds' | 'driftPerMonth' | 'operatingPoints'
> & {
  cell: Cell;
  notes?: string;
  systemIds?: string[];
  driftPerMonth?: number;
  operatingPoints?: AiStep['operatingPoints'];
};

export function ai(input: AiInput): AiStep {
  const { cell, notes, systemIds, driftPerMonth, operatingPoints, ...rest } = input;
  return {
    id: rest.id,
    name: rest.name,
    position: at(cell),
    notes: notes ?? '',
    kind: 'ai',
    systemIds: systemIds ?? [],
    ownerRoleId: rest.ownerRoleId,
    availability: rest.availability,
    latencyMinutes: rest.latencyMinutes,
    costPerCase: rest.costPerCase,
    automationRate: rest.automationRate,
    reviewRoleId: rest.reviewRoleId,
    reviewMinutes: rest.reviewMinutes,
    qaSampleRate: rest.qaSampleRate,
    escapedErrorRate: rest.escapedErrorRate,
    costPerEscapedError: rest.costPerEscapedError,
    fallbackRoleId: rest.fallbackRoleId,
    fallbackMinutes: rest.fallbackMinutes,
    driftPerMonth: driftPerMonth ?? 0,
    operatingPoints: operatingPoints ?? [],
  };
}

/** A plain flow (not leaving a decision). Its id is `<from>-to-<to>`. */
export function flow(from: string, to: string, label = ''): Flow {
  return { id: `${from}-to-${to}`, from, to, probability: null, label };
}

/** A flow leaving a decision, with the share of cases that take it. */
export function branch(from: string, to: string, probability: number, label: string): Flow {
  return { id: `${from}-to-${to}`, from, to, probability, label };
}

/** Plain flows along a path of step ids: a -> b -> c. */
export function chain(...ids: string[]): Flow[] {
  return ids.slice(1).map((to, i) => flow(ids[i] as string, to));
}

/** An uncertainty range; `likely` must equal the value at `path` in the model. */
export function range(
  path: string,
  low: number,
  likely: number,
  high: number,
  label: string,
): Range {
  return { path, low, likely, high, label };
}

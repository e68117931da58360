// Per-step and per-role figures for the canvas, read from the active map's flow model as plain
// numbers: a node re-renders only when its own figures change.
import type { FlowModelResult, RoleLoad, StepFigures } from '../../../shared/engine';
import { mapOf } from '../../../shared/editor';
import type { AppState } from '../store';
import { mapFigures } from './live-figures';

interface Index {
  readonly steps: ReadonlyMap<string, StepFigures>;
  readonly roles: ReadonlyMap<string, RoleLoad>;
  readonly bottleneck: string | null;
}
const indexes = new WeakMap<FlowModelResult, Index>();

function activeIndex(s: AppState): Index | null {
  if (s.project === null) return null;
  const map = mapOf(s.project, s.activeMapKey);
  if (map === null) return null;
  const figures = mapFigures(s.project, map);
  if (!figures.ok) return null;
  let index = indexes.get(figures.flow);
  if (index === undefined) {
    index = {
      steps: new Map(figures.flow.steps.map((st) => [st.id, st])),
      roles: new Map(figures.flow.roles.map((r) => [r.id, r])),
      bottleneck: figures.flow.bottleneckRoleId,
    };
    indexes.set(figures.flow, index);
  }
  return index;
}

/** The canvas figures of one step and its role; nulls while there are none. */
export interface StepFigureValues {
  /** Expected visits per case to the step. */
  visits: number | null;
  /** Mean hours a visit takes, queueing included. */
  hoursPerVisit: number | null;
  /** The role's utilisation (null without a role or work for it). */
  utilisation: number | null;
  /** Whether the role is the map's bottleneck. */
  bottleneck: boolean;
}

/**
 * The figures of step `stepId` and role `roleId` on the active map: plain values, so a node
 * can read them inside one shallow-compared selector (canvas/nodes/use-card-state.ts).
 */
export function readStepFigures(
  s: AppState,
  stepId: string,
  roleId: string | null,
): StepFigureValues {
  const index = activeIndex(s);
  const step = index?.steps.get(stepId);
  const hours = step?.hoursPerVisit;
  return {
    visits: step?.visitsPerCase ?? null,
    hoursPerVisit: hours !== undefined && Number.isFinite(hours) ? hours : null,
    utilisation: roleId === null ? null : (index?.roles.get(roleId)?.utilisation ?? null),
    bottleneck: roleId !== null && index?.bottleneck === roleId,
  };
}

// Per-step and per-role figures for the canvas, read from a map's flow model (the active map's
// unless told) as plain numbers: a node re-renders only when its own figures change.
import type { FlowModelResult, RoleLoad, StepFigures } from '../../../shared/engine';
import { mapOf } from '../../../shared/editor';
import type { AppState, MapKey } from '../store';
import { mapFigures } from './live-figures';

interface Index {
  readonly steps: ReadonlyMap<string, StepFigures>;
  readonly roles: ReadonlyMap<string, RoleLoad>;
  readonly bottleneck: string | null;
}
const indexes = new WeakMap<FlowModelResult, Index>();

function mapIndex(s: AppState, key: MapKey): Index | null {
  if (s.project === null) return null;
  const map = mapOf(s.project, key);
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

/**
 * The canvas figures of one step and its role, nulls while there are none, each to five
 * significant digits (`shown`): the card shows at most three or four, and the queueing
 * estimate moves every step's time by a few billionths when any step changes, which would
 * otherwise redraw every card in view on every edit.
 */
export interface StepFigureValues {
  /** Expected visits per case to the step. */
  visits: number | null;
  /** Mean hours a visit takes, queueing included. */
  hoursPerVisit: number | null;
  /** The role's utilisation (null without a role or work for it). */
  utilisation: number | null;
  /** Whether the role has more work than hours (from the exact utilisation). */
  overloaded: boolean;
  /** Whether the role is the map's bottleneck. */
  bottleneck: boolean;
}

/** `x` to five significant digits; null, zero and non-finite values as they are. */
export function shown(x: number | null): number | null {
  if (x === null || x === 0 || !Number.isFinite(x)) return x;
  const scale = 10 ** (4 - Math.floor(Math.log10(Math.abs(x))));
  return Math.round(x * scale) / scale;
}

/**
 * The figures of step `stepId` and role `roleId` on map `key` (the active map by default):
 * plain values, so a node can read them inside one shallow-compared selector
 * (canvas/nodes/use-card-state.ts).
 */
export function readStepFigures(
  s: AppState,
  stepId: string,
  roleId: string | null,
  key: MapKey = s.activeMapKey,
): StepFigureValues {
  const index = mapIndex(s, key);
  const step = index?.steps.get(stepId);
  const hours = step?.hoursPerVisit;
  const utilisation = roleId === null ? null : (index?.roles.get(roleId)?.utilisation ?? null);
  return {
    visits: shown(step?.visitsPerCase ?? null),
    hoursPerVisit: hours !== undefined && Number.isFinite(hours) ? shown(hours) : null,
    utilisation: shown(utilisation),
    overloaded: utilisation !== null && utilisation >= 1,
    bottleneck: roleId !== null && index?.bottleneck === roleId,
  };
}

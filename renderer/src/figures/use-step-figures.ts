// Per-step and per-role figures for the canvas, read from the active map's flow model by narrow
// selectors that return numbers: a node re-renders only when its own figures change.
import type { FlowModelResult, RoleLoad, StepFigures } from '../../../shared/engine';
import { mapOf } from '../../../shared/editor';
import { useAppStore, type AppState } from '../store';
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

/** Expected visits per case to step `id` of the active map; null while there are no figures. */
export const useStepVisits = (id: string): number | null =>
  useAppStore((s) => activeIndex(s)?.steps.get(id)?.visitsPerCase ?? null);

/** Mean hours a visit to step `id` takes, queueing included; null without figures. */
export const useStepHours = (id: string): number | null =>
  useAppStore((s) => {
    const hours = activeIndex(s)?.steps.get(id)?.hoursPerVisit;
    return hours !== undefined && Number.isFinite(hours) ? hours : null;
  });

/** The utilisation of role `id` on the active map (null without figures or work for it). */
export const useRoleUtilisation = (id: string | null): number | null =>
  useAppStore((s) => (id === null ? null : (activeIndex(s)?.roles.get(id)?.utilisation ?? null)));

/** Whether role `id` is the active map's bottleneck. */
export const useIsBottleneck = (id: string | null): boolean =>
  useAppStore((s) => id !== null && activeIndex(s)?.bottleneck === id);

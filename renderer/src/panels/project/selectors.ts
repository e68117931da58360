// Narrow selectors for the project panel: each returns a part of the document as stored (a
// stable reference) or a primitive, so a section re-renders only when its part changes.
import type { Demand, ScenarioPlan, TargetMap } from '../../../../shared/model/schema';
import type { AppState } from '../../store';
import { mapFor } from '../../store/selectors';

/** The active map when it is a target, else null. */
export const selectActiveTarget = (s: AppState): TargetMap | null => {
  const key = s.activeMapKey;
  if (s.project === null || key === 'current') return null;
  return s.project.maps.targets.find((t) => t.id === key.targetId) ?? null;
};

/** The target whose plan explains defaults: the active one, else the first; null when none. */
export const selectPlanTarget = (s: AppState): TargetMap | null =>
  selectActiveTarget(s) ?? s.project?.maps.targets[0] ?? null;

/** The active map's demand, or null. */
export const selectActiveDemand = (s: AppState): Demand | null =>
  s.project === null ? null : (mapFor(s.project, s.activeMapKey)?.demand ?? null);

/** The active map's name, or null. */
export const selectActiveMapName = (s: AppState): string | null =>
  s.project === null ? null : (mapFor(s.project, s.activeMapKey)?.name ?? null);

/** The active target's plan, or null on the current map. */
export const selectActivePlan = (s: AppState): ScenarioPlan | null =>
  selectActiveTarget(s)?.plan ?? null;

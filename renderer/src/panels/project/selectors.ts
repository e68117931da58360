// Narrow selectors for the project panel: each returns a part of the document as stored (a
// stable reference) or a primitive, so a section re-renders only when its part changes.
import type { TargetMap } from '../../../../shared/model/schema';
import type { AppState } from '../../store';

/** The active map when it is a target, else null. */
export const selectActiveTarget = (s: AppState): TargetMap | null => {
  const key = s.activeMapKey;
  if (s.project === null || key === 'current') return null;
  return s.project.maps.targets.find((t) => t.id === key.targetId) ?? null;
};

/** The target whose plan explains defaults: the active one, else the first; null when none. */
export const selectPlanTarget = (s: AppState): TargetMap | null =>
  selectActiveTarget(s) ?? s.project?.maps.targets[0] ?? null;

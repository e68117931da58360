// Narrow selectors over the store: each returns a stable reference or a primitive.
import type { ProcessMap, Project, Role, Step, System } from '../../../shared/model/schema';
import type { AppState } from './app-state';
import type { MapKey } from './view-slice';

/** The map a tab key points at, or null when the key no longer exists. */
export function mapFor(project: Project, key: MapKey): ProcessMap | null {
  if (key === 'current') return project.maps.current;
  return project.maps.targets.find((t) => t.id === key.targetId) ?? null;
}

export const selectProjectName = (s: AppState): string | null => s.project?.name ?? null;
export const selectCurrency = (s: AppState): string => s.project?.currency ?? 'EUR';
export const selectActiveMap = (s: AppState): ProcessMap | null =>
  s.project ? mapFor(s.project, s.activeMapKey) : null;

const stepIndexes = new WeakMap<ProcessMap, ReadonlyMap<string, Step>>();

/** Step `id` of the active map, or null; found through an index built once per map state. */
export function selectActiveStep(s: AppState, id: string): Step | null {
  return selectStepOn(s, s.activeMapKey, id);
}

/** Step `id` of the map `key` points at, or null. */
export function selectStepOn(s: AppState, key: MapKey, id: string): Step | null {
  const map = s.project ? mapFor(s.project, key) : null;
  if (map === null) return null;
  let index = stepIndexes.get(map);
  if (index === undefined) {
    index = new Map(map.steps.map((step) => [step.id, step]));
    stepIndexes.set(map, index);
  }
  return index.get(id) ?? null;
}

/** The one selected step, or null when none or several are selected. */
export const selectSelectedStep = (s: AppState): Step | null => {
  if (!s.project || s.selection.stepIds.length !== 1) return null;
  const id = s.selection.stepIds[0];
  const map = mapFor(s.project, s.activeMapKey);
  return map?.steps.find((step) => step.id === id) ?? null;
};

export const selectRole =
  (roleId: string | null) =>
  (s: AppState): Role | null =>
    roleId === null ? null : (s.project?.roles.find((r) => r.id === roleId) ?? null);

export const selectSystem =
  (systemId: string) =>
  (s: AppState): System | null =>
    s.project?.systems.find((sys) => sys.id === systemId) ?? null;

/**
 * Which map of a project an edit is about: the current map, or a target by id. Map edits read
 * the map through `mapOf` and write it back through `replaceMap`, which shares every other part
 * of the project (structural sharing), so an edit costs what it changes.
 */
import type { ProcessMap, Project, TargetMap } from '../model/schema';

/** `'current'` for the as-is map, otherwise the id of a target map (scenario). */
export type MapRef = 'current' | { readonly targetId: string };

/** The map `ref` points at, or null when it no longer exists. */
export function mapOf(project: Project, ref: MapRef): ProcessMap | null {
  if (ref === 'current') return project.maps.current;
  return project.maps.targets.find((t) => t.id === ref.targetId) ?? null;
}

/** The target `targetId`, or null. */
export function targetOf(project: Project, targetId: string): TargetMap | null {
  return project.maps.targets.find((t) => t.id === targetId) ?? null;
}

/** `project` with the map at `ref` replaced by `update(map)`; unchanged when the map is gone. */
export function replaceMap(
  project: Project,
  ref: MapRef,
  update: (map: ProcessMap) => ProcessMap,
): Project {
  if (ref === 'current')
    return { ...project, maps: { ...project.maps, current: update(project.maps.current) } };
  let found = false;
  const targets = project.maps.targets.map((t) => {
    if (t.id !== ref.targetId) return t;
    found = true;
    return { ...t, ...update(t) };
  });
  return found ? { ...project, maps: { ...project.maps, targets } } : project;
}

/** Whether two references name the same map. */
export function sameMapRef(a: MapRef, b: MapRef): boolean {
  if (a === 'current' || b === 'current') return a === b;
  return a.targetId === b.targetId;
}

/** The path prefix of inputs on the map at `ref`, as uncertainty ranges name them. */
export function mapPathPrefix(ref: MapRef): string {
  return ref === 'current' ? 'maps.current' : `maps.targets.${ref.targetId}`;
}

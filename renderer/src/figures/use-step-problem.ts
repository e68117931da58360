// The process problems of each step of a map (the active map's unless told), for the markers on
// the canvas: a node reads only its own first problem (a string), so it re-renders only when
// that changes.
import type { ProcessMap, Project } from '../../../shared/model/schema';
import { mapOf } from '../../../shared/editor';
import { useAppStore, type AppState, type MapKey } from '../store';
import { LruCache } from '../../../shared/util/lru';
import { mapPath, projectProblems, RECENT_STATES } from './live-figures';

const byMap = new LruCache<ProcessMap, { project: Project; problems: ReadonlyMap<string, string> }>(
  RECENT_STATES,
);

function stepProblems(project: Project, map: ProcessMap): ReadonlyMap<string, string> {
  const cached = byMap.get(map);
  if (cached !== undefined && cached.project === project) return cached.problems;
  const prefix = mapPath(project, map);
  const problems = new Map<string, string>();
  for (const issue of projectProblems(project)) {
    if (!prefix.every((segment, i) => issue.path[i] === segment)) continue;
    const [list, index] = issue.path.slice(prefix.length);
    const id = list === 'steps' && typeof index === 'number' ? map.steps[index]?.id : undefined;
    if (id !== undefined && !problems.has(id)) problems.set(id, issue.message);
  }
  byMap.set(map, { project, problems });
  return problems;
}

const NONE: ReadonlyMap<string, string> = new Map();

/** The first process problem of each step of map `key` that has one, by step id. */
export function readMapProblems(
  s: AppState,
  key: MapKey = s.activeMapKey,
): ReadonlyMap<string, string> {
  if (s.project === null) return NONE;
  const map = mapOf(s.project, key);
  return map === null ? NONE : stepProblems(s.project, map);
}

/** The first process problem of step `id` on map `key` (the active map by default), or null. */
export function readStepProblem(s: AppState, id: string, key?: MapKey): string | null {
  return readMapProblems(s, key).get(id) ?? null;
}

/** The first process problem of step `id` on map `key` (null: the active map), or null. */
export const useStepProblem = (id: string, key: MapKey | null = null): string | null =>
  useAppStore((s) => readStepProblem(s, id, key ?? undefined));

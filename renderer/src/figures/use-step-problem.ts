// The process problems of each step of the active map, for the markers on the canvas: a node
// reads only its own first problem (a string), so it re-renders only when that changes.
import type { ProcessMap, Project } from '../../../shared/model/schema';
import { mapOf } from '../../../shared/editor';
import { useAppStore, type AppState } from '../store';
import { mapPath, projectProblems } from './live-figures';

const byMap = new WeakMap<
  ProcessMap,
  { project: Project; problems: ReadonlyMap<string, string> }
>();

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

/** The first process problem of step `id` on the active map, or null. */
export function readStepProblem(s: AppState, id: string): string | null {
  if (s.project === null) return null;
  const map = mapOf(s.project, s.activeMapKey);
  return map === null ? null : (stepProblems(s.project, map).get(id) ?? null);
}

/** The first process problem of step `id` on the active map, or null. */
export const useStepProblem = (id: string): string | null =>
  useAppStore((s) => readStepProblem(s, id));

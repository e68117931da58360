// Live figures on every edit: the process problems of the document (the validator's words) and
// the flow model of a map, each computed once per document state and reused while what it
// reads is unchanged (the documents are immutable, so identity says "unchanged"). Only the
// latest few states are kept: undo and redo of the last steps reuse them, but figures are not
// kept alive for every state in the undo history (a 1 000-step map's flow model is ~100 KB).
import { computeFlowModel, type FlowModelResult } from '../../../shared/engine';
import type { ProjectIssue } from '../../../shared/model/issues';
import type { ProcessMap, Project } from '../../../shared/model/schema';
import { validateSemantics } from '../../../shared/model/semantics';
import { LruCache } from '../../../shared/util/lru';

/** Document states whose figures are kept: the present and the last few undo steps. */
export const RECENT_STATES = 8;

const problemsCache = new LruCache<Project, readonly ProjectIssue[]>(RECENT_STATES);

/** The process problems of `project`, in map order (empty when it is sound). */
export function projectProblems(project: Project): readonly ProjectIssue[] {
  let problems = problemsCache.get(project);
  if (problems === undefined) {
    problems = validateSemantics(project);
    problemsCache.set(project, problems);
  }
  return problems;
}

/**
 * Take `problems` as `project`'s, found when it was read (readProjectDocument checks them):
 * opening a project then does not check a large map twice.
 */
export function rememberProblems(project: Project, problems: readonly ProjectIssue[]): void {
  problemsCache.set(project, problems);
}

/** Where in the file the map at `map` lives, as problem paths begin. */
export function mapPath(project: Project, map: ProcessMap): readonly (string | number)[] {
  if (map === project.maps.current) return ['maps', 'current'];
  return [
    'maps',
    'targets',
    project.maps.targets.indexOf(map as Project['maps']['targets'][number]),
  ];
}

/** The problems that concern `map` itself (its steps and flows). */
export function mapProblems(project: Project, map: ProcessMap): readonly ProjectIssue[] {
  const prefix = mapPath(project, map);
  return projectProblems(project).filter((issue) =>
    prefix.every((segment, i) => issue.path[i] === segment),
  );
}

/** A map's figures, or why there are none yet. */
export type MapFigures =
  | { readonly ok: true; readonly flow: FlowModelResult }
  | { readonly ok: false; readonly reason: string };

interface Cached {
  readonly roles: Project['roles'];
  readonly calendar: Project['calendar'];
  readonly figures: MapFigures;
}
const figuresCache = new LruCache<ProcessMap, Cached>(RECENT_STATES);

/**
 * The flow model of `map`, or the reason it has none: while the map has process problems the
 * engines would compute from a map that is not yet a process, so the figures wait.
 */
export function mapFigures(project: Project, map: ProcessMap): MapFigures {
  const cached = figuresCache.get(map);
  if (
    cached !== undefined &&
    cached.roles === project.roles &&
    cached.calendar === project.calendar
  )
    return cached.figures;
  const problems = mapProblems(project, map).length;
  const figures: MapFigures =
    problems > 0
      ? {
          ok: false,
          reason: `Figures appear once the map's ${problems === 1 ? 'problem is' : `${problems} problems are`} fixed.`,
        }
      : { ok: true, flow: computeFlowModel(project, map) };
  figuresCache.set(map, { roles: project.roles, calendar: project.calendar, figures });
  return figures;
}

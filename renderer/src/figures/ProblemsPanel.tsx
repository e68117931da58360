// The problems list: every process problem of the document in the validator's words (the same
// as `flowcase validate`), each placed by map and step name, updated on every edit. Clicking a problem about a step or a flow
// shows its map, selects it and frames it.
import { AlertTriangle, CheckCircle2 } from 'lucide-react';
import { useMemo, useState } from 'react';
import type { ProjectIssue } from '../../../shared/model/issues';
import type { Project } from '../../../shared/model/schema';
import { mapOf, type MapRef } from '../../../shared/editor';
import { useAppStore } from '../store';
import { projectProblems } from './live-figures';
import { problemPlace } from './problem-place';

interface Target {
  readonly map: MapRef;
  readonly stepId?: string;
  readonly flowId?: string;
}

/** Which map, step or flow a problem is about, from its path. */
function targetOf(project: Project, issue: ProjectIssue): Target | null {
  const [root, side, index, list, item] = issue.path;
  if (root !== 'maps') return null;
  let map: MapRef;
  let kind: string | number | undefined;
  let at: string | number | undefined;
  if (side === 'current') {
    map = 'current';
    [kind, at] = [index, list];
  } else {
    const target = typeof index === 'number' ? project.maps.targets[index] : undefined;
    if (target === undefined) return null;
    map = { targetId: target.id };
    [kind, at] = [list, item];
  }
  const mapObject = mapOf(project, map);
  if (mapObject === null) return { map };
  if (kind === 'steps' && typeof at === 'number') return { map, stepId: mapObject.steps[at]?.id };
  if (kind === 'flows' && typeof at === 'number') return { map, flowId: mapObject.flows[at]?.id };
  return { map };
}

export function ProblemsPanel() {
  const project = useAppStore((s) => s.project);
  const showMap = useAppStore((s) => s.showMap);
  const selectElements = useAppStore((s) => s.selectElements);
  const [open, setOpen] = useState(true);
  const problems = useMemo(() => (project === null ? [] : projectProblems(project)), [project]);
  if (project === null) return null;
  const go = (issue: ProjectIssue): void => {
    const target = targetOf(project, issue);
    if (target === null) return;
    showMap(target.map);
    selectElements({
      stepIds: target.stepId ? [target.stepId] : [],
      flowIds: target.flowId ? [target.flowId] : [],
    });
    // Frame the step once the map it is on is drawn (a map switch mounts a new canvas).
    if (target.stepId !== undefined) useAppStore.getState().frame(target.map, [target.stepId]);
  };
  return (
    <section className="fc-problems" aria-label="Problems">
      <button
        type="button"
        className="fc-problems__toggle"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {problems.length === 0 ? (
          <CheckCircle2 size={14} aria-hidden="true" className="fc-ok" />
        ) : (
          <AlertTriangle size={14} aria-hidden="true" className="fc-warn" />
        )}
        {problems.length === 0
          ? 'No problems'
          : `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`}
      </button>
      {open && problems.length > 0 && (
        <ul className="fc-problems__list">
          {problems.map((issue, i) => (
            <li key={`${issue.where}-${i}`}>
              <button type="button" className="fc-problem" onClick={() => go(issue)}>
                <span className="fc-problem__where">{problemPlace(project, issue)}</span>
                <span className="fc-problem__message">{issue.message}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

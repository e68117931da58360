// The Business case screen: the business case of the active target, recomputed a moment after
// each edit. On the current map it asks for a target (or offers to make one). While the current
// or the target map has process problems there is no case (as `flowcase roi` refuses an invalid
// project): the screen names the maps to fix instead of figures that would mean nothing.
import { Target } from 'lucide-react';
import { useShallow } from 'zustand/react/shallow';
import { targetOf } from '../../../shared/editor';
import { mapProblems } from '../figures/live-figures';
import { newTargetFromCurrent } from '../editor/actions';
import { ExportButtons } from '../export/ExportButtons';
import { useAppStore, type AppState } from '../store';
import { BusinessCaseView } from './BusinessCaseView';
import { useBusinessCase } from './use-business-case';
import './business.css';

export function BusinessScreen() {
  const key = useAppStore((s) => s.activeMapKey);
  return (
    <div className="fc-business">
      {key === 'current' ? <PickTarget /> : <TargetCase targetId={key.targetId} />}
    </div>
  );
}

function PickTarget() {
  const targets = useAppStore((s) => s.project?.maps.targets ?? []);
  const showMap = useAppStore((s) => s.showMap);
  return (
    <section className="fc-business__pick" aria-label="Business case">
      <h2 className="fc-business__title">Business case</h2>
      <p>
        A business case compares a target process with the current one.{' '}
        {targets.length === 0
          ? 'This project has no target yet: make one from the current map, then change it the way the process would run with AI.'
          : 'The current map is shown; pick the target to build the case for.'}
      </p>
      <div className="fc-business__targets">
        {targets.map((t) => (
          <button
            key={t.id}
            type="button"
            className="fc-button"
            onClick={() => showMap({ targetId: t.id })}
          >
            <Target size={14} aria-hidden="true" /> {t.name}
          </button>
        ))}
        <button type="button" className="fc-button" onClick={newTargetFromCurrent}>
          New target from current
        </button>
      </div>
    </section>
  );
}

/** "“Target 1”: 2 problems" for each of the case's maps that has any. */
function unsoundMaps(s: AppState, targetId: string): string[] {
  const project = s.project;
  if (project === null) return [];
  const target = targetOf(project, targetId);
  return [project.maps.current, ...(target === null ? [] : [target])].flatMap((map) => {
    const count = mapProblems(project, map).length;
    return count === 0 ? [] : [`“${map.name}”: ${count} ${count === 1 ? 'problem' : 'problems'}`];
  });
}

function TargetCase({ targetId }: { targetId: string }) {
  const target = useAppStore((s) => (s.project === null ? null : targetOf(s.project, targetId)));
  const unsound = useAppStore(useShallow((s: AppState) => unsoundMaps(s, targetId)));
  const state = useBusinessCase(targetId);
  const outcome = state.resultKey?.targetId === targetId ? state.result : null;
  if (target === null) return null;
  return (
    <section
      className="fc-business__case"
      aria-label="Business case"
      aria-busy={state.pending}
      data-stale={state.stale ? 'true' : undefined}
    >
      <header className="fc-business__header">
        <h2 className="fc-business__title">
          Business case: {target.name}
          <span className="fc-business__against"> against the current process</span>
        </h2>
        <p className="fc-business__status" role="status">
          {outcome === null
            ? 'Computing the business case…'
            : state.stale
              ? 'Out of date: recomputing after your edit…'
              : ''}
        </p>
        {unsound.length === 0 && <ExportButtons targetId={targetId} />}
      </header>
      {unsound.length > 0 ? (
        <div className="fc-bc-blocked" role="note" aria-label="No business case">
          <h3>No business case yet</h3>
          <p>
            The figures would mean nothing until the maps are processes. Fix these on the Map
            screen, where they are listed under Problems:
          </p>
          <ul>
            {unsound.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : outcome === null ? null : outcome.ok ? (
        <BusinessCaseView value={outcome.value} monthsToGoLive={target.plan.monthsToGoLive} />
      ) : (
        <p className="fc-bc-warning" role="alert">
          {outcome.message}
        </p>
      )}
    </section>
  );
}

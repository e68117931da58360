// The business case of the active target for the screen: recomputed by itself a moment after
// each edit (see runner.ts), the last result kept visible and marked out of date meanwhile.
import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../store';
import { computeBusinessCase, DEFAULT_BUSINESS_OPTIONS, type BusinessCaseOutcome } from './compute';
import { createRunner, type Runner, type RunnerState } from './runner';

/**
 * Quiet time after an edit before the business case recomputes, in milliseconds: none beyond
 * the edits of one task. The engines run in a worker, and edits made while they do wait as one
 * (runner.ts), so a nudge held down is not a queue of computations.
 */
export const RECOMPUTE_DELAY_MS = 0;

const EMPTY: RunnerState<BusinessCaseOutcome> = {
  result: null,
  resultKey: null,
  pending: true,
  stale: false,
};

export function useBusinessCase(targetId: string): RunnerState<BusinessCaseOutcome> {
  const [state, setState] = useState(EMPTY);
  const runner = useRef<Runner | null>(null);
  useEffect(() => {
    const created = createRunner<BusinessCaseOutcome>({
      delayMs: RECOMPUTE_DELAY_MS,
      onChange: setState,
      // The project as it is when the computation starts: the newest for its revision.
      compute: (key) => {
        const project = useAppStore.getState().project;
        if (project === null) return Promise.resolve({ ok: false, message: 'No project is open.' });
        return computeBusinessCase(project, key.targetId, DEFAULT_BUSINESS_OPTIONS).then(
          (outcome) => {
            if (outcome.ok) markUpdated(outcome.value.computeMs);
            return outcome;
          },
        );
      },
    });
    runner.current = created;
    return () => {
      created.dispose();
      runner.current = null;
    };
  }, []);
  // Edits are asked for from the store's own notification, inside the edit's task: the engines
  // then run while React renders and paints the edit. An effect on the revision would ask only
  // after React's render of the edit, which may come in a later task.
  useEffect(() => {
    runner.current?.request({ revision: useAppStore.getState().revision, targetId });
    return useAppStore.subscribe((s, previous) => {
      if (s.revision !== previous.revision)
        runner.current?.request({ revision: s.revision, targetId });
    });
  }, [targetId]);
  return state;
}

/** A performance mark per update, so the time from an edit to new charts can be measured. */
function markUpdated(computeMs: number): void {
  performance.mark('fc-business-case-updated', { detail: { computeMs } });
}

// How the inspector changes the selected step: one `updateStep` command per committed field.
import { useCallback } from 'react';
import { mapPathPrefix, type StepPatch } from '../../../shared/editor';
import { useAppStore } from '../store';

/** A function that sets fields of step `stepId` on the active map, as one undo step. */
export function useStepEdit(stepId: string): (patch: StepPatch) => void {
  const dispatch = useAppStore((s) => s.dispatch);
  const map = useAppStore((s) => s.activeMapKey);
  return useCallback(
    (patch: StepPatch) => {
      dispatch({ type: 'updateStep', map, stepId, patch });
    },
    [dispatch, map, stepId],
  );
}

/** The input path of step `stepId` of the active map, as uncertainty ranges name it. */
export function useStepPath(stepId: string): string {
  const map = useAppStore((s) => s.activeMapKey);
  return `${mapPathPrefix(map)}.steps.${stepId}`;
}

// How the inspector changes the selected step: one `updateStep` command per committed field.
import { useCallback, useMemo } from 'react';
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

type Field = keyof StepPatch;
type Commit = <V>(field: Field, from?: (value: V) => unknown) => (value: V) => void;

/** `commit(field)` over `edit`, making each field's function once. */
function committers(edit: (patch: StepPatch) => void): Commit {
  const made = new Map<Field, (value: never) => void>();
  return <V>(field: Field, from?: (value: V) => unknown): ((value: V) => void) => {
    let commit = made.get(field) as ((value: V) => void) | undefined;
    if (commit === undefined) {
      commit = (value: V) => edit({ [field]: from === undefined ? value : from(value) });
      made.set(field, commit);
    }
    return commit;
  };
}

/**
 * `commit(field)`: the `onCommit` of one field of step `stepId`, the same function on every
 * render (until the step or map changes), so a memoised field is not redrawn by another
 * field's edit. `from` turns the field's value into the step's (e.g. "" into null); pass a
 * function defined once, not a new one per render.
 */
export function useStepCommit(stepId: string): Commit {
  const edit = useStepEdit(stepId);
  return useMemo(() => committers(edit), [edit]);
}

/** The input path of step `stepId` of the active map, as uncertainty ranges name it. */
export function useStepPath(stepId: string): string {
  const map = useAppStore((s) => s.activeMapKey);
  return `${mapPathPrefix(map)}.steps.${stepId}`;
}

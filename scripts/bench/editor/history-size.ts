/**
 * The undo history's own size after the memory figure's edits, measured in Node (the same V8
 * as Chromium) by replaying them through `shared/editor`: the 1 000-step map as pasted, then
 * `edits` `updateStep` commands on step `stepId` alternating the automation rate and the name,
 * each recorded as its own step (as the inspector does). The size is the heap in use with the
 * history held minus the heap once only its present state is held, each after a full GC.
 * The page keeps more than this (caches keyed by the states the history holds); the page's
 * own heap figures show that.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { applyCommand, createHistory, record, type History } from '../../../shared/editor';
import type { Project } from '../../../shared/model/schema';

const MB = 1024 * 1024;

/** A full garbage collection: V8 exposes `gc` to a new context once the flag is set. */
function collect(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
}

/** The history after `edits` inspector edits of step `stepId`, each its own undo step. */
function replay(project: Project, stepId: string, edits: number): History {
  let history = createHistory(project);
  for (let i = 0; i < edits; i++) {
    const patch =
      i % 2 === 0
        ? { automationRate: (20 + ((i / 2) % 60)) / 100 }
        : { name: `AI step 2, edit ${i}` };
    const result = applyCommand(history.present, {
      type: 'updateStep',
      map: 'current',
      stepId,
      patch,
    });
    if (!result.ok) throw new Error(`edit ${i} was refused: ${result.reason}`);
    history = record(history, result.project, 'Edit', { at: i * 2000 });
  }
  return history;
}

export function historySize(project: Project, stepId: string, edits: number) {
  const held = { history: replay(project, stepId, edits) };
  const steps = held.history.past.length;
  collect();
  const withHistory = process.memoryUsage().heapUsed;
  // Keep the present state, drop the steps to undo.
  held.history = createHistory(held.history.present);
  collect();
  const withoutHistory = process.memoryUsage().heapUsed;
  return { undoSteps: steps, historyMb: (withHistory - withoutHistory) / MB };
}

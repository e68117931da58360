// Waiting time per step as heat on the map: each step's mean wait per visit from the active
// map's last simulation, and its share of the longest wait on that map (0..1), which the
// canvas turns into a tint. Read only while the overlay is on (view slice, `waitOverlay`).
import type { SimulationResult } from '../../../shared/engine';
import { mapOf } from '../../../shared/editor';
import type { AppState } from '../store/app-state';
import type { MapKey } from '../store/view-slice';
import { isOutOfDate, resultKey } from './staleness';

export interface StepHeat {
  /** Mean hours a case waits for a person before a visit to the step. */
  readonly hours: number;
  /** `hours` as a share of the map's longest wait, 0..1. */
  readonly share: number;
}

export interface WaitHeat {
  readonly steps: ReadonlyMap<string, StepHeat>;
  /** The step cases wait longest for, or null when nobody waits. */
  readonly longest: { readonly id: string; readonly name: string; readonly hours: number } | null;
}

const byResult = new WeakMap<SimulationResult, WaitHeat>();

/** The heat of every step of `result` that cases wait for (steady runs only). */
export function waitHeat(result: SimulationResult): WaitHeat {
  const known = byResult.get(result);
  if (known !== undefined) return known;
  let longest: WaitHeat['longest'] = null;
  for (const step of result.steps) {
    const hours = step.meanWaitHours?.mean ?? 0;
    if (hours > 0 && hours > (longest?.hours ?? 0))
      longest = { id: step.id, name: step.name, hours };
  }
  const steps = new Map<string, StepHeat>();
  if (longest !== null)
    for (const step of result.steps) {
      const hours = step.meanWaitHours?.mean ?? 0;
      if (hours > 0) steps.set(step.id, { hours, share: hours / longest.hours });
    }
  const heat = { steps, longest };
  byResult.set(result, heat);
  return heat;
}

/**
 * The overlay of map `key` (the active map by default): its heat and whether the project
 * changed since the run.
 */
export function readWaitOverlay(
  s: AppState,
  key: MapKey = s.activeMapKey,
): { heat: WaitHeat; stale: boolean } | null {
  if (!s.waitOverlay || s.project === null) return null;
  const record = s.simulations[resultKey(key)];
  if (record === undefined || mapOf(s.project, key) === null) return null;
  return { heat: waitHeat(record.result), stale: isOutOfDate(record, s.project, key) };
}

/** One step's heat on map `key` (the active map by default) while the overlay is on, else null. */
export function readStepHeat(s: AppState, stepId: string, key?: MapKey): StepHeat | null {
  return readWaitOverlay(s, key)?.heat.steps.get(stepId) ?? null;
}

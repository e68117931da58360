// "Run simulation" and "Cancel": simulates the active map, and with a target also the current
// map (the target's figures are read against it), one after the other with one progress bar.
// A cancelled or failed run keeps the results there were; they show as out of date if the
// project changed since. A map with process problems is not run (as `flowcase simulate` refuses
// an invalid project): its figures would mean nothing, and the run says so instead.
import { mapOf } from '../../../shared/editor';
import { mapProblems } from '../figures/live-figures';
import { useAppStore, type MapKey } from '../store';
import type { RunSettings, SimulationRecord } from '../store/results-slice';
import { simulateInBackground } from './engine';
import { inputsOf, resultKey } from './staleness';

let running: AbortController | null = null;

const state = () => useAppStore.getState();

/** The maps a run of `key` simulates: the current map first, then the target if it is one. */
export function mapsToRun(key: MapKey): MapKey[] {
  return key === 'current' ? ['current'] : ['current', key];
}

export async function runSimulation(settings: RunSettings = state().runSettings): Promise<void> {
  const { project, activeMapKey } = state();
  if (project === null) return;
  const keys = mapsToRun(activeMapKey);
  for (const key of keys) {
    const map = mapOf(project, key);
    const problems = map === null ? 0 : mapProblems(project, map).length;
    if (map !== null && problems > 0) {
      state().setResults({
        simulationMessage: `“${map.name}” cannot be simulated yet: fix its ${problems === 1 ? 'problem' : `${problems} problems`} first (listed under Problems on the Map screen).`,
      });
      return;
    }
  }
  running?.abort();
  const controller = new AbortController();
  running = controller;
  state().setResults({ runSettings: settings, simulationMessage: null });
  try {
    for (const [i, key] of keys.entries()) {
      const inputs = inputsOf(project, key);
      const map = mapOf(project, key);
      if (inputs === null || map === null) continue;
      const progress = (share: number) => {
        if (running === controller)
          state().setResults({
            simulationRun: { progress: (i + share) / keys.length, label: map.name },
          });
      };
      progress(0);
      const result = await simulateInBackground(project, map, settings, {
        onProgress: progress,
        signal: controller.signal,
      });
      if (running !== controller) return;
      const record: SimulationRecord = { result, inputs, settings };
      state().setResults({ simulations: { ...state().simulations, [resultKey(key)]: record } });
    }
    state().setResults({ simulationRun: null });
  } catch (error) {
    if (running !== controller) return;
    const cancelled = error instanceof Error && error.name === 'AbortError';
    state().setResults({
      simulationRun: null,
      simulationMessage: cancelled
        ? 'Cancelled. The results shown are from the last run that finished.'
        : `The simulation stopped: ${error instanceof Error ? error.message : String(error)}`,
    });
  } finally {
    if (running === controller) running = null;
  }
}

export function cancelSimulation(): void {
  running?.abort();
}

// Where a simulation runs. For now on the main thread in chunks (`simulateAsync` yields between
// them); the engine worker client (renderer/src/engine) takes its place.
import { simulateAsync, type SimulationResult } from '../../../shared/engine';
import type { ProcessMap, Project } from '../../../shared/model/schema';
import type { RunSettings } from '../store/results-slice';

export interface RunHooks {
  readonly onProgress: (share: number) => void;
  readonly signal: AbortSignal;
}

export function simulateInBackground(
  project: Project,
  map: ProcessMap,
  settings: RunSettings,
  hooks: RunHooks,
): Promise<SimulationResult> {
  return simulateAsync(project, map, {
    ...settings,
    onProgress: hooks.onProgress,
    signal: hooks.signal,
  });
}

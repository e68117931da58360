// Where a simulation runs: the app's engine workers (renderer/src/engine), replications spread
// over the machine's cores; where no worker can start, the client runs it in the page in chunks.
import type { SimulationResult } from '../../../shared/engine';
import type { ProcessMap, Project } from '../../../shared/model/schema';
import { appEngine } from '../engine/app-engine';
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
  return appEngine().runSimulation(project, map.id, settings, hooks);
}

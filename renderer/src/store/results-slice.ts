// Results slice: simulation results by map, the run in progress and the options to run with.
// Never part of undo history (STYLE.md, practice 6); a result remembers the inputs it ran on,
// so a later edit marks it out of date instead of removing it (results/staleness.ts).
import type { StateCreator } from 'zustand';
import type { SimulationResult } from '../../../shared/engine';
import type { Calendar, ProcessMap, Role, System } from '../../../shared/model/schema';
import type { AppState } from './app-state';

/** What a simulation read from the project, held by reference (edits make new objects). */
export interface SimulationInputs {
  readonly map: ProcessMap;
  readonly roles: readonly Role[];
  readonly systems: readonly System[];
  readonly calendar: Calendar;
}

export interface RunSettings {
  readonly cases: number;
  readonly replications: number;
  readonly seed: number;
}

export interface SimulationRecord {
  readonly result: SimulationResult;
  readonly inputs: SimulationInputs;
  readonly settings: RunSettings;
}

export interface SimulationRunState {
  /** Share done, 0..1. */
  readonly progress: number;
  /** What runs now, in words ("Current process", "AI match with review"). */
  readonly label: string;
}

export interface ResultsState {
  /** The latest result of each map, by map key: 'current' or a target's id. */
  simulations: Readonly<Record<string, SimulationRecord>>;
  simulationRun: SimulationRunState | null;
  /** Why the last run failed or stopped, in words; null after a run that finished. */
  simulationMessage: string | null;
  runSettings: RunSettings;
}

export interface ResultsSlice extends ResultsState {
  setResults: (patch: Partial<ResultsState>) => void;
}

/** Like `flowcase simulate`'s defaults: 20 000 cases, 5 replications, seed 1. */
export const DEFAULT_RUN_SETTINGS: RunSettings = { cases: 20_000, replications: 5, seed: 1 };

export const createResultsSlice: StateCreator<AppState, [], [], ResultsSlice> = (set) => ({
  simulations: {},
  simulationRun: null,
  simulationMessage: null,
  runSettings: DEFAULT_RUN_SETTINGS,
  setResults: (patch) => set(patch),
});

// View slice: which map tab is shown and which step is selected. Never part of undo history.
import type { StateCreator } from 'zustand';
import type { AppState } from './app-state';

/** `'current'` for the as-is map, otherwise the id of a target map (scenario). */
export type MapKey = 'current' | { readonly targetId: string };

export interface ViewSlice {
  activeMapKey: MapKey;
  selectedStepId: string | null;
  showMap: (key: MapKey) => void;
  selectStep: (stepId: string) => void;
  clearSelection: () => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => ({
  activeMapKey: 'current',
  selectedStepId: null,
  showMap: (key) => {
    if (sameMapKey(get().activeMapKey, key)) return;
    set({ activeMapKey: key, selectedStepId: null });
  },
  selectStep: (stepId) => set({ selectedStepId: stepId }),
  clearSelection: () => set({ selectedStepId: null }),
});

export function sameMapKey(a: MapKey, b: MapKey): boolean {
  if (a === 'current' || b === 'current') return a === b;
  return a.targetId === b.targetId;
}

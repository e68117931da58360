// The one app store, composed from typed slices. Components read it through narrow selectors.
import { create } from 'zustand';
import type { AppState } from './app-state';
import { createProjectSlice } from './project-slice';
import { createViewSlice } from './view-slice';

export const useAppStore = create<AppState>()((...args) => ({
  ...createProjectSlice(...args),
  ...createViewSlice(...args),
}));

export type { AppState } from './app-state';
export type { MapKey } from './view-slice';
export { sameMapKey } from './view-slice';

// Project slice: owns the open project document (read-only until the editor and undo arrive).
import type { StateCreator } from 'zustand';
import type { Project } from '../../../shared/model/schema';
import type { AppState } from './app-state';

export interface ProjectSlice {
  /** The open project; null while the initial project is loading. */
  project: Project | null;
  /** Why no project could be opened, in words for people; null when all is well. */
  loadError: string | null;
  openProject: (project: Project) => void;
  failToOpen: (message: string) => void;
}

export const createProjectSlice: StateCreator<AppState, [], [], ProjectSlice> = (set) => ({
  project: null,
  loadError: null,
  openProject: (project) =>
    set({ project, loadError: null, activeMapKey: 'current', selectedStepId: null }),
  failToOpen: (message) => set({ loadError: message }),
});

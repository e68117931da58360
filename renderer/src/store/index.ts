// The one app store, composed from typed slices. Components read it through narrow selectors.
import { create } from 'zustand';
import type { AppState } from './app-state';
import { createDesktopSlice } from './desktop-slice';
import { createDocumentSlice } from './document-slice';
import { createPanelSlice } from './panel-slice';
import { createResultsSlice } from './results-slice';
import { createViewSlice } from './view-slice';
import { createWorkspaceSlice } from './workspace-slice';

export const useAppStore = create<AppState>()((...args) => ({
  ...createDocumentSlice(...args),
  ...createViewSlice(...args),
  ...createPanelSlice(...args),
  ...createWorkspaceSlice(...args),
  ...createResultsSlice(...args),
  ...createDesktopSlice(...args),
}));

export type { AppState } from './app-state';
export type { MapKey, Selection, ScreenId } from './view-slice';
export { SCREENS } from './view-slice';
export type { Notice, DispatchOptions } from './document-slice';
export { cameraKey, sameMapKey } from './view-slice';
export type { PanelSectionId } from './panel-slice';
export type { ImportReport, StorageState } from './workspace-slice';
export type { ChangedFile, CrashDraft, DraftQuestion } from './desktop-slice';

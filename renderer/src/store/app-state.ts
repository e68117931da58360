// The whole store's shape: the union of its typed slices.
import type { DesktopSlice } from './desktop-slice';
import type { DocumentSlice } from './document-slice';
import type { PanelSlice } from './panel-slice';
import type { ResultsSlice } from './results-slice';
import type { ViewSlice } from './view-slice';
import type { WorkspaceSlice } from './workspace-slice';

export type AppState = DocumentSlice &
  ViewSlice &
  PanelSlice &
  WorkspaceSlice &
  ResultsSlice &
  DesktopSlice;

// The whole store's shape: the union of its typed slices.
import type { ProjectSlice } from './project-slice';
import type { ViewSlice } from './view-slice';

export type AppState = ProjectSlice & ViewSlice;

// View slice: which map tab is shown and what is selected on it. Never part of undo history.
import type { Viewport } from '@xyflow/react';
import type { StateCreator } from 'zustand';
import { sameMapRef, type MapRef } from '../../../shared/editor';
import type { AppState } from './app-state';

/** `'current'` for the as-is map, otherwise the id of a target map (scenario). */
export type MapKey = MapRef;

/**
 * The screens of the main area, in the order of the top bar's tabs. A new screen (the
 * simulation results, say) is one more entry here and one more case where App shows it.
 */
export const SCREENS = [
  { id: 'map', label: 'Map' },
  { id: 'simulation', label: 'Simulation' },
  { id: 'business', label: 'Business case' },
] as const;

export type ScreenId = (typeof SCREENS)[number]['id'];

export interface Selection {
  readonly stepIds: readonly string[];
  readonly flowIds: readonly string[];
}

const EMPTY: Selection = { stepIds: [], flowIds: [] };

/**
 * A request to move the camera of `map`'s canvas: frame `stepIds`, or the whole map when null.
 * The canvas carries it out once it is drawn (a request may switch maps or screens first, and
 * the canvas mounts afresh), then clears it.
 */
export interface FrameRequest {
  readonly map: MapKey;
  readonly stepIds: readonly string[] | null;
}

export interface ViewSlice {
  /** Which screen the main area shows; the map tabs pick the map on every screen. */
  screen: ScreenId;
  showScreen: (screen: ScreenId) => void;
  activeMapKey: MapKey;
  selection: Selection;
  showMap: (key: MapKey) => void;
  /** Select one step; with `add`, toggle it in the current selection (shift-click). */
  selectStep: (stepId: string, add?: boolean) => void;
  selectFlow: (flowId: string, add?: boolean) => void;
  /** Select exactly these (a box selection, select all, what a paste created). */
  selectElements: (selection: Selection) => void;
  clearSelection: () => void;
  /** The last steps copied in this window, as clipboard text: paste's fallback when the system clipboard cannot be read. */
  lastCopy: string | null;
  rememberCopy: (text: string) => void;
  frameRequest: FrameRequest | null;
  /** Frame `stepIds` of `map` on the canvas, or the whole map without them. */
  frame: (map: MapKey, stepIds?: readonly string[]) => void;
  /** The canvas has carried out `request`. */
  framed: (request: FrameRequest) => void;
  /** Whether the map is tinted by the waiting time its last simulation measured at each step. */
  waitOverlay: boolean;
  setWaitOverlay: (on: boolean) => void;
  /** Whether a target is shown side by side with the current map. */
  comparing: boolean;
  setComparing: (on: boolean) => void;
  /**
   * Whether presenter mode covers the window. The editor stays mounted underneath, untouched,
   * so leaving finds the screen, map, selection and camera as they were.
   */
  presenting: boolean;
  setPresenting: (on: boolean) => void;
  /**
   * Where each map's camera was when its canvas was last taken down (another screen, the
   * compare view, another map's tab), by `cameraKey`: coming back finds the view as it was.
   */
  cameras: Readonly<Record<string, Viewport>>;
  rememberCamera: (key: string, viewport: Viewport) => void;
}

/** The camera of `map` in the project as it was opened the `openings`-th time. */
export const cameraKey = (openings: number, map: MapKey): string =>
  `${openings}:${map === 'current' ? 'current' : map.targetId}`;

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => ({
  screen: 'map',
  showScreen: (screen) => {
    if (get().screen !== screen) set({ screen });
  },
  activeMapKey: 'current',
  selection: EMPTY,
  lastCopy: null,
  rememberCopy: (text) => set({ lastCopy: text }),
  frameRequest: null,
  frame: (map, stepIds) => set({ frameRequest: { map, stepIds: stepIds ?? null } }),
  framed: (request) => {
    if (get().frameRequest === request) set({ frameRequest: null });
  },
  waitOverlay: false,
  setWaitOverlay: (on) => set({ waitOverlay: on }),
  comparing: false,
  setComparing: (on) => set({ comparing: on }),
  cameras: {},
  rememberCamera: (key, viewport) => set((s) => ({ cameras: { ...s.cameras, [key]: viewport } })),
  presenting: false,
  setPresenting: (on) => {
    if (get().presenting !== on) set({ presenting: on });
  },
  showMap: (key) => {
    if (sameMapKey(get().activeMapKey, key)) return;
    set({
      activeMapKey: key,
      selection: EMPTY,
      comparing: key === 'current' ? false : get().comparing,
    });
  },
  selectStep: (stepId, add = false) =>
    set((s) => ({
      selection: add
        ? { ...s.selection, stepIds: toggled(s.selection.stepIds, stepId) }
        : { stepIds: [stepId], flowIds: [] },
    })),
  selectFlow: (flowId, add = false) =>
    set((s) => ({
      selection: add
        ? { ...s.selection, flowIds: toggled(s.selection.flowIds, flowId) }
        : { stepIds: [], flowIds: [flowId] },
    })),
  selectElements: (selection) => set({ selection }),
  clearSelection: () => {
    const { selection } = get();
    if (selection.stepIds.length > 0 || selection.flowIds.length > 0) set({ selection: EMPTY });
  },
});

function toggled(ids: readonly string[], id: string): readonly string[] {
  return ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];
}

export const sameMapKey = sameMapRef;

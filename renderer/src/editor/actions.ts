// What the palette, the toolbar and the keyboard do to the open map, in one place: each reads
// the store, dispatches one editor command and updates the selection. `view` is the canvas's
// camera (React Flow), to place new steps where the analyst is looking.
import type { StepKind } from '../../../shared/model/schema';
import { mapOf } from '../../../shared/editor';
import { useAppStore } from '../store';

/** The bit of React Flow's instance these actions use. */
export interface CanvasView {
  screenToFlowPosition(point: { x: number; y: number }): { x: number; y: number };
  flowToScreenPosition(point: { x: number; y: number }): { x: number; y: number };
  getViewport(): { x: number; y: number; zoom: number };
  setViewport(viewport: { x: number; y: number; zoom: number }): unknown;
}

/** How close to the canvas's edge, in screen pixels, a new step may land before the view pans. */
const VIEW_MARGIN = 110;

/** How far right of the selected step a new one goes, in map units (one grid column). */
export const BESIDE_OFFSET = 240;
/** Arrow-key nudge, and with Shift, in map units. */
export const NUDGE = 20;
export const NUDGE_FAR = 100;

function canvasBox(): DOMRect | null {
  return document.querySelector('[data-testid="map-canvas"]')?.getBoundingClientRect() ?? null;
}

/** The centre of the canvas element on screen, or null when it is not shown. */
function canvasCentre(): { x: number; y: number } | null {
  const box = canvasBox();
  return box === null ? null : { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** Pan (at the same zoom) just enough that the map point `at` is inside the view. */
function keepInView(view: CanvasView, at: { x: number; y: number }): void {
  const box = canvasBox();
  if (box === null || box.width < 3 * VIEW_MARGIN || box.height < 3 * VIEW_MARGIN) return;
  const p = view.flowToScreenPosition(at);
  const shift = (value: number, low: number, high: number): number =>
    value < low ? low - value : value > high ? high - value : 0;
  const dx = shift(p.x, box.left + VIEW_MARGIN, box.right - VIEW_MARGIN);
  const dy = shift(p.y, box.top + VIEW_MARGIN, box.bottom - VIEW_MARGIN);
  if (dx === 0 && dy === 0) return;
  const v = view.getViewport();
  view.setViewport({ x: v.x + dx, y: v.y + dy, zoom: v.zoom });
}

/**
 * Add a step of `kind`: beside the one selected step and connected from it, or at the centre of
 * the view; the new step is selected, and the view pans to show it.
 */
export function addStep(kind: StepKind, view: CanvasView): void {
  const state = useAppStore.getState();
  if (state.project === null) return;
  const map = mapOf(state.project, state.activeMapKey);
  if (map === null) return;
  const selectedId = state.selection.stepIds.length === 1 ? state.selection.stepIds[0] : undefined;
  const selected = map.steps.find((s) => s.id === selectedId);
  let at: { x: number; y: number };
  if (selected !== undefined) {
    at = { x: selected.position.x + BESIDE_OFFSET, y: selected.position.y };
    // A step inserted into a flow makes room for itself (shared/editor); a new branch of a
    // decision or split goes below the branches it already has.
    const branching = selected.kind === 'decision' || selected.kind === 'parallel-split';
    const exits = map.flows.filter((f) => f.from === selected.id).length;
    const taken = (p: { x: number; y: number }): boolean =>
      map.steps.some(
        (s) => Math.abs(s.position.x - p.x) < 100 && Math.abs(s.position.y - p.y) < 70,
      );
    if (branching || exits !== 1) while (taken(at)) at = { x: at.x, y: at.y + 140 };
  } else {
    const centre = canvasCentre();
    at = centre === null ? { x: 0, y: 0 } : view.screenToFlowPosition(centre);
  }
  const result = state.dispatch({
    type: 'addStep',
    map: state.activeMapKey,
    kind,
    at,
    connectFrom: selected?.id ?? null,
  });
  if (!result.ok) return;
  state.selectElements({ stepIds: result.created.stepIds, flowIds: [] });
  // A step added beside the selection may land past the edge of the view: bring it in.
  const added = mapOf(result.project, state.activeMapKey)?.steps.find(
    (s) => s.id === result.created.stepIds[0],
  );
  if (added !== undefined) keepInView(view, added.position);
}

/** Delete what is selected: steps with their flows, and selected flows. */
export function deleteSelection(): void {
  const state = useAppStore.getState();
  const { stepIds, flowIds } = state.selection;
  if (stepIds.length === 0 && flowIds.length === 0) return;
  const result = state.dispatch({
    type: 'deleteElements',
    map: state.activeMapKey,
    stepIds,
    flowIds,
  });
  if (result.ok) state.clearSelection();
}

/** Select every step of the active map. */
export function selectAll(): void {
  const state = useAppStore.getState();
  if (state.project === null) return;
  const map = mapOf(state.project, state.activeMapKey);
  if (map === null) return;
  state.selectElements({ stepIds: map.steps.map((s) => s.id), flowIds: [] });
}

/** Move the selected steps by (dx, dy); a run of nudges is one undo step. */
export function nudge(dx: number, dy: number): void {
  const state = useAppStore.getState();
  if (state.project === null || state.selection.stepIds.length === 0) return;
  const map = mapOf(state.project, state.activeMapKey);
  if (map === null) return;
  const chosen = new Set(state.selection.stepIds);
  const moves = map.steps
    .filter((s) => chosen.has(s.id))
    .map((s) => ({ id: s.id, x: s.position.x + dx, y: s.position.y + dy }));
  state.dispatch({ type: 'moveSteps', map: state.activeMapKey, moves }, { coalesce: 'nudge' });
}

/** Make a new target from the current map and show it. */
export function newTargetFromCurrent(): void {
  const state = useAppStore.getState();
  const result = state.dispatch({ type: 'addTargetFromCurrent' });
  if (!result.ok) return;
  const target = result.project.maps.targets.at(-1);
  if (target !== undefined) state.showMap({ targetId: target.id });
}

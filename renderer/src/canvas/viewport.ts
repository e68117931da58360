// Where the camera goes on a map: where it starts (the whole map, but never below a legible
// zoom), and the boxes that "fit" and "show this step" frame.
import type { Rect, Viewport } from '@xyflow/react';
import { stepSize, type StepSizes } from '../../../shared/layout';
import type { Step } from '../../../shared/model/schema';

/** Below this zoom a step card's text is too small to read at normal screen density. */
export const LEGIBLE_ZOOM = 0.7;
/** The highest zoom a fit may choose, so small maps do not look blown up. */
export const MAX_FIT_ZOOM = 1.1;
/** Screen pixels kept free around the map when it fits. */
export const FIT_PADDING_PX = 48;

/**
 * The viewport for a map whose steps cover `bounds` (map units) in a pane of `width` x
 * `height` screen pixels. If the whole map fits legibly it is centred; otherwise the zoom
 * stays legible and the map's start is shown: its left edge, and vertically the point `start`
 * (where the process starts, when known) or else the map's middle, never leaving more than
 * the padding empty above the map's top. The minimap and the fit button show the rest.
 */
export function initialViewport(
  bounds: Rect,
  width: number,
  height: number,
  start?: { x: number; y: number },
): Viewport {
  const fitZoom = Math.min(
    (width - 2 * FIT_PADDING_PX) / Math.max(bounds.width, 1),
    (height - 2 * FIT_PADDING_PX) / Math.max(bounds.height, 1),
    MAX_FIT_ZOOM,
  );
  const zoom = Math.max(fitZoom, LEGIBLE_ZOOM);
  if (zoom === fitZoom) {
    const centreX = bounds.x + bounds.width / 2;
    const centreY = bounds.y + bounds.height / 2;
    return { x: width / 2 - centreX * zoom, y: height / 2 - centreY * zoom, zoom };
  }
  const focusY = start?.y ?? bounds.y + bounds.height / 2;
  const y = Math.min(height / 2 - focusY * zoom, FIT_PADDING_PX - bounds.y * zoom);
  return { x: FIT_PADDING_PX - bounds.x * zoom, y, zoom };
}

/** How "fit" frames the whole map (Shift+1, the fit button, after an auto-layout). */
export const FIT_MAP = { padding: 0.08, maxZoom: 1.2 } as const;
/** How a step is framed when a problem or a readiness finding points at it. */
export const FRAME_STEPS = { padding: 0.4, maxZoom: 1.2 } as const;

/**
 * The box (map units) that holds `steps`, each drawn centred on its position at its measured
 * size in `sizes`, else its kind's default (shared/layout `stepSize`); `null` for no steps.
 * Computed from the document, not from what React Flow has drawn: the canvas draws only the
 * steps in view, so most steps of a large map have never been measured.
 */
export function stepsBounds(steps: readonly Step[], sizes?: StepSizes): Rect | null {
  if (steps.length === 0) return null;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const step of steps) {
    const { width, height } = stepSize(step, sizes);
    left = Math.min(left, step.position.x - width / 2);
    right = Math.max(right, step.position.x + width / 2);
    top = Math.min(top, step.position.y - height / 2);
    bottom = Math.max(bottom, step.position.y + height / 2);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The size of the last canvas pane seen (screen pixels), for the next canvas's first frame. */
let lastPane: { width: number; height: number } | null = null;

export function rememberPane(width: number, height: number): void {
  if (width > 0 && height > 0) lastPane = { width, height };
}

/**
 * Where the camera starts on a map of `steps` (see `initialViewport`, the start event being
 * where the process starts) in a pane of `width` x `height`; `undefined` for no steps.
 */
export function startingViewport(
  steps: readonly Step[],
  sizes: StepSizes | undefined,
  width: number,
  height: number,
): Viewport | undefined {
  const bounds = stepsBounds(steps, sizes);
  if (bounds === null) return undefined;
  const start = steps.find((s) => s.kind === 'start')?.position;
  return initialViewport(bounds, width, height, start);
}

/**
 * Where the camera of a canvas about to be drawn should start on `steps`: the starting
 * viewport for the last pane size seen, no step measured yet; `undefined` when there is no
 * pane yet or no step. A canvas mounted with it draws its first frame where the camera will
 * be, rather than at the origin and then again once the pane is measured.
 */
export function expectedViewport(steps: readonly Step[]): Viewport | undefined {
  if (lastPane === null) return undefined;
  return startingViewport(steps, undefined, lastPane.width, lastPane.height);
}

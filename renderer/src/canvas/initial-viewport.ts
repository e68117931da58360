// Where the camera starts on a map: fit the whole map, but never below a legible zoom.
import type { Rect, Viewport } from '@xyflow/react';

/** Below this zoom a step card's text is too small to read at normal screen density. */
export const LEGIBLE_ZOOM = 0.7;
/** The highest zoom a fit may choose, so small maps do not look blown up. */
export const MAX_FIT_ZOOM = 1.1;
/** Screen pixels kept free around the map when it fits. */
export const FIT_PADDING_PX = 48;

/**
 * The viewport for a map whose steps cover `bounds` (map units) in a pane of `width` x
 * `height` screen pixels. If the whole map fits legibly it is centred; otherwise the zoom
 * stays legible and the map's start (its left edge) is shown, vertically centred, so the
 * reader starts where the process starts. The minimap and the fit button show the rest.
 */
export function initialViewport(bounds: Rect, width: number, height: number): Viewport {
  const fitZoom = Math.min(
    (width - 2 * FIT_PADDING_PX) / Math.max(bounds.width, 1),
    (height - 2 * FIT_PADDING_PX) / Math.max(bounds.height, 1),
    MAX_FIT_ZOOM,
  );
  const zoom = Math.max(fitZoom, LEGIBLE_ZOOM);
  const centreY = bounds.y + bounds.height / 2;
  const y = height / 2 - centreY * zoom;
  if (zoom === fitZoom) {
    const centreX = bounds.x + bounds.width / 2;
    return { x: width / 2 - centreX * zoom, y, zoom };
  }
  return { x: FIT_PADDING_PX - bounds.x * zoom, y, zoom };
}

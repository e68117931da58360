/**
 * Where the label of a flow cut by a band's edge goes ("to Approve invoice →" at the right
 * edge, "→ from Match" at the left): just under the flow where it meets the edge, unless that
 * would write over a step, as it does when a step stands near the edge; then under that step.
 * Canvas pixels; the label's width is estimated from its length (no browser to measure in).
 */
import type { Box, Point } from './map-layout';

/** Average advance of a character of the cut labels' type (12 px, semibold), canvas pixels. */
const CHAR_WIDTH = 7;
/** From the line (or a step's bottom) to the label's baseline, and the type's ascent. */
const BELOW = 15;
const ASCENT = 12;
const DESCENT = 4;

export interface CutLabelPlace {
  /** The anchor: the label's right end for a flow going out, its left end for one coming in. */
  readonly x: number;
  /** Baseline. */
  readonly y: number;
}

export function cutLabelPlace(
  at: Point,
  way: 'in' | 'out',
  chars: number,
  steps: readonly Box[],
): CutLabelPlace {
  const x = way === 'out' ? at.x - 4 : at.x + 4;
  const width = chars * CHAR_WIDTH;
  const left = way === 'out' ? x - width : x;
  const right = left + width;
  let y = at.y + BELOW;
  // Each step moved past is below the last, so this ends after at most one pass per step.
  for (let moved = 0; moved <= steps.length; moved++) {
    const top = y - ASCENT;
    const covered = steps.find(
      (s) => s.x < right && s.x + s.width > left && s.y < y + DESCENT && s.y + s.height > top,
    );
    if (covered === undefined) break;
    y = covered.y + covered.height + BELOW;
  }
  return { x, y };
}

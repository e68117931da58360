/**
 * Whether a map has no layout of its own yet, so the app should lay it out when it opens:
 * every step sits on the same point (an import without positions puts them all at one place,
 * usually (0, 0)). A map with fewer than two steps never needs one: nothing can overlap.
 */
import type { ProcessMap } from '../model/schema';

export function needsLayout(map: ProcessMap): boolean {
  const [first, ...rest] = map.steps;
  if (!first || rest.length === 0) return false;
  const { x, y } = first.position;
  return rest.every((step) => step.position.x === x && step.position.y === y);
}

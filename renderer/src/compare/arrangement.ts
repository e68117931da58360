// How the compare view places its two maps: side by side, or one above the other, whichever
// lets both be fitted larger. Process maps run left to right, so they are usually much wider
// than tall and stack better; a tall map on a wide screen goes side by side. Pure.
import { DEFAULT_STEP_SIZES } from '../../../shared/layout';
import type { ProcessMap } from '../../../shared/model/schema';

export type Arrangement = 'columns' | 'rows';

interface Size {
  readonly width: number;
  readonly height: number;
}

/** The box around every step of `maps` (positions are centres), in map units. */
export function extentOf(maps: readonly ProcessMap[]): Size {
  let left = Infinity;
  let right = -Infinity;
  let top = Infinity;
  let bottom = -Infinity;
  for (const map of maps)
    for (const step of map.steps) {
      const size = DEFAULT_STEP_SIZES[step.kind];
      left = Math.min(left, step.position.x - size.width / 2);
      right = Math.max(right, step.position.x + size.width / 2);
      top = Math.min(top, step.position.y - size.height / 2);
      bottom = Math.max(bottom, step.position.y + size.height / 2);
    }
  return right < left ? { width: 1, height: 1 } : { width: right - left, height: bottom - top };
}

/** The zoom at which `extent` fits `room`. */
const fit = (room: Size, extent: Size): number =>
  Math.min(room.width / extent.width, room.height / extent.height);

/**
 * Columns or rows for two maps of `extent` in panes that share `room` (each pane loses
 * `titleHeight` to its title): the one with the larger fitted zoom; columns on a tie.
 */
export function arrangementFor(room: Size, extent: Size, titleHeight = 0): Arrangement {
  const columns = fit({ width: room.width / 2, height: room.height - titleHeight }, extent);
  const rows = fit({ width: room.width, height: room.height / 2 - titleHeight }, extent);
  return rows > columns ? 'rows' : 'columns';
}

// How the compare view places its two maps: side by side, or one above the other, whichever
// lets both be fitted larger. Process maps run left to right, so they are usually much wider
// than tall and stack better; a tall map on a wide screen goes side by side. Pure.
import type { ProcessMap } from '../../../shared/model/schema';
import { stepsBounds } from '../canvas/viewport';

export type Arrangement = 'columns' | 'rows';

interface Size {
  readonly width: number;
  readonly height: number;
}

/** The size of the box around every step of `maps`, in map units (canvas/viewport.ts). */
export function extentOf(maps: readonly ProcessMap[]): Size {
  const bounds = stepsBounds(maps.flatMap((map) => map.steps));
  return bounds === null ? { width: 1, height: 1 } : bounds;
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

/**
 * Stacks laid-out steps into horizontal lanes, one per role (see `lanes.ts`), keeping ELK's
 * columns: every step keeps its x; only its y changes.
 *
 * Why not ELK: with `elk.direction: RIGHT`, ELK's `partitioning` orders the *columns*
 * (partition 1 left of partition 2), not rows, and a compound node per role is laid out as one
 * more node in the flow, so lanes would sit side by side and a flow back to an earlier lane
 * would tangle them. So ELK lays out the whole map as usual and this module moves the steps
 * into lanes afterwards.
 *
 * Promises: lanes are stacked top to bottom in `lanes.order`, `LANE_GAP` apart. Inside a lane,
 * steps fill rows; a step goes into the first row (in ELK's top-to-bottom order) where its
 * extent, shape and outside label, does not overlap another step's horizontally, so a step
 * never overlaps another. All steps of a row share one centre line, so a flow along a row is
 * straight.
 */
import type { Lanes } from './lanes';
import { NO_ROLE_LANE } from './lanes';
import { ROW_GAP } from './to-elk-graph';

/** Space between two lanes, in canvas pixels. */
export const LANE_GAP = 2 * ROW_GAP;
/** Least horizontal space between two steps sharing a row, in canvas pixels. */
const MIN_ROW_SPACING = 8;

/** A laid-out step: where ELK put its centre, and how far its extent reaches from there. */
export interface PlacedStep {
  id: string;
  centreX: number;
  centreY: number;
  /** Distance from the centre to each edge of the shape with its outside label, in pixels. */
  left: number;
  right: number;
  above: number;
  below: number;
}

interface Row {
  steps: PlacedStep[];
  above: number;
  below: number;
}

/** The new vertical centre of every step, by id, with the steps stacked in lanes. */
export function stackInLanes(steps: readonly PlacedStep[], lanes: Lanes): Map<string, number> {
  const inLane = new Map<string, PlacedStep[]>(lanes.order.map((lane) => [lane, []]));
  for (const step of steps) {
    const lane = lanes.laneOf.get(step.id) ?? lanes.order[0] ?? NO_ROLE_LANE;
    const members = inLane.get(lane);
    if (members) members.push(step);
    else inLane.set(lane, [step]);
  }

  const centreY = new Map<string, number>();
  let top = 0;
  for (const members of inLane.values()) {
    if (members.length === 0) continue;
    const rows = fillRows(members);
    for (const row of rows) {
      const centre = top + row.above;
      for (const step of row.steps) centreY.set(step.id, centre);
      top = centre + row.below + ROW_GAP;
    }
    top += LANE_GAP - ROW_GAP;
  }
  return centreY;
}

/** First-fit rows in ELK's vertical order, then left to right, so the result is stable. */
function fillRows(members: readonly PlacedStep[]): Row[] {
  const ordered = [...members].sort((a, b) => a.centreY - b.centreY || a.centreX - b.centreX);
  const rows: Row[] = [];
  for (const step of ordered) {
    let row = rows.find((r) => r.steps.every((other) => apart(step, other)));
    if (!row) {
      row = { steps: [], above: 0, below: 0 };
      rows.push(row);
    }
    row.steps.push(step);
    row.above = Math.max(row.above, step.above);
    row.below = Math.max(row.below, step.below);
  }
  return rows;
}

function apart(a: PlacedStep, b: PlacedStep): boolean {
  return (
    a.centreX + a.right + MIN_ROW_SPACING <= b.centreX - b.left ||
    b.centreX + b.right + MIN_ROW_SPACING <= a.centreX - a.left
  );
}

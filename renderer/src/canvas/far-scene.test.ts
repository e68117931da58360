import { describe, expect, it } from 'vitest';
import type { SceneFlow, SceneStep } from './far-scene';
import { flowRoute } from './far-scene';

const box = (x: number, y: number, width = 100, height = 40): SceneStep => ({
  kind: 'task',
  x,
  y,
  width,
  height,
  selected: false,
  problem: false,
});

/** The first and last points of SVG path data. */
function ends(path: string): { first: number[]; last: number[] } {
  const numbers = (path.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  return { first: numbers.slice(0, 2), last: numbers.slice(-2) };
}

describe('flowRoute: the far picture routes a flow as the canvas draws it', () => {
  it('given a flow from the right of one step to the left of the next, then it runs between those side midpoints', () => {
    const flow: SceneFlow = {
      from: box(0, 0),
      fromSide: 'right',
      to: box(300, 0),
      toSide: 'left',
      selected: false,
    };
    expect(ends(flowRoute(flow))).toEqual({ first: [100, 20], last: [300, 20] });
  });

  it('given a flow from the bottom of a step down to the top of another, then it starts and ends on those sides', () => {
    const flow: SceneFlow = {
      from: box(0, 0),
      fromSide: 'bottom',
      to: box(200, 200),
      toSide: 'top',
      selected: false,
    };
    expect(ends(flowRoute(flow))).toEqual({ first: [50, 40], last: [250, 200] });
  });
});

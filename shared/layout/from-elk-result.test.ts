import { describe, expect, it } from 'vitest';
import type { ElkLayoutResult } from './elk-graph';
import { fromElkResult, IncompleteLayoutError } from './from-elk-result';
import { LANE_GAP } from './lane-rows';
import { DEFAULT_STEP_SIZES } from './step-sizes';
import { overlappingSteps } from './testing/layout-checks';
import { layoutMap } from './testing/layout-maps';

const threeSteps = layoutMap(
  [
    ['s', 'start'],
    ['t', 'task'],
    ['e', 'end'],
  ],
  [
    ['s', 't'],
    ['t', 'e'],
  ],
);

/** A fake ELK answer: each node's top-left corner, sizes as ELK echoes them. */
function answer(corners: Record<string, [number, number]>): ElkLayoutResult {
  return { children: Object.entries(corners).map(([id, [x, y]]) => ({ id, x, y })) };
}

describe('fromElkResult', () => {
  it('answers each step’s centre, with the layout moved to start at (0, 0)', () => {
    // Given ELK put the start's corner at (12, 50), the task's at (116, 28), the end's at (370, 50)
    const result = answer({ s: [12, 50], t: [116, 28], e: [370, 50] });
    // when the answer is read
    const positions = fromElkResult(threeSteps, result, { laneByRole: false });
    // then centres are corner + half the size, shifted by the box's corner (12, 28)
    const start = DEFAULT_STEP_SIZES.start;
    const task = DEFAULT_STEP_SIZES.task;
    expect(Object.fromEntries(positions)).toEqual({
      s: { x: start.width / 2, y: 22 + start.height / 2 },
      t: { x: 104 + task.width / 2, y: task.height / 2 },
      e: { x: 358 + start.width / 2, y: 22 + start.height / 2 },
    });
  });

  it('uses the measured sizes for the centre and rounds to whole pixels', () => {
    const sizes = new Map([['t', { width: 175, height: 71 }]]);
    const result = answer({ s: [0, 0.4], t: [100.2, 0], e: [340, 0] });
    const positions = fromElkResult(threeSteps, result, { laneByRole: false, sizes });
    expect(positions.get('t')).toEqual({ x: Math.round(100.2 + 87.5), y: Math.round(35.5) });
    for (const { x, y } of positions.values()) {
      expect(Number.isInteger(x) && Number.isInteger(y)).toBe(true);
    }
  });

  it('refuses an answer that lacks a step, naming the step', () => {
    const result = answer({ s: [0, 0], e: [300, 0] });
    expect(() => fromElkResult(threeSteps, result, { laneByRole: false })).toThrow(
      new IncompleteLayoutError('t', 'Step t'),
    );
    expect(() => fromElkResult(threeSteps, result, { laneByRole: false })).toThrow(
      'The layout left out the step "Step t", so it was not applied.',
    );
    const noCoordinate = {
      children: [
        { id: 's', x: 0, y: 0 },
        { id: 't', x: 90 },
        { id: 'e', x: 300, y: 0 },
      ],
    };
    expect(() => fromElkResult(threeSteps, noCoordinate, { laneByRole: false })).toThrow(
      IncompleteLayoutError,
    );
  });

  describe('with a lane per role', () => {
    // Given clerk -> buyer -> clerk -> buyer in a row, as ELK put them on one line
    const map = layoutMap(
      [
        ['s', 'start'],
        ['c1', 'task', 'clerk'],
        ['b1', 'task', 'buyer'],
        ['c2', 'task', 'clerk'],
        ['b2', 'task', 'buyer'],
        ['e', 'end'],
      ],
      [
        ['s', 'c1'],
        ['c1', 'b1'],
        ['b1', 'c2'],
        ['c2', 'b2'],
        ['b2', 'e'],
      ],
    );
    const result = answer({
      s: [0, 22],
      c1: [100, 0],
      b1: [350, 0],
      c2: [600, 0],
      b2: [850, 0],
      e: [1100, 22],
    });
    const positions = fromElkResult(map, result, { laneByRole: true });
    const y = (id: string) => positions.get(id)?.y;
    const x = (id: string) => positions.get(id)?.x;

    it('keeps ELK’s columns', () => {
      const plain = fromElkResult(map, result, { laneByRole: false });
      for (const step of map.steps) expect(x(step.id)).toBe(plain.get(step.id)?.x);
    });

    it('puts the steps of one role on one row, and the roles in lanes one under the other', () => {
      expect(y('c1')).toBe(y('c2'));
      expect(y('b1')).toBe(y('b2'));
      // the clerk's lane comes first (reached first), then the buyer's, a lane gap apart
      expect(y('b1')! - y('c1')!).toBe(DEFAULT_STEP_SIZES.task.height + LANE_GAP);
      // start and end follow their neighbours: the start the first clerk, the end the last buyer
      expect(y('s')).toBe(y('c1'));
      expect(y('e')).toBe(y('b2'));
      expect(overlappingSteps(map, positions)).toEqual([]);
    });

    it('stacks steps of one lane that share a column in rows, in ELK’s order', () => {
      // Given two clerk tasks ELK placed in one column, one above the other
      const fork = layoutMap(
        [
          ['d', 'decision'],
          ['upper', 'task', 'clerk'],
          ['lower', 'task', 'clerk'],
        ],
        [
          ['d', 'upper', 0.5],
          ['d', 'lower', 0.5],
        ],
      );
      const forked = fromElkResult(
        fork,
        answer({ d: [0, 100], upper: [100, 0], lower: [100, 130] }),
        {
          laneByRole: true,
        },
      );
      expect(forked.get('upper')!.y).toBeLessThan(forked.get('lower')!.y);
      expect(forked.get('upper')!.x).toBe(forked.get('lower')!.x);
      expect(overlappingSteps(fork, forked)).toEqual([]);
    });
  });
});

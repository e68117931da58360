/**
 * Align, distribute and snap, against positions worked out by hand. Positions are centres;
 * a step without a size is 160 x 70.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSteps, distributeSteps, snapToGrid, type Placed, type Size } from './arrange';

const at = (id: string, x: number, y: number): Placed => ({ id, position: { x, y } });

describe('alignSteps', () => {
  // a: 160 x 70 at (100, 0) spans x 20..180, y -35..35
  // b: 200 x 100 at (300, 50) spans x 200..400, y 0..100
  // c: 160 x 70 at (250, -40) spans x 170..330, y -75..-5
  // Bounding box: x 20..400 (centre 210), y -75..100 (middle 12.5).
  const steps = [at('a', 100, 0), at('b', 300, 50), at('c', 250, -40)];
  const sizes = new Map<string, Size>([['b', { width: 200, height: 100 }]]);

  it.each([
    ['left', { b: { x: 120, y: 50 }, c: { x: 100, y: -40 } }],
    ['right', { a: { x: 320, y: 0 }, c: { x: 320, y: -40 } }],
    ['centre', { a: { x: 210, y: 0 }, b: { x: 210, y: 50 }, c: { x: 210, y: -40 } }],
    ['top', { a: { x: 100, y: -40 }, b: { x: 300, y: -25 } }],
    ['bottom', { a: { x: 100, y: 65 }, c: { x: 250, y: 65 } }],
    ['middle', { a: { x: 100, y: 12.5 }, b: { x: 300, y: 12.5 }, c: { x: 250, y: 12.5 } }],
  ] as const)(
    'given three steps of two sizes, when aligned %s, then only the steps that move come back, at the hand-worked centres',
    (edge, expected) => {
      expect(Object.fromEntries(alignSteps(steps, edge, sizes))).toEqual(expected);
    },
  );

  it('given steps already aligned on the left, then nothing moves', () => {
    expect(alignSteps([at('a', 100, 0), at('b', 100, 200)], 'left').size).toBe(0);
  });

  it('given one step or none, then nothing moves', () => {
    expect(alignSteps([at('a', 7, 3)], 'centre').size).toBe(0);
    expect(alignSteps([], 'top').size).toBe(0);
  });

  it('given the input, when aligned, then the input is left as it was', () => {
    const input = [at('a', 100, 0), at('b', 300, 50)];
    const copy = structuredClone(input);
    alignSteps(input, 'right');
    expect(input).toEqual(copy);
  });

  it('given any steps, when aligned left, then every left edge is the box left and the box keeps its left and right', () => {
    const placed = fc.uniqueArray(
      fc.record({
        id: fc.string({ minLength: 1, maxLength: 4 }),
        position: fc.record({
          x: fc.integer({ min: -10_000, max: 10_000 }),
          y: fc.integer({ min: -10_000, max: 10_000 }),
        }),
      }),
      { selector: (s) => s.id, minLength: 2, maxLength: 8 },
    );
    fc.assert(
      fc.property(placed, (input) => {
        const left = Math.min(...input.map((s) => s.position.x - 80));
        const moves = alignSteps(input, 'left');
        for (const s of input) {
          const x = moves.get(s.id)?.x ?? s.position.x;
          expect(x - 80).toBeCloseTo(left, 9);
          expect(moves.get(s.id)?.y ?? s.position.y).toBe(s.position.y);
        }
      }),
    );
  });
});

describe('distributeSteps', () => {
  it('given four steps of different widths, when distributed horizontally, then the gaps are equal and the outermost two stay', () => {
    // Sorted by centre: a (x 0, 160 wide), b (x 100, 100 wide), c (x 500, 160), d (x 700, 240).
    // From a's left edge -80 to d's right edge 820 is 900; shapes take 660; 3 gaps of 80.
    // b: -80 + 160 + 80 + 50 = 210; c: 160 + 100 + 80 + 80 = 420; d stays at 580 + 120 = 700.
    const sizes = new Map<string, Size>([
      ['b', { width: 100, height: 70 }],
      ['d', { width: 240, height: 70 }],
    ]);
    const steps = [at('c', 500, 9), at('a', 0, 1), at('d', 700, 5), at('b', 100, 3)];
    expect(Object.fromEntries(distributeSteps(steps, 'horizontal', sizes))).toEqual({
      b: { x: 210, y: 3 },
      c: { x: 420, y: 9 },
    });
  });

  it('given three steps of equal height bunched near the top, when distributed vertically, then the middle one goes halfway', () => {
    // From -35 to 135 is 170; shapes take 210; two gaps of -20: b = -35 + 70 - 20 + 35 = 50.
    const steps = [at('a', 0, 0), at('b', 40, 10), at('c', 80, 100)];
    expect(Object.fromEntries(distributeSteps(steps, 'vertical'))).toEqual({
      b: { x: 40, y: 50 },
    });
  });

  it('given steps already evenly spaced, then nothing moves', () => {
    const steps = [at('a', 0, 0), at('b', 200, 0), at('c', 400, 0)];
    expect(distributeSteps(steps, 'horizontal').size).toBe(0);
  });

  it('given two steps, then nothing moves', () => {
    expect(distributeSteps([at('a', 0, 0), at('b', 999, 0)], 'horizontal').size).toBe(0);
  });

  it('given two steps with the same centre between the ends, then they keep their given order', () => {
    // From -80 to 680 is 760; four shapes of 160 take 640; three gaps of 40.
    const steps = [at('a', 0, 0), at('p', 300, 0), at('q', 300, 0), at('z', 600, 0)];
    expect(Object.fromEntries(distributeSteps(steps, 'horizontal'))).toEqual({
      p: { x: 200, y: 0 },
      q: { x: 400, y: 0 },
    });
  });
});

describe('snapToGrid', () => {
  it.each([
    [
      { x: 19, y: -31 },
      { x: 20, y: -40 },
    ],
    [
      { x: 10, y: 30 },
      { x: 20, y: 40 },
    ],
    [
      { x: 0, y: 0 },
      { x: 0, y: 0 },
    ],
  ])('given %j, when snapped to the 20 px grid, then it lands on %j', (p, expected) => {
    expect(snapToGrid(p)).toEqual(expected);
  });

  it('given a point just left of 0, then it snaps to 0, not -0', () => {
    const snapped = snapToGrid({ x: -9, y: -10 });
    expect(Object.is(snapped.x, 0)).toBe(true);
    expect(Object.is(snapped.y, 0)).toBe(true);
  });

  it('given a 70 px grid and a point near the edge of the canvas, then it stays inside ±1e6', () => {
    // 999 990 / 70 = 14 285.6 rounds to 14 286 x 70 = 1 000 020, past the bound: 14 285 x 70.
    expect(snapToGrid({ x: 999_990, y: -999_990 }, 70)).toEqual({ x: 999_950, y: -999_950 });
  });

  it('given a grid of 0, then the point stays where it is', () => {
    expect(snapToGrid({ x: 13, y: 7 }, 0)).toEqual({ x: 13, y: 7 });
  });

  it('given any point inside the canvas, then the snapped point is on the grid, within one cell (half a cell unless the bound cuts it) and inside ±1e6', () => {
    const coordinate = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(coordinate, coordinate, fc.integer({ min: 1, max: 500 }), (x, y, grid) => {
        const p = snapToGrid({ x, y }, grid);
        for (const [v, s] of [
          [x, p.x],
          [y, p.y],
        ] as const) {
          expect(Math.abs(s)).toBeLessThanOrEqual(1e6);
          expect(Math.abs(s / grid - Math.round(s / grid))).toBeLessThan(1e-9);
          expect(Math.abs(s - v)).toBeLessThanOrEqual(grid);
        }
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../samples';
import { needsLayout } from './needs-layout';
import { layoutMap, withoutPositions } from './testing/layout-maps';

const twoSteps = layoutMap(
  [
    ['s', 'start'],
    ['e', 'end'],
  ],
  [['s', 'e']],
);

describe('needsLayout', () => {
  it('is true when every step sits on the same point, as after an import without positions', () => {
    expect(needsLayout(twoSteps)).toBe(true);
    const moved = { x: 40, y: -8 };
    expect(
      needsLayout({ ...twoSteps, steps: twoSteps.steps.map((s) => ({ ...s, position: moved })) }),
    ).toBe(true);
  });

  it('is false once any step sits somewhere else', () => {
    const [start, end] = twoSteps.steps;
    const map = { ...twoSteps, steps: [start!, { ...end!, position: { x: 0, y: 1 } }] };
    expect(needsLayout(map)).toBe(false);
  });

  it('is false for the samples, which come laid out, and true once their positions are gone', () => {
    for (const { project } of SAMPLES) {
      for (const map of [project.maps.current, ...project.maps.targets]) {
        expect(needsLayout(map)).toBe(false);
        expect(needsLayout(withoutPositions(map))).toBe(true);
      }
    }
  });

  it('is false with fewer than two steps: nothing can overlap', () => {
    expect(needsLayout({ ...twoSteps, steps: [] })).toBe(false);
    expect(needsLayout({ ...twoSteps, steps: twoSteps.steps.slice(0, 1) })).toBe(false);
  });
});

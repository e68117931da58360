import { describe, expect, it } from 'vitest';
import type { Step } from '../../../shared/model/schema';
import { LEGIBLE_ZOOM, initialViewport, stepsBounds } from './viewport';

const at = (id: string, x: number, y: number, kind: Step['kind'] = 'task') =>
  ({ id, kind, position: { x, y } }) as unknown as Step;
const SIZE = { width: 100, height: 40 };

describe('stepsBounds: the box that holds steps drawn centred on their positions', () => {
  it('given no steps, then there is no box', () => {
    expect(stepsBounds([])).toBeNull();
  });

  it('given steps at (0, 0) and (300, 100), each 100 x 40, then the box runs from -50, -20 to 350, 120', () => {
    const sizes = new Map([
      ['a', SIZE],
      ['b', SIZE],
    ]);
    expect(stepsBounds([at('a', 0, 0), at('b', 300, 100)], sizes)).toEqual({
      x: -50,
      y: -20,
      width: 400,
      height: 140,
    });
  });

  it('given a measured card and an event never measured, then the box uses the card as measured and the event at its kind’s 40 x 40', () => {
    const sizes = new Map([['card', { width: 200, height: 80 }]]);
    const bounds = stepsBounds([at('card', 0, 0), at('event', 500, 0, 'start')], sizes);
    expect(bounds).toEqual({ x: -100, y: -40, width: 620, height: 80 });
  });
});

describe('initialViewport: where the camera starts', () => {
  it('given a small map, then it is centred at no more than the largest fit zoom', () => {
    const v = initialViewport({ x: 0, y: 0, width: 200, height: 100 }, 800, 600);
    expect(v.zoom).toBeCloseTo(1.1);
    // The map's centre (100, 50) lands on the pane's centre (400, 300)
    expect(v.x + 100 * v.zoom).toBeCloseTo(400);
    expect(v.y + 50 * v.zoom).toBeCloseTo(300);
  });

  it('given a map far wider than the pane, then the zoom stays legible and the start is shown', () => {
    const v = initialViewport({ x: -500, y: 0, width: 20_000, height: 300 }, 800, 600);
    expect(v.zoom).toBe(LEGIBLE_ZOOM);
    // Its left edge sits just inside the pane's left edge
    expect(v.x + -500 * v.zoom).toBeGreaterThan(0);
    expect(v.x + -500 * v.zoom).toBeLessThan(100);
  });

  it('given a tall map too large to read whole, then the start step is in view, not the middle', () => {
    const bounds = { x: 0, y: 0, width: 10_000, height: 8_000 };
    const v = initialViewport(bounds, 800, 600, { x: 20, y: 20 });
    const startOnScreen = { x: v.x + 20 * v.zoom, y: v.y + 20 * v.zoom };
    expect(startOnScreen.x).toBeGreaterThan(0);
    expect(startOnScreen.x).toBeLessThan(800);
    expect(startOnScreen.y).toBeGreaterThan(0);
    expect(startOnScreen.y).toBeLessThan(600);
    // and no more than the padding is left empty above the map
    expect(v.y).toBeLessThanOrEqual(48);
  });
});

import { describe, expect, it } from 'vitest';
import { cutLabelPlace } from './cut-label';

const step = (x: number, y: number) => ({ x, y, width: 190, height: 84 });

describe('the label of a flow cut at a band edge', () => {
  it('sits just under the flow where nothing is in its way', () => {
    // Given a flow leaving at (1500, 100) and a step far to the left
    const place = cutLabelPlace({ x: 1500, y: 100 }, 'out', 20, [step(800, 60)]);
    // Then the label ends just before the edge, under the line
    expect(place).toEqual({ x: 1496, y: 115 });
  });

  it('moves under a step that stands at the edge, instead of writing over its text', () => {
    // Given a step whose box reaches the edge, across the flow's height
    const place = cutLabelPlace({ x: 1500, y: 100 }, 'out', 20, [step(1300, 60)]);
    // Then the label goes under that step's box
    expect(place).toEqual({ x: 1496, y: 60 + 84 + 15 });
  });

  it('moves past a second step it would then cover, and looks right of the edge for a flow coming in', () => {
    // Given a flow entering at the left edge, a step there and another one below it
    const place = cutLabelPlace({ x: 0, y: 100 }, 'in', 20, [step(-20, 60), step(10, 150)]);
    // Then the label clears both
    expect(place).toEqual({ x: 4, y: 150 + 84 + 15 });
  });
});

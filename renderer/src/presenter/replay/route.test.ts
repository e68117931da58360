import { describe, expect, it } from 'vitest';
import { invoiceProcessing } from '../../../../shared/samples/invoice-processing';
import { flowsBetween, joinPolylines, pointAlong, polyline } from './route';

describe('token paths', () => {
  const line = polyline([0, 0, 100, 0, 100, 50]);

  it('measures a polyline along its segments', () => {
    expect(line.total).toBe(150);
    expect(Array.from(line.lengths)).toEqual([0, 100, 150]);
  });

  it('interpolates a point at a share of the way, clamped at the ends', () => {
    const out = { x: 0, y: 0 };
    expect(pointAlong(line, 0.5, out)).toEqual({ x: 75, y: 0 });
    expect(pointAlong(line, 0.9, out)).toEqual({ x: 100, y: 35 });
    expect(pointAlong(line, -1, out)).toEqual({ x: 0, y: 0 });
    expect(pointAlong(line, 2, out)).toEqual({ x: 100, y: 50 });
  });

  it('stays on a one-point line', () => {
    expect(pointAlong(polyline([3, 4]), 0.5, { x: 0, y: 0 })).toEqual({ x: 3, y: 4 });
  });

  it('joins lines end to end', () => {
    const joined = joinPolylines([polyline([0, 0, 10, 0]), polyline([10, 0, 10, 10])]);
    expect(joined.total).toBe(20);
  });

  it('finds the flows between two steps through the steps that take no time', () => {
    const map = invoiceProcessing.maps.current;
    const chain = flowsBetween(map, 'match', 'approve')!;
    const flows = chain.map((id) => map.flows.find((f) => f.id === id)!);
    expect(flows.map((f) => [f.from, f.to])).toEqual([
      ['match', 'match-ok'],
      ['match-ok', 'approve'],
    ]);
    expect(flowsBetween(map, 'approve', 'pay')).toBeNull();
    expect(flowsBetween(map, 'post', 'pay')).toHaveLength(2);
    expect(flowsBetween(map, 'pay', 'pay')).toEqual([]);
  });
});

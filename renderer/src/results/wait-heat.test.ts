import { describe, expect, it } from 'vitest';
import type { SimulationResult } from '../../../shared/engine';
import { waitHeat } from './wait-heat';

const estimate = (mean: number) => ({ mean, halfWidth: 0, ci95: [mean, mean] as [number, number] });

/** A result with these steps' mean waits (null: the run was not steady there). */
function result(waits: Record<string, number | null>): SimulationResult {
  return {
    steps: Object.entries(waits).map(([id, wait]) => ({
      id,
      name: `Step ${id}`,
      meanWaitHours: wait === null ? null : estimate(wait),
    })),
  } as unknown as SimulationResult;
}

describe('waitHeat: each step waited for, as a share of the longest wait on the map', () => {
  it('given waits of 4 h, 1 h and none, then the shares are 1 and 0.25, and the idle step has none', () => {
    const heat = waitHeat(result({ a: 4, b: 1, c: 0 }));
    expect(heat.longest).toEqual({ id: 'a', name: 'Step a', hours: 4 });
    expect(heat.steps.get('a')).toEqual({ hours: 4, share: 1 });
    expect(heat.steps.get('b')).toEqual({ hours: 1, share: 0.25 });
    expect(heat.steps.has('c')).toBe(false);
  });

  it('given a run with no waiting at all (or none steady), then there is no longest and no heat', () => {
    const heat = waitHeat(result({ a: 0, b: null }));
    expect(heat.longest).toBeNull();
    expect(heat.steps.size).toBe(0);
  });

  it('given the same result twice, then the same heat comes back (cards compare it by identity)', () => {
    const r = result({ a: 2 });
    expect(waitHeat(r)).toBe(waitHeat(r));
  });
});

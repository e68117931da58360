import { describe, expect, it } from 'vitest';
import {
  DISTRIBUTION_TYPES,
  distributionMean,
  distributionTypeIndex,
  meanOfType,
  type Distribution,
} from './distribution';

const EXAMPLES: readonly [Distribution, number][] = [
  [{ type: 'fixed', value: 7 }, 7],
  [{ type: 'uniform', min: 2, max: 8 }, 5],
  [{ type: 'triangular', min: 1, mode: 2, max: 6 }, 3],
  [{ type: 'exponential', mean: 4 }, 4],
  [{ type: 'normal', mean: 10, sd: 2 }, 10],
  [{ type: 'lognormal', mean: 12, sd: 3 }, 12],
];

describe('distribution means', () => {
  it('covers every type once', () => {
    expect(EXAMPLES.map(([d]) => d.type)).toEqual([...DISTRIBUTION_TYPES]);
  });

  it.each(EXAMPLES)(
    '%o has mean %d, by type name and by a type index read beforehand',
    (d, mean) => {
      expect(distributionMean(d)).toBe(mean);
      expect(meanOfType(distributionTypeIndex(d), d)).toBe(mean);
      expect(DISTRIBUTION_TYPES[distributionTypeIndex(d)]).toBe(d.type);
    },
  );
});

// Editing a duration by its typical value and its variability: what the distribution becomes
// when the analyst changes one or the other. The typical value is what people estimate first
// ("about 10 minutes"): the value of a fixed time, the most likely of a triangular, the middle
// of a uniform, the mean of the others.
import type { Distribution, DistributionType } from '../../../shared/model/distribution';
import { distributionMean } from '../../../shared/model/distribution';
import { assertNever } from '../../../shared/util/assert-never';

/** The distribution's typical value, in its unit (minutes). */
export function typicalValue(d: Distribution): number {
  switch (d.type) {
    case 'fixed':
      return d.value;
    case 'triangular':
      return d.mode;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'exponential':
    case 'normal':
    case 'lognormal':
      return d.mean;
    default:
      return assertNever(d);
  }
}

const round = (v: number): number => Math.round(v * 1000) / 1000;

/** `d` with its typical value set to `value`, its spread kept in proportion. */
export function withTypicalValue(d: Distribution, value: number): Distribution {
  const old = typicalValue(d);
  const scale = old > 0 ? value / old : 1;
  switch (d.type) {
    case 'fixed':
      return { type: 'fixed', value };
    case 'triangular':
      return old > 0
        ? { type: 'triangular', min: round(d.min * scale), mode: value, max: round(d.max * scale) }
        : { type: 'triangular', min: round(value * 0.5), mode: value, max: round(value * 1.5) };
    case 'uniform': {
      const half = old > 0 ? ((d.max - d.min) / 2) * scale : value * 0.5;
      return { type: 'uniform', min: round(Math.max(0, value - half)), max: round(value + half) };
    }
    case 'exponential':
      return { type: 'exponential', mean: value };
    case 'normal':
      return { type: 'normal', mean: value, sd: round(old > 0 ? d.sd * scale : value * 0.25) };
    case 'lognormal':
      return { type: 'lognormal', mean: value, sd: round(old > 0 ? d.sd * scale : value * 0.5) };
    default:
      return assertNever(d);
  }
}

/** `d` as a distribution of `type` around the same typical value. */
export function withType(d: Distribution, type: DistributionType): Distribution {
  const v = type === d.type ? typicalValue(d) : distributionMean(d);
  switch (type) {
    case 'fixed':
      return { type, value: round(v) };
    case 'triangular':
      return { type, min: round(v * 0.5), mode: round(v), max: round(v * 1.75) };
    case 'uniform':
      return { type, min: round(v * 0.5), max: round(v * 1.5) };
    case 'exponential':
      return { type, mean: round(v) };
    case 'normal':
      return { type, mean: round(v), sd: round(v * 0.25) };
    case 'lognormal':
      return { type, mean: round(v), sd: round(v * 0.5) };
    default:
      return assertNever(type);
  }
}

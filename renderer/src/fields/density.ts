// The density of a duration distribution sampled at evenly spaced points, for the preview: the
// shape people recognise, from 0 to a little beyond where nearly every case finishes.
import type { Distribution } from '../../../shared/model/distribution';
import { assertNever } from '../../../shared/util/assert-never';

export interface DensityCurve {
  readonly points: readonly { x: number; y: number }[];
  /** The right edge of the picture, in the distribution's unit. */
  readonly upper: number;
}

const normalPdf = (z: number): number => Math.exp(-0.5 * z * z);

function upperOf(d: Distribution): number {
  switch (d.type) {
    case 'fixed':
      return d.value * 2 || 1;
    case 'uniform':
    case 'triangular':
      return d.max * 1.15 || 1;
    case 'exponential':
      return d.mean * 4 || 1;
    case 'normal':
      return d.mean + 3.5 * d.sd || 1;
    case 'lognormal':
      return d.mean + 4 * d.sd || 1;
    default:
      return assertNever(d);
  }
}

function density(d: Distribution, x: number, step: number): number {
  switch (d.type) {
    case 'fixed':
      return Math.abs(x - d.value) <= step / 2 ? 1 : 0;
    case 'uniform':
      return x >= d.min && x <= d.max ? 1 : 0;
    case 'triangular': {
      const { min: a, mode: c, max: b } = d;
      if (x < a || x > b || b === a) return b === a && Math.abs(x - a) <= step / 2 ? 1 : 0;
      return x <= c ? (c === a ? 1 : (x - a) / (c - a)) : b === c ? 1 : (b - x) / (b - c);
    }
    case 'exponential':
      return d.mean > 0 ? Math.exp(-x / d.mean) : 0;
    case 'normal':
      return d.sd > 0 ? normalPdf((x - d.mean) / d.sd) : Math.abs(x - d.mean) <= step / 2 ? 1 : 0;
    case 'lognormal': {
      if (x <= 0 || d.mean <= 0) return 0;
      if (d.sd === 0) return Math.abs(x - d.mean) <= step / 2 ? 1 : 0;
      const s2 = Math.log(1 + (d.sd * d.sd) / (d.mean * d.mean));
      const mu = Math.log(d.mean) - s2 / 2;
      const z = (Math.log(x) - mu) / Math.sqrt(s2);
      return normalPdf(z) / x;
    }
    default:
      return assertNever(d);
  }
}

export function densityPoints(d: Distribution, count: number): DensityCurve {
  const upper = upperOf(d);
  const step = upper / (count - 1);
  const points = Array.from({ length: count }, (_, i) => ({
    x: i * step,
    y: density(d, i * step, step),
  }));
  return { points, upper };
}

/**
 * Drawing values for uncertainty ranges: one random stream per range, keyed by the seed and
 * the range's path (not its position), so adding, removing or reordering ranges leaves every
 * other range's draws unchanged. Triangular(low, likely, high) by inverse CDF (one uniform per
 * draw); PERT as low + (high − low) × Beta(α, β) with λ = 4, α = 1 + 4(likely − low)/(high −
 * low), β = 1 + 4(high − likely)/(high − low), the Beta drawn exactly by Cheng's algorithm BB
 * (1978; rejection, two uniforms per try, about 1.1 tries) or, when α or β is 1 (likely at an
 * end), by its closed-form inverse CDF. A degenerate range (low = high) is a constant and draws
 * nothing.
 *
 * Promises: the same (seed, path) always gives the same sequence; nothing allocates per draw.
 */
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { nextUniform, STREAM_WORDS } from '../engine/des/rng';

export type Sampling = 'triangular' | 'pert';

/** A range prepared for drawing: its values and the PERT constants. */
export interface RangeSampler {
  readonly low: number;
  readonly likely: number;
  readonly high: number;
  readonly sampling: Sampling;
  readonly alpha: number;
  readonly beta: number;
  /** Cheng BB constants: a = min(α, β), b = max(α, β), A = a + b, B, C. */
  readonly a: number;
  readonly b: number;
  readonly sumAB: number;
  readonly chengB: number;
  readonly chengC: number;
}

export function rangeSampler(
  low: number,
  likely: number,
  high: number,
  sampling: Sampling,
): RangeSampler {
  const width = high - low;
  const alpha = width > 0 ? 1 + (4 * (likely - low)) / width : 1;
  const beta = width > 0 ? 1 + (4 * (high - likely)) / width : 1;
  const a = Math.min(alpha, beta);
  const b = Math.max(alpha, beta);
  const sumAB = a + b;
  const chengB = Math.sqrt((sumAB - 2) / (2 * a * b - sumAB));
  return {
    low,
    likely,
    high,
    sampling,
    alpha,
    beta,
    a,
    b,
    sumAB,
    chengB,
    chengC: a + 1 / chengB,
  };
}

/** murmur3's 32-bit finaliser. */
function mix32(value: number): number {
  let x = value | 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x | 0;
}

/** Two independent 32-bit FNV-1a-style hashes of a string (64 bits in all). */
function hashPath(path: string): [number, number] {
  let a = 0x811c9dc5 | 0;
  let b = 0x2545f491 | 0;
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return [mix32(a), mix32(b)];
}

/**
 * Stream states (four words each, `nextUniform`'s layout) for ranges with these paths.
 * @param seed any integer; values beyond 32 bits are folded in
 */
export function rangeStreams(seed: number, paths: readonly string[]): Int32Array {
  const low = seed | 0;
  const high = Math.floor(seed / 4294967296) | 0;
  const states = new Int32Array(paths.length * STREAM_WORDS);
  paths.forEach((path, index) => {
    const [h1, h2] = hashPath(path);
    const words = [0, 1, 2, 3].map((k) =>
      mix32(
        mix32(low + Math.imul(k + 1, 0x9e3779b9)) ^
          mix32(high ^ Math.imul(k + 1, 0x632be5ab)) ^
          mix32((k % 2 === 0 ? h1 : h2) + Math.imul(k + 1, 0x7f4a7c15)),
      ),
    );
    if (!words.some((w) => w !== 0)) words[0] = 1; // the all-zero state never leaves zero
    const generator = xoroshiro128plusFromState(words);
    generator.jump(); // leave the hashed start behind: 2^64 draws on
    states.set(generator.getState(), index * STREAM_WORDS);
  });
  return states;
}

const LOG4 = Math.log(4);

/** Beta(α, β) for α, β >= 1 (Cheng 1978, algorithm BB; closed form when either is 1). */
function betaDraw(r: RangeSampler, states: Int32Array, offset: number): number {
  if (r.alpha === 1) return 1 - Math.pow(1 - nextUniform(states, offset), 1 / r.beta);
  if (r.beta === 1) return Math.pow(nextUniform(states, offset), 1 / r.alpha);
  const { a, b, sumAB, chengB, chengC } = r;
  const swapped = a !== r.alpha;
  for (;;) {
    const u1 = nextUniform(states, offset);
    const u2 = nextUniform(states, offset);
    if (u1 <= 0 || u1 >= 1) continue;
    const v = chengB * Math.log(u1 / (1 - u1));
    const w = a * Math.exp(v);
    const x = swapped ? b / (b + w) : w / (b + w);
    const z = u1 * u1 * u2;
    const rr = chengC * v - LOG4;
    const s = a + rr - w;
    if (s + 2.609438 >= 5 * z) return x;
    const t = Math.log(z);
    if (s > t) return x;
    if (rr + sumAB * Math.log(sumAB / (b + w)) >= t) return x;
  }
}

/** One draw of the range from the stream whose words start at `offset`; advances that stream. */
export function drawRange(range: RangeSampler, states: Int32Array, offset: number): number {
  const { low, likely, high } = range;
  const width = high - low;
  if (!(width > 0)) return likely;
  if (range.sampling === 'triangular') {
    const u = nextUniform(states, offset);
    const split = (likely - low) / width;
    return u < split
      ? low + Math.sqrt(u * width * (likely - low))
      : high - Math.sqrt((1 - u) * width * (high - likely));
  }
  return low + width * betaDraw(range, states, offset);
}

/**
 * Drawing values for uncertainty ranges: one random stream per range, keyed by the seed and
 * the range's path (not its position), so adding, removing or reordering ranges leaves every
 * other range's draws unchanged. Both samplings take one uniform u per draw and return the
 * inverse CDF at u. A degenerate range (low = high) is a constant and draws nothing.
 *
 * Triangular(low, likely, high): the exact inverse CDF (two square-root branches).
 *
 * PERT: low + (high − low) × Beta(α, β) with λ = 4, α = 1 + 4(likely − low)/(high − low),
 * β = 1 + 4(high − likely)/(high − low), so α + β = 6 and α, β in [1, 5]. The Beta quantile
 * Q(u) comes from a table of its values at p = j / 2048, j = 0..2048 (`PERT_CELLS`; built once
 * per α by `beta.ts`, knots exact to about 1e-15, cached), interpolated:
 * - between knots linearly in p, except in the outer 32 cells at each end (p < 1/64 or
 *   p > 63/64), where the quantile has the Beta's power-law cusp (Q ∝ p^(1/α) at the bottom,
 *   1 − Q ∝ (1 − p)^(1/β) at the top): there Q^α, respectively (1 − Q)^β, is interpolated
 *   linearly instead, which is exact for the pure power law.
 * Error bound (as a share of the range's width, for any α in [1, 5]): at most 1e-4 for
 * 1/2048 <= u <= 1 − 1/2048, and at most 1e-3 in the two outermost cells (1 draw in 1 024).
 * Measured maxima are 5.3e-5 and 6.1e-4; `sampling.test.ts` checks the bound at thousands of
 * p for α from 1 to 5 against an independent evaluation (power series of the Beta integral,
 * bisection to 1e-16). The drawn distribution's CDF equals the Beta CDF at every knot.
 *
 * Promises: the same (seed, path) always gives the same sequence; nothing allocates per draw.
 */
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { mix32, nextUniform, STREAM_WORDS } from '../random';
import { betaQuantileTable } from './beta';

export type Sampling = 'triangular' | 'pert';

/** Cells of the PERT quantile table (knots at p = j / PERT_CELLS, j = 0..PERT_CELLS). */
export const PERT_CELLS = 2048;
/** Cells at each end of the table interpolated on the power-law scale (p < 1/64, p > 63/64). */
export const PERT_TAIL_CELLS = 32;
/** Quantile tables kept, by α (β = 6 − α); about 17 KB each. */
const TABLE_CACHE_SIZE = 128;

/** The Beta(α, β) quantile at the knots, and on the tails' power-law scales. */
export interface PertTable {
  /** Q(j / PERT_CELLS), j = 0..PERT_CELLS. */
  readonly knots: Float64Array;
  /** Q(j / PERT_CELLS)^α, j = 0..PERT_TAIL_CELLS. */
  readonly bottom: Float64Array;
  /** (1 − Q(j / PERT_CELLS))^β, j = PERT_CELLS − PERT_TAIL_CELLS..PERT_CELLS. */
  readonly top: Float64Array;
}

// A memo of pure results (same α, same table), not state: safe at module level.
const tables = new Map<number, PertTable>();
const EMPTY_TABLE: PertTable = {
  knots: new Float64Array(0),
  bottom: new Float64Array(0),
  top: new Float64Array(0),
};

/** The Beta(α, 6 − α) quantile table, cached. */
function pertTable(alpha: number, beta: number): PertTable {
  const cached = tables.get(alpha);
  if (cached !== undefined) return cached;
  const knots = betaQuantileTable(alpha, beta, PERT_CELLS);
  const bottom = new Float64Array(PERT_TAIL_CELLS + 1);
  const top = new Float64Array(PERT_TAIL_CELLS + 1);
  for (let j = 0; j <= PERT_TAIL_CELLS; j++) {
    bottom[j] = Math.pow(knots[j] as number, alpha);
    top[j] = Math.pow(1 - (knots[PERT_CELLS - PERT_TAIL_CELLS + j] as number), beta);
  }
  const table = { knots, bottom, top };
  if (tables.size >= TABLE_CACHE_SIZE) {
    const oldest = tables.keys().next();
    if (oldest.done !== true) tables.delete(oldest.value);
  }
  tables.set(alpha, table);
  return table;
}

/** A range prepared for drawing: its values and, for PERT, the Beta quantile table. */
export interface RangeSampler {
  readonly low: number;
  readonly likely: number;
  readonly high: number;
  readonly sampling: Sampling;
  readonly alpha: number;
  readonly beta: number;
  /** Beta(α, β) quantile table (PERT with low < high); empty otherwise. */
  readonly table: PertTable;
  readonly inverseAlpha: number;
  readonly inverseBeta: number;
  /** Triangular: the CDF at `likely`, (likely − low) / (high − low); 0 when low = high. */
  readonly split: number;
  /** Triangular: (high − low)(likely − low) and (high − low)(high − likely). */
  readonly lowArea: number;
  readonly highArea: number;
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
  const table = sampling === 'pert' && width > 0 ? pertTable(alpha, beta) : EMPTY_TABLE;
  return {
    low,
    likely,
    high,
    sampling,
    alpha,
    beta,
    table,
    inverseAlpha: 1 / alpha,
    inverseBeta: 1 / beta,
    split: width > 0 ? (likely - low) / width : 0,
    lowArea: width * (likely - low),
    highArea: width * (high - likely),
  };
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

/** The Beta quantile at p (0 <= p < 1) from the sampler's table; see the header. */
export function pertQuantile(r: RangeSampler, p: number): number {
  const t = p * PERT_CELLS;
  const j = Math.floor(t);
  const f = t - j;
  if (j < PERT_TAIL_CELLS) {
    const bottom = r.table.bottom;
    const y = bottom[j] as number;
    return Math.pow(y + f * ((bottom[j + 1] as number) - y), r.inverseAlpha);
  }
  const i = j - (PERT_CELLS - PERT_TAIL_CELLS);
  if (i >= 0) {
    const top = r.table.top;
    const y = top[i] as number;
    return 1 - Math.pow(y + f * ((top[i + 1] as number) - y), r.inverseBeta);
  }
  const knots = r.table.knots;
  const left = knots[j] as number;
  return left + f * ((knots[j + 1] as number) - left);
}

/** The triangular inverse CDF at u for a range with low < high. */
function triangularQuantile(r: RangeSampler, u: number): number {
  return u < r.split ? r.low + Math.sqrt(u * r.lowArea) : r.high - Math.sqrt((1 - u) * r.highArea);
}

/** One draw of the range from the stream whose words start at `offset`; advances that stream. */
export function drawRange(range: RangeSampler, states: Int32Array, offset: number): number {
  const { low, likely, high } = range;
  const width = high - low;
  if (!(width > 0)) return likely;
  const u = nextUniform(states, offset);
  return range.sampling === 'triangular'
    ? triangularQuantile(range, u)
    : low + width * pertQuantile(range, u);
}

/**
 * `count` draws of the range into `out[at]`, `out[at + 1]`, ...: the values `count` calls of
 * `drawRange` give, in the same order. One range at a time keeps the loop on one sampler (Monte
 * Carlo draws its samples range by range, in chunks).
 */
export function drawRangeInto(
  range: RangeSampler,
  states: Int32Array,
  offset: number,
  out: Float64Array,
  at: number,
  count: number,
): void {
  const { low, likely, high } = range;
  const width = high - low;
  const end = at + count;
  if (!(width > 0)) out.fill(likely, at, end);
  else if (range.sampling === 'triangular')
    for (let j = at; j < end; j++) out[j] = triangularQuantile(range, nextUniform(states, offset));
  else
    for (let j = at; j < end; j++)
      out[j] = low + width * pertQuantile(range, nextUniform(states, offset));
}

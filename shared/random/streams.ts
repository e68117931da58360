/**
 * Random numbers for every engine that draws them (the simulator, the Monte Carlo): many
 * independent xoroshiro128+ streams packed into one
 * Int32Array (four 32-bit words per stream, in pure-rand's word order), and an inlined
 * `nextUniform` that steps a stream in place without allocating.
 *
 * Promises: the streams of one replication are non-overlapping (stream k starts k + 1
 * pure-rand `jump()`s, i.e. (k + 1) x 2^64 draws, after the replication's start); the start
 * of each replication is a hash of (seed, replication), so replications are independent in
 * practice and the same (seed, replication) always gives the same numbers. `nextUniform`
 * produces exactly pure-rand's xoroshiro128+ sequence, using the top 53 bits of each 64-bit
 * output as a double in [0, 1).
 */
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

/** Words per stream in a state array. */
export const STREAM_WORDS = 4;

/** murmur3's 32-bit finaliser: a bijective mix of one word. */
export function mix32(value: number): number {
  let x = value | 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x | 0;
}

/**
 * States of `streams` independent streams for one replication, four words each.
 * @param seed any integer (values beyond 32 bits are folded in, not dropped)
 */
export function createStreams(seed: number, replication: number, streams: number): Int32Array {
  return seedStreams(new Int32Array(streams * STREAM_WORDS), seed, replication);
}

/** `states` (four words per stream) set to the streams of replication `replication`; returns it. */
export function seedStreams(states: Int32Array, seed: number, replication: number): Int32Array {
  const streams = Math.floor(states.length / STREAM_WORDS);
  const low = seed | 0;
  const high = Math.floor(seed / 4294967296) | 0;
  const words = [0, 1, 2, 3].map((k) =>
    mix32(mix32(low + Math.imul(k + 1, 0x9e3779b9)) ^ mix32(high + replication * 0x632be5ab + k)),
  );
  if (!words.some((w) => w !== 0)) words[0] = 1; // the all-zero state never leaves zero
  const generator = xoroshiro128plusFromState(words);
  for (let stream = 0; stream < streams; stream++) {
    generator.jump();
    states.set(generator.getState(), stream * STREAM_WORDS);
  }
  return states;
}

/**
 * Next uniform double in [0, 1) from the stream whose words start at `offset`; advances it.
 * Same step as pure-rand's xoroshiro128+ (words s01, s00, s11, s10 = high/low halves of s0, s1).
 */
export function nextUniform(states: Int32Array, offset: number): number {
  const s01 = states[offset] as number;
  const s00 = states[offset + 1] as number;
  const s11 = states[offset + 2] as number;
  const s10 = states[offset + 3] as number;
  const low = (s00 >>> 0) + (s10 >>> 0);
  const high = (s01 + s11 + (low > 0xffffffff ? 1 : 0)) >>> 0;
  const a0 = s10 ^ s00;
  const a1 = s11 ^ s01;
  states[offset] = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
  states[offset + 1] = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16);
  states[offset + 2] = (a0 << 5) ^ (a1 >>> 27);
  states[offset + 3] = (a1 << 5) ^ (a0 >>> 27);
  // Top 53 bits of the 64-bit sum: 32 from the high word, 21 from the low word.
  return (high * 2097152 + (low >>> 11)) * 1.1102230246251565e-16;
}

/**
 * Inverse of the standard normal CDF (Acklam's rational approximation, relative error
 * below 1.2e-9) for p in (0, 1). One uniform per normal draw keeps streams aligned.
 */
export function inverseNormal(p: number): number {
  const q0 = p < 1e-300 ? 1e-300 : p;
  if (q0 < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(q0));
    return tail(q);
  }
  if (q0 > 0.97575) {
    const q = Math.sqrt(-2 * Math.log(1 - q0));
    return -tail(q);
  }
  const q = q0 - 0.5;
  const r = q * q;
  return (
    ((((((-39.69683028665376 * r + 220.9460984245205) * r - 275.9285104469687) * r +
      138.357751867269) *
      r -
      30.66479806614716) *
      r +
      2.506628277459239) *
      q) /
    (((((-54.47609879822406 * r + 161.5858368580409) * r - 155.6989798598866) * r +
      66.80131188771972) *
      r -
      13.28068155288572) *
      r +
      1)
  );
}

function tail(q: number): number {
  return (
    (((((-0.007784894002430293 * q - 0.3223964580411365) * q - 2.400758277161838) * q -
      2.549732539343734) *
      q +
      4.374664141464968) *
      q +
      2.938163982698783) /
    ((((0.007784695709041462 * q + 0.3224671290700398) * q + 2.445134137142996) * q +
      3.754408661907416) *
      q +
      1)
  );
}

/** The inlined generator follows pure-rand exactly, and streams differ. */
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { describe, expect, it } from 'vitest';
import { createStreams, nextUniform, STREAM_WORDS } from './streams';

describe('random streams', () => {
  it('step exactly like pure-rand xoroshiro128+', () => {
    // given a stream and pure-rand's generator from the same state
    const states = createStreams(7, 0, 3);
    const reference = xoroshiro128plusFromState(Array.from(states.subarray(4, 8)));
    // when both advance 100 times
    for (let i = 0; i < 100; i++) {
      const u = nextUniform(states, STREAM_WORDS);
      reference.next();
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
    }
    // then their states agree
    expect(Array.from(states.subarray(4, 8))).toEqual(reference.getState());
  });

  it('differ between streams, replications and seeds', () => {
    const first = (seed: number, replication: number, stream: number): number =>
      nextUniform(createStreams(seed, replication, 2), stream * STREAM_WORDS);
    const values = [first(1, 0, 0), first(1, 0, 1), first(1, 1, 0), first(2, 0, 0)];
    expect(new Set(values).size).toBe(4);
  });
});

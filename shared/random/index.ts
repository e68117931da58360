/**
 * Seeded random numbers, in one place for every engine: independent xoroshiro128+ streams in
 * one typed array, stepped in place (`streams.ts`).
 */
export {
  createStreams,
  inverseNormal,
  mix32,
  nextUniform,
  seedStreams,
  STREAM_WORDS,
} from './streams';

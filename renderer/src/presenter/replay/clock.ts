/**
 * The replay's clock: simulated working hours, played at a speed (hours a second), paused or
 * running, looping back to the start at the end. One requestAnimationFrame loop draws every
 * map's tokens at the same moment, so both maps stay in step. The clock itself is a plain
 * object the loop advances; React never re-renders for a frame.
 */
export interface ReplayClock {
  /** Working hours now. */
  t: number;
  from: number;
  to: number;
  /** Simulated working hours per second on screen. */
  speed: number;
  playing: boolean;
}

/** Seconds a whole replay takes at the starting speed. */
export const REPLAY_SECONDS = 60;
export const MIN_SPEED = 0.05;
export const MAX_SPEED = 200;

export function createClock(from: number, to: number): ReplayClock {
  const span = Math.max(to - from, 1e-6);
  return { t: from, from, to, speed: span / REPLAY_SECONDS, playing: true };
}

/** Move `clock` on by `seconds` of screen time, wrapping to the start after the end. */
export function advance(clock: ReplayClock, seconds: number): void {
  if (!clock.playing) return;
  const next = clock.t + Math.min(seconds, 0.1) * clock.speed;
  clock.t = next > clock.to ? clock.from + (next - clock.to) : next;
}

/** The clock's speed times `factor`, kept within sensible bounds. */
export function scaleSpeed(clock: ReplayClock, factor: number): void {
  clock.speed = Math.min(MAX_SPEED, Math.max(MIN_SPEED, clock.speed * factor));
}

type Draw = (t: number, now: number) => void;

/** Runs `draws` each frame at `clock`'s time until the returned stop is called. */
export function runLoop(clock: ReplayClock, draws: ReadonlySet<Draw>): () => void {
  let last: number | null = null;
  let handle = 0;
  const frame = (now: number): void => {
    if (last !== null) advance(clock, (now - last) / 1000);
    last = now;
    for (const draw of draws) draw(clock.t, now);
    handle = requestAnimationFrame(frame);
  };
  handle = requestAnimationFrame(frame);
  return () => cancelAnimationFrame(handle);
}

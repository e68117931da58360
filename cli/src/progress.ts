/**
 * Progress of a long run, for a person watching a terminal: "Simulating Invoices: 37 % —
 * about 12 s left" on one line of standard error that replaces itself.
 *
 * Promises:
 * - Nothing is shown unless the io has a `progress` line (it has one only when standard
 *   error is a terminal, so pipes, files and `--json` consumers never see it), nor during
 *   the first `quietMs` (runs shorter than about a second say nothing), nor when the run is
 *   about to end anyway.
 * - At most one update per `intervalMs`, whatever the rate of `update` calls.
 * - The time left is elapsed × (1 − share) / share, smoothed so it counts down steadily
 *   instead of jumping with every chunk, and rounded to what a person can use ("a few
 *   seconds", "about 12 s", "about 2 min", "about 1.5 h").
 * - `done()` clears the line if anything was shown, so results and errors start clean.
 * - Time comes only from `io.now()`, so tests drive it with a fake clock.
 */
import type { CliIo } from './io';

export interface Progress {
  /** Report the share of the work done, 0..1. Cheap: meant to be called per chunk. */
  update(share: number): void;
  /**
   * Say what is being done when its share cannot be measured ("Printing …"), in place of the
   * share; shown once, and like the share not in the first `quietMs`.
   */
  say(text: string): void;
  /** The run has ended (or failed): clear the line if one was shown. */
  done(): void;
}

export interface ProgressTiming {
  /** Nothing is shown before this many milliseconds (default 1000). */
  quietMs?: number;
  /** At least this many milliseconds between two updates of the line (default 250). */
  intervalMs?: number;
}

/** Longest label shown, in characters, so the percentage and time always fit on the line. */
const MAX_LABEL = 48;
/** Weight of the newest estimate in the smoothed time left. */
const SMOOTHING = 0.3;

/** "about 12 s left", "about 2 min left": a duration rounded to what a person can use. */
export function timeLeft(ms: number): string {
  const s = ms / 1000;
  if (s < 5) return 'a few seconds left';
  if (s < 60) return `about ${Math.round(s)} s left`;
  const min = s / 60;
  if (min < 60) return `about ${Math.round(min)} min left`;
  const h = min / 60;
  return `about ${h < 10 ? h.toFixed(1) : Math.round(h)} h left`;
}

function shorten(label: string): string {
  return label.length <= MAX_LABEL ? label : `${label.slice(0, MAX_LABEL - 1)}…`;
}

/**
 * Start reporting the progress of a run called `label` ("Simulating Invoices"); the clock
 * starts now. See the module header for what is shown when.
 */
export function startProgress(
  io: Pick<CliIo, 'progress' | 'now'>,
  label: string,
  timing: ProgressTiming = {},
): Progress {
  const quietMs = timing.quietMs ?? 1000;
  const intervalMs = timing.intervalMs ?? 250;
  const started = io.now();
  const name = shorten(label);
  let shown = false;
  let lastShownAt = -Infinity;
  let said: string | undefined;
  /** The smoothed time left (ms) and when it was estimated. */
  let smoothed: { leftMs: number; at: number } | undefined;

  const estimate = (share: number, at: number): number | undefined => {
    if (share <= 0) return undefined;
    const raw = ((at - started) * (1 - share)) / share;
    const previous = smoothed === undefined ? raw : smoothed.leftMs - (at - smoothed.at);
    smoothed = { leftMs: SMOOTHING * raw + (1 - SMOOTHING) * Math.max(0, previous), at };
    return smoothed.leftMs;
  };

  return {
    update(share) {
      if (io.progress === undefined) return;
      const at = io.now();
      if (at - started < quietMs || at - lastShownAt < intervalMs) return;
      const done = Math.min(1, Math.max(0, share));
      const leftMs = estimate(done, at);
      // A run about to end is not worth a line that flashes and vanishes.
      if (!shown && leftMs !== undefined && leftMs < intervalMs) return;
      const percent = Math.min(99, Math.floor(done * 100));
      io.progress(`${name}: ${percent} %${leftMs === undefined ? '' : ` — ${timeLeft(leftMs)}`}`);
      shown = true;
      lastShownAt = at;
    },
    say(text) {
      if (io.progress === undefined || io.now() - started < quietMs || text === said) return;
      io.progress(text);
      said = text;
      shown = true;
    },
    done() {
      if (shown) io.progress?.('');
      shown = false;
    },
  };
}

/**
 * Flowcase's own measurements, each in a fresh `node` process running the bundled
 * `out/bench/run.mjs` (see scripts/bench/run.ts for what each prints). A figure that fails
 * comes back as `{ ok: false, reason }`, so the table can say so and carry on.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runJson } from './child.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RUNNER = path.join(repoRoot, 'out', 'bench', 'run.mjs');

/** Model B50-P10 and its scaled variants: 5 steps per pool of 5 keeps utilisation at 0.8. */
export const STEPS_PER_POOL = 5;

async function run(args, timeoutMs = 300_000) {
  const result = await runJson(process.execPath, [RUNNER, ...args], { timeoutMs });
  if (!result.ok) return result;
  return { ok: true, ...result.value };
}

/** Flow model on the 200-step map: many timed recomputes after a warm-up. */
export function flowModel({ runs, warmup }) {
  return run(['flow', '--runs', String(runs), '--warmup', String(warmup)]);
}

/** One DES run of the B-style series model. */
export function des({ steps = 50, cases, replications = 1, seed = 1 }) {
  const pools = Math.max(1, Math.round(steps / STEPS_PER_POOL));
  return run([
    'des',
    '--steps',
    String(steps),
    '--pools',
    String(pools),
    '--cases',
    String(cases),
    '--replications',
    String(replications),
    '--seed',
    String(seed),
  ]);
}

/** Spread of one run's mean cycle time on B50-P10: `runs` one-replication runs, seeds from 1000. */
export function noise({ cases, runs }) {
  return run(['noise', '--cases', String(cases), '--runs', String(runs), '--seed', '1000']);
}

/** Monte Carlo, `samples` samples over `ranges` ranges (scripts/bench/ranges.ts), median of `runs`. */
export function monteCarlo({ sampling, ranges = 32, samples = 10_000, runs, warmup }) {
  return run([
    'monte-carlo',
    '--sampling',
    sampling,
    '--ranges',
    String(ranges),
    '--samples',
    String(samples),
    '--runs',
    String(runs),
    '--warmup',
    String(warmup),
  ]);
}

/** Tornado over `ranges` ranges, median of `runs`. */
export function tornado({ ranges = 50, runs, warmup }) {
  return run([
    'tornado',
    '--ranges',
    String(ranges),
    '--runs',
    String(runs),
    '--warmup',
    String(warmup),
  ]);
}

/** parseProject on the largest allowed hostile file (scripts/bench/hostile.ts), median of `runs`. */
export function parseHostile({ runs }) {
  return run(['parse-hostile', '--runs', String(runs)]);
}

/** `flowcase validate` of the same file in fresh processes (needs out/cli built), median of `runs`. */
export function cliValidate({ runs }) {
  return run(['cli-validate', '--runs', String(runs)]);
}

/** `simulate --event-log` of the invoice sample's first target, `cases` cases, as CSV or XES. */
export function eventLog({ format, cases }) {
  return run(['event-log', '--format', format, '--cases', String(cases)]);
}

/**
 * The editor's figures (issue 10), each in a fresh `node` process running the bundled
 * `out/bench/editor.mjs` with its own Chromium and `vite preview` servers (see
 * scripts/bench/editor/run-editor.ts). Needs `out/web` and `out/bench-baseline` built.
 */
export const EDITOR_RUNNER = path.join(repoRoot, 'out', 'bench', 'editor.mjs');

async function runEditor(args, timeoutMs = 900_000) {
  const result = await runJson(process.execPath, [EDITOR_RUNNER, ...args], { timeoutMs });
  if (!result.ok) return result;
  return { ok: true, ...result.value };
}

/** Paste of the 1 000-step map to ready to interact, and undo of that paste; medians of `runs`. */
export function editorLoad({ runs }) {
  return runEditor(['load', '--runs', String(runs)]);
}

/** Drag one step and pan the whole map, on the app and on the plain React Flow baseline. */
export function editorFrames({ runs }) {
  return runEditor(['frames', '--runs', String(runs)]);
}

/** One committed inspector value to updated key figures: main-thread work, median of `runs`. */
export function editorInspector({ runs }) {
  return runEditor(['inspector', '--runs', String(runs)]);
}

/** Heap after load and after `edits` inspector edits, and the undo history's own size. */
export function editorMemory({ edits }) {
  return runEditor(['memory', '--edits', String(edits)]);
}

/** B50-P10, `replications` replications on one thread and on `workers` worker threads. */
export function desWorkers({ cases, replications = 8, workers }) {
  return run([
    'des-workers',
    '--cases',
    String(cases),
    '--replications',
    String(replications),
    '--workers',
    String(workers),
  ]);
}

/**
 * The workspace's figures (issue 11): autosave and opening of the 1 000-step project, and a
 * library of 500 projects, medians of `runs` (scripts/bench/editor/workspace.ts).
 */
export function workspaceFigures({ runs }) {
  return runEditor(['workspace', '--runs', String(runs)]);
}

/**
 * Issue 12's screen figures: a business-case edit to updated charts, and the results view of
 * the 1 000-step map, medians of `runs` (scripts/bench/editor/screens.ts).
 */
export function screenFigures({ runs }) {
  return runEditor(['screens', '--runs', String(runs)]);
}

/**
 * Issue 13's presenter figures: a what-if slider to updated figures (median of `runs`), and
 * the token replay's frames per second with >= 300 tokens (scripts/bench/editor/presenter.ts).
 */
export function presenterFigures({ runs }) {
  return runEditor(['presenter', '--runs', String(runs)]);
}

/**
 * The benchmark's measuring side, bundled by `vite.bench.config.ts` into `out/bench/run.mjs`.
 * `scripts/bench.mjs` runs it once per figure in a fresh `node` process, so one figure's
 * garbage, JIT state and peak memory never leak into the next. Each run prints exactly one
 * JSON line on stdout (and nothing else there); errors go to stderr with a non-zero exit.
 *
 *   node out/bench/run.mjs flow [--runs N] [--warmup N]
 *   node out/bench/run.mjs des --steps 50 --pools 10 --cases N [--replications R] [--seed S]
 *   node out/bench/run.mjs noise --cases N --runs R [--seed S]
 *   node out/bench/run.mjs monte-carlo --sampling triangular|pert [--ranges K] [--samples N] [--runs R] [--warmup W]
 *   node out/bench/run.mjs tornado [--ranges K] [--runs R] [--warmup W]
 *   node out/bench/run.mjs parse-hostile [--runs R]
 *   node out/bench/run.mjs cli-validate [--runs R]
 *   node out/bench/run.mjs des-workers [--cases N] [--replications R] [--workers W] [--seed S]
 *   node out/bench/run.mjs event-log --format csv|xes [--cases N]
 */
import { readFileSync } from 'node:fs';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { computeFlowModel, simulate, type Estimate } from '../../shared/engine';
import { b50Project } from '../../shared/engine/des/testing/b50-project';
import { validateSemantics } from '../../shared/model/semantics';
import type { Project } from '../../shared/model/schema';
import { SAMPLES } from '../../shared/samples';
import { monteCarlo, tornado, type Sampling } from '../../shared/uncertainty';
import { flow200Project } from './flow-200';
import { benchEventLog } from './event-log';
import { benchCliValidate, benchParseHostile } from './input-figures';
import { withBenchRanges } from './ranges';
import { benchDesWorkers } from './parallel';
import { isSimulationThreadData, serveReplications } from '../../cli/src/simulate-threads';

/** The repository: this file runs as out/bench/run.mjs, two folders down. */
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

function option(args: readonly string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(args[i + 1]);
  if (!Number.isFinite(value)) throw new Error(`--${name} needs a number`);
  return value;
}

function quantile(sorted: readonly number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[i] as number;
}

const mb = (bytes: number): number => bytes / 1e6;
/**
 * Peak resident set size of this process, MB: the kernel's high-water mark (VmHWM) where
 * /proc exists. Not `process.resourceUsage().maxRSS`: on Linux that survives exec, so a child
 * would report its parent's peak (the bench parent holds Vite, about 130 MB).
 */
function peakRssMb(): number | null {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const kb = /^VmHWM:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kb === undefined ? null : mb(Number(kb) * 1024);
  } catch {
    return null;
  }
}

function benchFlow(args: readonly string[]): Record<string, unknown> {
  const runs = option(args, 'runs', 2000);
  const warmup = option(args, 'warmup', 300);
  const project = flow200Project();
  const map = project.maps.current;
  const issues = validateSemantics(project);
  if (issues.length > 0)
    throw new Error(`the 200-step map is invalid: ${JSON.stringify(issues.slice(0, 3))}`);
  let sink = 0;
  for (let i = 0; i < warmup; i++) sink += computeFlowModel(project, map).throughputPerHour;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const result = computeFlowModel(project, map);
    times.push(performance.now() - t0);
    sink += result.throughputPerHour;
  }
  times.sort((a, b) => a - b);
  const result = computeFlowModel(project, map);
  return {
    figure: 'flow',
    steps: map.steps.length,
    flows: map.flows.length,
    roles: project.roles.length,
    stable: result.stable,
    runs,
    warmup,
    medianMs: quantile(times, 0.5),
    p95Ms: quantile(times, 0.95),
    minMs: times[0],
    maxMs: times[times.length - 1],
    checksum: Number.isFinite(sink),
  };
}

function benchDes(args: readonly string[]): Record<string, unknown> {
  const steps = option(args, 'steps', 50);
  const pools = option(args, 'pools', 10);
  const cases = option(args, 'cases', 100_000);
  const replications = option(args, 'replications', 1);
  const seed = option(args, 'seed', 1);
  const baselineRssMb = mb(process.memoryUsage().rss);
  const project = b50Project(steps, pools);
  const map = project.maps.current;
  // The run is synchronous, so RSS is sampled from its progress reports (every chunk of
  // events); the kernel's high-water mark, where available, also catches peaks in between.
  let sampledRss = process.memoryUsage().rss;
  const t0 = performance.now();
  const result = simulate(project, map, {
    cases,
    replications,
    seed,
    onProgress: () => {
      sampledRss = Math.max(sampledRss, process.memoryUsage().rss);
    },
  });
  const wallS = (performance.now() - t0) / 1000;
  const mean = cycleTimeMean(result);
  return {
    figure: 'des',
    steps,
    pools,
    cases,
    replications,
    seed,
    wallS,
    events: result.events,
    eventsPerS: result.events / wallS,
    casesCompleted: result.casesCompleted,
    meanCycleS: mean.mean * 3600,
    stable: result.stable,
    // With one replication the simulator reports a half-width of 0: no interval, not precision.
    halfWidthS: replications > 1 ? mean.halfWidth * 3600 : null,
    baselineRssMb,
    peakRssMb: peakRssMb() ?? mb(sampledRss),
    sampledPeakRssMb: mb(sampledRss),
    heapUsedMb: mb(process.memoryUsage().heapUsed),
  };
}

/** The mean cycle time of a benchmark run, which must be stable (B50-P10 is, at 0.8). */
function cycleTimeMean(result: ReturnType<typeof simulate>): Estimate {
  if (result.cycleTimeHours === null)
    throw new Error(`the benchmark model is not stable: ${result.warnings.join('; ')}`);
  return result.cycleTimeHours.mean;
}

/**
 * How much the mean cycle time of ONE run of `cases` varies: `runs` separate one-replication
 * runs with seeds `seed`, `seed + 1`, ..., exactly like a peer's single run, and the standard
 * deviation of their means (not the simulator's replication CI, so the yardstick does not
 * depend on how the simulator splits streams between replications).
 */
function benchNoise(args: readonly string[]): Record<string, unknown> {
  const steps = option(args, 'steps', 50);
  const pools = option(args, 'pools', 10);
  const cases = option(args, 'cases', 100_000);
  const runs = option(args, 'runs', 10);
  const seed = option(args, 'seed', 1000);
  const project = b50Project(steps, pools);
  const means: number[] = [];
  for (let i = 0; i < runs; i++) {
    const result = simulate(project, project.maps.current, {
      cases,
      replications: 1,
      seed: seed + i,
    });
    means.push(cycleTimeMean(result).mean * 3600);
  }
  const mean = means.reduce((sum, m) => sum + m, 0) / runs;
  const variance = means.reduce((sum, m) => sum + (m - mean) * (m - mean), 0) / (runs - 1);
  return {
    figure: 'noise',
    steps,
    pools,
    cases,
    runs,
    seed,
    meansS: means,
    sdOneRunS: Math.sqrt(variance),
  };
}

/** `SAMPLES[0]`'s first scenario with `count` ranges (scripts/bench/ranges.ts), checked valid. */
function uncertainProject(count: number): { project: Project; sample: string } {
  const sample = SAMPLES[0];
  const target = sample?.project.maps.targets[0];
  if (sample === undefined || target === undefined) throw new Error('no sample project');
  const project = withBenchRanges(sample.project, target, count);
  const issues = validateSemantics(project);
  if (issues.length > 0)
    throw new Error(`the bench ranges are invalid: ${JSON.stringify(issues.slice(0, 3))}`);
  return { project, sample: sample.slug };
}

/** Time `once` `runs` times after `warmup` calls: the first (cold) call, median, p95, min. */
function timed(runs: number, warmup: number, once: () => number): Record<string, number> {
  let sink = 0;
  const t0 = performance.now();
  sink += once();
  const firstMs = performance.now() - t0;
  for (let i = 1; i < warmup; i++) sink += once();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    sink += once();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  if (!Number.isFinite(sink)) throw new Error('a run gave a non-finite NPV');
  return {
    firstMs,
    medianMs: quantile(times, 0.5),
    p95Ms: quantile(times, 0.95),
    minMs: times[0] as number,
  };
}

/** Monte Carlo of 10 000 samples over 30+ ranges, whole call (compile, tables, summary). */
function benchMonteCarlo(args: readonly string[]): Record<string, unknown> {
  const count = option(args, 'ranges', 32);
  const samples = option(args, 'samples', 10_000);
  const runs = option(args, 'runs', 9);
  const warmup = option(args, 'warmup', 3);
  const i = args.indexOf('--sampling');
  const sampling = (i < 0 ? 'pert' : args[i + 1]) as Sampling;
  const { project, sample } = uncertainProject(count);
  const target = project.maps.targets[0] as Project['maps']['targets'][number];
  let ranges = 0;
  const times = timed(runs, warmup, () => {
    const result = monteCarlo(project, target, { samples, seed: 1, sampling });
    ranges = result.inputs.length;
    return result.npv.mean;
  });
  return { figure: 'monte-carlo', sample, sampling, ranges, samples, runs, warmup, ...times };
}

/** Tornado over 50 ranges, whole call. */
function benchTornado(args: readonly string[]): Record<string, unknown> {
  const count = option(args, 'ranges', 50);
  const runs = option(args, 'runs', 51);
  const warmup = option(args, 'warmup', 10);
  const { project, sample } = uncertainProject(count);
  const target = project.maps.targets[0] as Project['maps']['targets'][number];
  let ranges = 0;
  const times = timed(runs, warmup, () => {
    const result = tornado(project, target);
    ranges = result.bars.length;
    return result.baseNpv;
  });
  return { figure: 'tornado', sample, ranges, runs, warmup, ...times };
}

async function main(argv: readonly string[]): Promise<void> {
  const [command, ...args] = argv;
  let out: Record<string, unknown>;
  if (command === 'flow') out = benchFlow(args);
  else if (command === 'des') out = benchDes(args);
  else if (command === 'noise') out = benchNoise(args);
  else if (command === 'monte-carlo') out = benchMonteCarlo(args);
  else if (command === 'tornado') out = benchTornado(args);
  else if (command === 'parse-hostile') out = benchParseHostile(REPO_ROOT, option(args, 'runs', 3));
  else if (command === 'cli-validate') out = benchCliValidate(REPO_ROOT, option(args, 'runs', 3));
  else if (command === 'event-log')
    out = await benchEventLog(
      args[args.indexOf('--format') + 1] === 'xes' ? 'xes' : 'csv',
      option(args, 'cases', 100_000),
    );
  else
    throw new Error(
      `unknown figure "${command}"; use flow, des, noise, monte-carlo, tornado, parse-hostile, cli-validate or event-log`,
    );
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

function fail(error: unknown): void {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
}

const argv = process.argv.slice(2);
if (!isMainThread && parentPort !== null && isSimulationThreadData(workerData))
  // A thread of the des-workers figure (parallel.ts): serve replications, print nothing.
  serveReplications(workerData, parentPort);
else if (argv[0] === 'des-workers')
  benchDesWorkers((name, fallback) => option(argv, name, fallback)).then(
    (out) => process.stdout.write(`${JSON.stringify(out)}\n`),
    fail,
  );
else main(argv).catch(fail);

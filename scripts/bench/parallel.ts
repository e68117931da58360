/**
 * Figure "DES on worker threads": `replications` replications of B50-P10 on one thread
 * (`simulate`) and spread over `workers` worker threads (the CLI's `simulate --workers` code,
 * cli/src/simulate-threads.ts), wall time of each and the speed-up. Thread start-up is
 * included in the threads' time, as a person running `flowcase simulate` pays it. The two
 * results must be byte-identical, or the figure fails.
 *
 * The threads run this same bundle (out/bench/run.mjs) again; run.ts hands them to
 * `serveReplications` when it sees their `workerData`.
 */
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { simulate } from '../../shared/engine';
import { b50Project } from '../../shared/engine/des/testing/b50-project';
import { simulateOnThreads, type StartThread } from '../../cli/src/simulate-threads';

const startThread: StartThread = (data) =>
  new Worker(new URL(import.meta.url), { workerData: data });

export async function benchDesWorkers(
  option: (name: string, fallback: number) => number,
): Promise<Record<string, unknown>> {
  const cases = option('cases', 100_000);
  const replications = option('replications', 8);
  const workers = option('workers', 2);
  const seed = option('seed', 1);
  const project = b50Project(50, 10);
  const map = project.maps.current;
  const options = { cases, replications, seed };
  let t0 = performance.now();
  const one = JSON.stringify(simulate(project, map, options));
  const oneThreadS = (performance.now() - t0) / 1000;
  t0 = performance.now();
  const spread = JSON.stringify(
    await simulateOnThreads(project, map, options, workers, startThread),
  );
  const workersS = (performance.now() - t0) / 1000;
  if (spread !== one)
    throw new Error(`${workers} worker threads gave a different result from one thread`);
  return {
    figure: 'des-workers',
    cases,
    replications,
    workers,
    seed,
    oneThreadS,
    workersS,
    speedUp: oneThreadS / workersS,
    identical: true,
  };
}

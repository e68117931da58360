/**
 * The engine client in Node, where there is no Web Worker: stand-in workers serve the
 * worker's own functions (`engine-api.ts`, exposed with comlink as `sim-worker.ts` does) over
 * a MessageChannel in this thread. Real module workers are covered in Playwright
 * (test/e2e/engine.spec.ts). Given / when / then: the result equals `simulate`, progress rises
 * to 1, cancel and crashes reject and stop the workers, and a worker that cannot start leaves
 * the main thread to do the work.
 */
import { expose } from 'comlink';
import { describe, expect, it } from 'vitest';
import { recordEventLog, simulate } from '../../../shared/engine';
import { simulatedLogWriter } from '../../../shared/event-log';
import { SAMPLES } from '../../../shared/samples';
import { businessCaseOf, eventLogOf, replicationOf, type EngineWorkerApi } from './engine-api';
import { createEngineClient } from './engine-client';

const project = SAMPLES[1]!.project;
const map = project.maps.current;
const request = { cases: 1500, replications: 5, seed: 9 };

interface StandIn {
  worker: Worker;
  terminated: () => boolean;
  crash: () => void;
}

/** A worker stand-in serving `api` in this thread. */
function standIn(
  api: EngineWorkerApi = {
    runReplication: replicationOf,
    businessCase: businessCaseOf,
    eventLog: eventLogOf,
  },
): StandIn {
  const { port1, port2 } = new MessageChannel();
  expose(api, port2);
  let terminated = false;
  const worker = Object.assign(port1, {
    terminate: () => {
      terminated = true;
      port1.close();
      port2.close();
    },
  }) as unknown as Worker;
  return {
    worker,
    terminated: () => terminated,
    crash: () => port1.dispatchEvent(new Event('error')),
  };
}

function clientWith(maxWorkers: number, api?: EngineWorkerApi) {
  const started: StandIn[] = [];
  const client = createEngineClient({
    maxWorkers,
    createWorker: () => {
      const s = standIn(api);
      started.push(s);
      return s.worker;
    },
  });
  return { client, started };
}

describe('runSimulation', () => {
  it('gives simulate’s result on three workers, with progress rising to 1', async () => {
    // given a client with three stand-in workers
    const { client, started } = clientWith(3);
    const shares: number[] = [];
    // when it simulates five replications
    const result = await client.runSimulation(project, map.id, request, {
      onProgress: (s) => shares.push(s),
    });
    // then the result is simulate's byte for byte, three workers ran, and progress ended at 1
    expect(JSON.stringify(result)).toBe(JSON.stringify(simulate(project, map, request)));
    expect(started).toHaveLength(3);
    shares.forEach((s, i) => expect(s).toBeGreaterThanOrEqual(shares[i - 1] ?? 0));
    expect(shares.at(-1)).toBe(1);
    // and the workers are kept for the next run
    await client.runSimulation(project, map.id, request);
    expect(started).toHaveLength(3);
    client.dispose();
    expect(started.every((s) => s.terminated())).toBe(true);
  });

  it('rejects with an AbortError on cancel, stops its workers and starts fresh ones next', async () => {
    const { client, started } = clientWith(2);
    const controller = new AbortController();
    // given a run cancelled at its first progress report
    const run = client.runSimulation(project, map.id, request, {
      onProgress: () => controller.abort(),
      signal: controller.signal,
    });
    // then it rejects as cancelled and its workers were terminated
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(started.every((s) => s.terminated())).toBe(true);
    // and the next run starts two fresh workers and succeeds
    await client.runSimulation(project, map.id, { ...request, replications: 2 });
    expect(started).toHaveLength(4);
    client.dispose();
  });

  it('turns a worker crash into a sentence for people and stops the other workers', async () => {
    // given workers that crash on the third replication, once both have answered
    let calls = 0;
    const { client, started } = clientWith(2, {
      runReplication(...args) {
        if (++calls === 3) {
          setTimeout(() => started.forEach((s) => s.crash()), 0);
          return new Promise(() => undefined) as never;
        }
        return replicationOf(...args);
      },
      businessCase: businessCaseOf,
      eventLog: eventLogOf,
    });
    // when a simulation runs
    const run = client.runSimulation(project, map.id, request);
    // then it rejects with a sentence, and every worker was stopped
    await expect(run).rejects.toThrow(/^The simulation stopped because the engine worker/);
    expect(started.every((s) => s.terminated())).toBe(true);
  });

  it('runs on the main thread where no worker can start, with the same result', async () => {
    // given a host where creating a worker throws (no Worker, a CSP that refuses it)
    const client = createEngineClient({
      createWorker: () => {
        throw new Error('Worker is not defined');
      },
    });
    const shares: number[] = [];
    // when a simulation runs
    const result = await client.runSimulation(project, map.id, request, {
      onProgress: (s) => shares.push(s),
    });
    // then it ran on the main thread with simulate's result and progress to 1
    expect(JSON.stringify(result)).toBe(JSON.stringify(simulate(project, map, request)));
    expect(shares.at(-1)).toBe(1);
  });

  it('says when options make no sense or the map does not exist', async () => {
    const { client } = clientWith(1);
    await expect(client.runSimulation(project, 'nope', request)).rejects.toThrow(
      'The project has no map with the id "nope".',
    );
    await expect(
      client.runSimulation(project, map.id, { ...request, replications: 0 }),
    ).rejects.toThrow(/replications must be/);
  });
});

describe('runBusinessCase', () => {
  it('gives the same business case as computing it in place', async () => {
    const { client } = clientWith(2);
    const options = { samples: 2000, seed: 3, sampling: 'triangular' as const };
    const target = project.maps.targets[0]!.id;
    const answer = await client.runBusinessCase(project, target, options);
    expect(JSON.stringify(answer)).toBe(JSON.stringify(businessCaseOf(project, target, options)));
    client.dispose();
  });
});

/** The log `flowcase simulate --event-log` writes: every replication run, the first observed. */
function cliLog(format: 'csv' | 'xes'): string {
  let text = '';
  const writer = simulatedLogWriter({ write: (piece) => void (text += piece) }, project, map, {
    format,
    startDate: '2025-01-06',
    seed: request.seed,
  });
  simulate(project, map, {
    ...request,
    observer: recordEventLog(project, map, (logged) => writer.writeCase(logged)),
  });
  writer.end();
  return text;
}

describe('runEventLog', () => {
  const logRequest = (format: 'csv' | 'xes') => ({
    cases: request.cases,
    seed: request.seed,
    format,
    startDate: '2025-01-06',
  });

  it('streams the text the command line writes, in pieces, on a worker', async () => {
    // given a client with a stand-in worker
    const { client } = clientWith(2);
    const pieces: string[] = [];
    const shares: number[] = [];
    // when it writes the CSV and the XES event log of the current map
    const summary = await client.runEventLog(project, map.id, logRequest('csv'), {
      onText: (piece) => pieces.push(piece),
      onProgress: (s) => shares.push(s),
    });
    const xes: string[] = [];
    await client.runEventLog(project, map.id, logRequest('xes'), {
      onText: (piece) => xes.push(piece),
    });
    // then the pieces join into the CLI's log of all replications, byte for byte
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(cliLog('csv'));
    expect(xes.join('')).toBe(cliLog('xes'));
    // and the summary counts the cases in it, with progress up to 1
    const caseIds = new Set(
      pieces
        .join('')
        .split('\r\n')
        .slice(1, -1)
        .map((row) => row.split(',')[0]),
    );
    expect(summary.cases).toBe(caseIds.size);
    expect(summary.simulated).toBe(true);
    expect(shares.at(-1)).toBe(1);
    client.dispose();
  });

  it('writes the same log on the main thread where no worker can start', async () => {
    const client = createEngineClient({
      createWorker: () => {
        throw new Error('Worker is not defined');
      },
    });
    const pieces: string[] = [];
    await client.runEventLog(project, map.id, logRequest('csv'), {
      onText: (piece) => pieces.push(piece),
    });
    expect(pieces.join('')).toBe(cliLog('csv'));
  });

  it('rejects with an AbortError on cancel and stops its worker', async () => {
    const { client, started } = clientWith(1);
    const controller = new AbortController();
    const run = client.runEventLog(project, map.id, logRequest('xes'), {
      onText: () => controller.abort(),
      signal: controller.signal,
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(started.every((s) => s.terminated())).toBe(true);
  });
});

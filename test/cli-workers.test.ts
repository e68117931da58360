/**
 * `flowcase simulate --workers N` run in-process, with stand-in threads that run the
 * threads' own code in this thread (cli/src/testing/in-thread.ts): the same bytes as one
 * thread, progress across threads, and a crashed thread in one sentence with exit 1. Real
 * threads over the built bundle are tested in test/cli-bundle.test.ts.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { serializeProject } from '../shared/model';
import { findSample } from '../shared/samples';
import { crashingThreads, startInThread } from '../cli/src/testing/in-thread';
import { runCli } from '../cli/src/testing/run-in-process';
import type { StartThread } from '../cli/src/simulate-threads';

let file = '';
beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'flowcase-workers-'));
  file = join(dir, 'invoices.flowcase');
  writeFileSync(file, serializeProject(findSample('invoice-processing')!.project));
});

const simulate = (workers: number, extra: string[] = []) => [
  'simulate',
  file,
  '--cases',
  '9000',
  '--replications',
  '5',
  '--seed',
  '11',
  '--workers',
  String(workers),
  '--json',
  ...extra,
];

describe('flowcase simulate --workers', () => {
  it('prints the same bytes on 2 and 3 threads as on 1', async () => {
    // given the invoice sample and five replications
    const threads = { start: startInThread, cores: 2 };
    const one = await runCli(simulate(1), { threads, timeoutMs: 60_000 });
    // when they run over two and over three threads
    const two = await runCli(simulate(2), { threads, timeoutMs: 60_000 });
    const three = await runCli(simulate(3), { threads, timeoutMs: 60_000 });
    // then every run exits 0 and prints exactly what one thread prints
    expect(one.status, one.stderr).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(three.stdout).toBe(one.stdout);
    expect(two.status).toBe(0);
  }, 120_000);

  it('uses the cores by default and shows progress across the threads', async () => {
    // given a clock that moves half a second per reading, and a terminal watching
    let t = 0;
    let started = 0;
    const start: StartThread = (data) => {
      started += 1;
      return startInThread(data);
    };
    // when no --workers is given on a machine with three cores
    const run = await runCli(simulate(2).slice(0, -3).concat('--json'), {
      threads: { start, cores: 3 },
      terminal: true,
      now: () => (t += 500),
      timeoutMs: 60_000,
    });
    // then it ran on three threads, and the progress line rose and was cleared at the end
    expect(run.status, run.stderr).toBe(0);
    expect(started).toBe(3);
    const percents = run.progress
      .filter((line) => line !== '')
      .map((line) => Number(/(\d+) %/.exec(line)?.[1]));
    expect(percents.length).toBeGreaterThan(1);
    percents.forEach((p, i) => expect(p).toBeGreaterThanOrEqual(percents[i - 1] ?? 0));
    expect(run.progress.at(-1)).toBe('');
  }, 60_000);

  it('says in one sentence that a thread crashed, exits 1 and prints no stack', async () => {
    // given threads of which the second crashes on its first replication
    const threads = {
      start: crashingThreads(1, new Error('out of memory\n    at run (x.js:1)')),
      cores: 2,
    };
    // when the simulation runs on them
    const run = await runCli(simulate(2), { threads, timeoutMs: 60_000 });
    // then it stops with exit 1, one line naming the thread and why, and no result
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'error: the simulation stopped: worker thread 2 of 2 failed: out of memory. Run it again; ' +
        'with --workers 1 it runs in this process instead.\n',
    );
  }, 60_000);

  it('refuses a number of workers that is not a whole number from 1', async () => {
    const run = await runCli(simulate(0));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--workers must be a whole number from 1 to 256');
  });
});

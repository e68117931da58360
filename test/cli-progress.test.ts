/**
 * Long runs say how far they are (issue 8, "Long runs without a word"): on a terminal,
 * `simulate` and `roi` show the share done and the time left on the progress line of
 * standard error, then clear it; never on standard output, never where standard error is
 * not a terminal. The clock is a fake that moves 700 ms each time it is read, so the runs
 * look long without taking long.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRunOptions } from '../cli/src/testing/run-in-process';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MM1 = join(ROOT, 'test', 'fixtures', 'models', 'mm1.flowcase');

/** A clock that moves `stepMs` each time it is read: every report looks later than the last. */
function slowClock(stepMs: number): () => number {
  let ms = 0;
  return () => (ms += stepMs);
}

const onTerminal = (): CliRunOptions => ({
  terminal: true,
  now: slowClock(700),
  timeoutMs: 60_000,
});

let dir = '';
let sample = '';
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'flowcase-progress-'));
  sample = join(dir, 'ap.flowcase');
  expect((await runCli(['sample', 'invoice-processing', '-o', sample])).status).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LINE = (label: string) =>
  new RegExp(`^${label}: \\d{1,2} % — (a few seconds|about \\d+ (s|min|h)) left$`);

describe('progress on a terminal', { timeout: 60_000 }, () => {
  it('simulate shows the share done and the time left, then clears the line', async () => {
    // given a terminal and a simulation that reports progress several times
    // when it runs with --json
    const run = await runCli(
      ['simulate', MM1, '--cases', '100000', '--replications', '3', '--json'],
      onTerminal(),
    );
    // then the progress line counted up with the time left and was cleared at the end,
    // and standard output holds only the JSON
    expect(run.status, run.stderr).toBe(0);
    const shown = run.progress.filter((line) => line !== '');
    expect(shown.length).toBeGreaterThan(1);
    for (const line of shown) expect(line).toMatch(LINE('Simulating Single station'));
    expect(run.progress.at(-1)).toBe('');
    expect(run.stdout).not.toContain('Simulating');
    expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
    expect(run.stderr).toBe('');
  });

  it('roi shows the progress of Monte Carlo, then clears the line', async () => {
    // given a terminal and the AP sample / when roi runs 20 000 samples
    const run = await runCli(['roi', sample, '--samples', '20000'], onTerminal());
    // then Monte Carlo's progress was shown and cleared
    expect(run.status, run.stderr).toBe(0);
    const shown = run.progress.filter((line) => line !== '');
    expect(shown.length).toBeGreaterThan(1);
    for (const line of shown) expect(line).toMatch(LINE('Monte Carlo for .+'));
    expect(run.progress.at(-1)).toBe('');
    expect(run.stdout).not.toContain('Monte Carlo for');
  });

  it('shows nothing where standard error is not a terminal', async () => {
    // given standard error redirected (no progress line) and the same slow clock
    const options = { now: slowClock(700), timeoutMs: 60_000 };
    // when both commands run
    const simulate = await runCli(['simulate', MM1, '--cases', '100000', '--json'], options);
    const roi = await runCli(['roi', sample, '--samples', '20000', '--json'], options);
    // then no progress reached either stream
    for (const run of [simulate, roi]) {
      expect(run.status, run.stderr).toBe(0);
      expect(run.progress).toEqual([]);
      expect(run.stderr).toBe('');
    }
  });
});

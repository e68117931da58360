/**
 * `flowcase simulate` end to end through the CLI (run in-process): the JSON shape scripts rely on,
 * the analytic figures against M/M/1 theory, determinism per seed, and clear errors.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/src/testing/run-in-process';

const root = fileURLToPath(new URL('..', import.meta.url));
const mm1 = `${root}test/fixtures/models/mm1.flowcase`;

const cli = (args: string[]) => runCli(args, { timeoutMs: 60_000 });

interface Report {
  map: string;
  stable: boolean;
  cases: number | null;
  replications: number | null;
  seed: number | null;
  warnings: string[];
  throughputPerHour: number;
  cycleTimeHours: {
    mean: number | null;
    p50: number | null;
    p90: number | null;
    p95: number | null;
    ci95: [number, number] | null;
  };
  roles: { name: string; utilisation: number }[];
  steps: { name: string; visitsPerCase: number; meanWaitHours: number | null }[];
  costPerCase: number;
}

describe('flowcase simulate', () => {
  it('--analytic gives the M/M/1 answer: W = 5 h, Wq = 4 h, utilisation 0.8', async () => {
    // Given the single-station model with λ = 0.8/h and μ = 1/h
    const { status, stdout } = await cli(['simulate', mm1, '--analytic', '--json']);
    // Then the flow model's figures are the textbook ones
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(report.map).toBe('Single station');
    expect(report.stable).toBe(true);
    expect(report.cycleTimeHours.mean).toBeCloseTo(5, 9);
    expect(report.cycleTimeHours.p50).toBeNull();
    expect(report.roles).toEqual([
      expect.objectContaining({ name: 'Clerk', utilisation: expect.closeTo(0.8, 9) as number }),
    ]);
    expect(report.steps.find((s) => s.name === 'Handle case')?.meanWaitHours).toBeCloseTo(4, 9);
    expect(report.costPerCase).toBeCloseTo(40, 9);
  });

  it('--json carries every field scripts rely on, and the same seed gives the same bytes', async () => {
    const args = [
      'simulate',
      mm1,
      '--cases',
      '3000',
      '--replications',
      '3',
      '--seed',
      '7',
      '--json',
    ];
    const first = await cli(args);
    const second = await cli(args);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toBe(second.stdout);
    const report = JSON.parse(first.stdout) as Report;
    expect(report).toMatchObject({
      map: 'Single station',
      cases: 3000,
      replications: 3,
      seed: 7,
      stable: true,
    });
    const ct = report.cycleTimeHours;
    expect(ct.ci95?.[0]).toBeLessThanOrEqual(ct.mean ?? NaN);
    expect(ct.ci95?.[1]).toBeGreaterThanOrEqual(ct.mean ?? NaN);
    expect(ct.p50).toBeLessThanOrEqual(ct.p90 ?? NaN);
    expect(ct.p90).toBeLessThanOrEqual(ct.p95 ?? NaN);
    expect(report.throughputPerHour).toBeGreaterThan(0.6);
    expect(report.roles[0]?.name).toBe('Clerk');
    expect(report.steps.map((s) => s.name)).toEqual(['Arrive', 'Handle case', 'Done']);
    expect(typeof report.costPerCase).toBe('number');
  });

  it('flags an overloaded map in words, and --analytic never as if it had simulated', async () => {
    const analytic = await cli(['simulate', mm1, '--map', 'overloaded', '--analytic']);
    expect(analytic.status).toBe(0);
    expect(analytic.stdout).toContain('OVER CAPACITY');
    expect(analytic.stdout).not.toContain('UNSTABLE');
    expect(analytic.stdout).toContain(
      'Clerk is at 130 % of capacity — the queue grows without limit',
    );
    const simulated = await cli(['simulate', mm1, '--map', 'overloaded', '--cases', '2000']);
    expect(simulated.status).toBe(0);
    expect(simulated.stdout).toContain('UNSTABLE');
    expect(simulated.stdout).not.toMatch(/NaN|Infinity|∞/);
  });

  it('prints a readable table by default', async () => {
    const { status, stdout } = await cli([
      'simulate',
      mm1,
      '--cases',
      '2000',
      '--replications',
      '2',
    ]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/Cycle time, mean\s+\d/);
    expect(stdout).toMatch(/Clerk\s+\d+\.\d %/);
  });

  it('refuses bad options, unknown maps and invalid projects clearly', async () => {
    expect(await cli(['simulate', mm1, '--cases', 'many'])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining(
        '--cases must be a whole number from 1 to 10000000 (got "many")',
      ) as string,
    });
    expect(await cli(['simulate', mm1, '--warmup', '-1'])).toMatchObject({ status: 2 });
    expect(await cli(['simulate', mm1, '--map', 'Nowhere'])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining(
        'there is no map called "Nowhere"; the maps are "Single station", "Overloaded"',
      ) as string,
    });
    const invalid = await cli(['simulate', `${root}test/fixtures/bad/probabilities-95.flowcase`]);
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toMatch(/^error: .*add up to 95 %/m);
    expect(invalid.stderr).not.toMatch(/^\s+at /m);
  });
});

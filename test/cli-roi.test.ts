/**
 * `flowcase roi` end to end through the CLI (run in-process): the JSON fields scripts rely on,
 * the same seed giving the same bytes, and clear errors for a wrong scenario or options.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/src/testing/run-in-process';

let dir = '';
let sample = '';

const cli = (args: string[]) => runCli(args, { timeoutMs: 60_000 });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'flowcase-roi-'));
  sample = join(dir, 'ap.flowcase');
  expect((await cli(['sample', 'invoice-processing', '-o', sample])).status).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Report {
  scenario: string;
  horizonMonths: number;
  discountRateAnnual: number;
  npv: number;
  irrAnnual: number | null;
  paybackMonth: number | null;
  roiPercent: number | null;
  monthly: { month: number; benefit: number; cost: number; net: number; cumulative: number }[];
  monteCarlo: {
    samples: number;
    npv: { p10: number; p50: number; p90: number };
    paybackMonth: { p10: number | null; p50: number | null; p90: number | null };
    probNpvPositive: number;
  } | null;
  tornado: { input: string; low: number; high: number }[];
  readiness: { rule: string; severity: string; subject: string; message: string }[];
}

describe('flowcase roi', () => {
  it('--json carries the business case, Monte Carlo, tornado and readiness; the same seed gives the same bytes', async () => {
    // Given the AP sample and its second scenario, chosen by name
    const args = [
      'roi',
      sample,
      '--scenario',
      'Touchless with QA sampling',
      '--samples',
      '2000',
      '--seed',
      '3',
      '--json',
    ];
    const first = await cli(args);
    expect(first.status, first.stderr).toBe(0);
    expect((await cli(args)).stdout).toBe(first.stdout);
    const r = JSON.parse(first.stdout) as Report;
    // Then every field is there, and consistent
    expect(r.scenario).toBe('Touchless with QA sampling');
    expect(r.horizonMonths).toBe(36);
    expect(r.discountRateAnnual).toBe(0.08);
    expect(r.monthly).toHaveLength(36);
    expect(r.monthly[35]?.cumulative).toBeCloseTo(
      r.monthly.reduce((s, m) => s + m.net, 0),
      3,
    );
    expect(typeof r.npv).toBe('number');
    expect(r.paybackMonth === null || r.paybackMonth >= 1).toBe(true);
    expect(r.monteCarlo?.samples).toBe(2000);
    const mc = r.monteCarlo;
    expect(mc && mc.npv.p10 <= mc.npv.p50 && mc.npv.p50 <= mc.npv.p90).toBe(true);
    expect(mc?.probNpvPositive).toBeGreaterThanOrEqual(0);
    expect(mc?.probNpvPositive).toBeLessThanOrEqual(1);
    expect(r.tornado.length).toBeGreaterThan(5);
    const swing = (b: { low: number; high: number }) => Math.abs(b.high - b.low);
    for (let i = 1; i < r.tornado.length; i++)
      expect(swing(r.tornado[i - 1] as Report['tornado'][number])).toBeGreaterThanOrEqual(
        swing(r.tornado[i] as Report['tornado'][number]),
      );
    expect(
      r.readiness.every(
        (f) => ['blocker', 'risk', 'note'].includes(f.severity) && f.message.length > 0,
      ),
    ).toBe(true);
  });

  it('prints a readable summary, and skips Monte Carlo with --samples 0', async () => {
    const text = await cli(['roi', sample, '--samples', '0']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^NPV\s+-?[\d,]+ EUR$/m);
    expect(text.stdout).toMatch(/^Payback\s+(month \d+|not within the horizon)$/m);
    expect(text.stdout).not.toContain('Uncertainty');
    const json = JSON.parse(
      (await cli(['roi', sample, '--samples', '0', '--json'])).stdout,
    ) as Report;
    expect(json.monteCarlo).toBeNull();
  });

  it('refuses an unknown scenario, bad options and a project without targets', async () => {
    expect(await cli(['roi', sample, '--scenario', 'Nowhere'])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('there is no target map called "Nowhere"') as string,
    });
    expect(await cli(['roi', sample, '--sampling', 'normal'])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--sampling must be triangular or pert') as string,
    });
    const noTargets = join(dir, 'no-targets.flowcase');
    const project = JSON.parse((await cli(['sample', 'invoice-processing'])).stdout) as {
      maps: { targets: unknown[] };
      ranges: { path: string }[];
    };
    project.maps.targets = [];
    project.ranges = project.ranges.filter((r) => !r.path.startsWith('maps.targets'));
    writeFileSync(noTargets, JSON.stringify(project));
    expect(await cli(['roi', noTargets])).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('the project has no target map') as string,
    });
  });
});

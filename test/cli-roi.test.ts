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

/** The parts of a sample project file the tests below edit. */
interface SampleProject {
  finance: { horizonMonths: number };
  maps: { targets: { steps: { id: string; costPerEscapedError?: number }[] }[] };
}

interface Report {
  scenario: string;
  breakEvenAutomationRate: number | null;
  breakEvenAutomationRateUpper: number | null;
  breakEvenDirection: string | null;
  breakEvenSummary: string;
  totalCost: number;
  oneOffCosts: { total: number };
  outsideHorizon: { oneOffCost: number; message: string } | null;
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

  /** The AP sample changed by `edit`, written to a file of its own. */
  async function edited(name: string, edit: (project: SampleProject) => void): Promise<string> {
    const project = JSON.parse(
      (await cli(['sample', 'invoice-processing'])).stdout,
    ) as SampleProject;
    edit(project);
    const file = join(dir, name);
    writeFileSync(file, JSON.stringify(project));
    return file;
  }

  it('states the break-even automation rate, its direction and a sentence, in JSON and in the summary', async () => {
    // Given the AP sample: its NPV stays positive at every automation rate
    const json = JSON.parse(
      (await cli(['roi', sample, '--samples', '0', '--json'])).stdout,
    ) as Report;
    expect(json).toMatchObject({
      breakEvenDirection: 'all',
      breakEvenAutomationRate: null,
      breakEvenAutomationRateUpper: null,
    });
    expect(json.breakEvenSummary).toContain("does not hinge on the model's automation rate");
    const text = (await cli(['roi', sample, '--samples', '0'])).stdout;
    expect(text).toMatch(/^Break-even automation rate\s+none needed: NPV >= 0 at every rate$/m);
    expect(text).toContain('The NPV stays at or above zero at every automation rate');

    // And when each escaped match error costs EUR 250, more automation loses money: the NPV
    // is positive only up to a rate, which the summary row and the sentence both give
    const costly = await edited('costly-errors.flowcase', (project) => {
      const match = project.maps.targets[0]?.steps.find((s) => s.id === 'ai-match');
      if (match === undefined) throw new Error('the AP sample has an AI match step');
      match.costPerEscapedError = 250;
    });
    const result = JSON.parse(
      (await cli(['roi', costly, '--samples', '0', '--json'])).stdout,
    ) as Report;
    expect(result.breakEvenDirection).toBe('up-to');
    const rate = result.breakEvenAutomationRate as number;
    expect(rate).toBeGreaterThan(0);
    expect(rate).toBeLessThan(0.78);
    const percent = (rate * 100).toFixed(1);
    expect(result.breakEvenSummary).toContain(`breaks even at an automation rate of ${percent} %`);
    expect((await cli(['roi', costly, '--samples', '0'])).stdout).toMatch(
      new RegExp(
        `^Break-even automation rate\\s+${percent} % \\(NPV >= 0 up to this rate\\)$`,
        'm',
      ),
    );
  });

  it('says which costs and benefits fall outside a horizon that ends before go-live', async () => {
    // Given the AP sample's first scenario (go-live after month 9, one-off costs 540 000 spread
    // over 9 months: 60 000 a month) with a 6-month horizon
    const short = await edited('short-horizon.flowcase', (project) => {
      project.finance.horizonMonths = 6;
    });
    const r = JSON.parse((await cli(['roi', short, '--samples', '0', '--json'])).stdout) as Report;
    // Then 6 x 60 000 = 360 000 is charged, 180 000 falls outside, and it says so
    expect(r.oneOffCosts.total).toBeCloseTo(540_000, 6);
    expect(r.totalCost).toBeCloseTo(360_000, 6);
    expect(r.outsideHorizon).toEqual({
      oneOffCost: 180_000,
      message:
        'Go-live is planned after month 9 but the horizon ends at month 6: €180,000 of the ' +
        '€540,000 one-off costs (months 7 to 9 of the build) and every benefit and running ' +
        'cost after go-live fall outside it, so the business case shows part of the build only.',
    });
    expect(r.readiness).toContainEqual(
      expect.objectContaining({ rule: 'go-live-after-horizon', severity: 'blocker' }),
    );
    expect((await cli(['roi', short, '--samples', '0'])).stdout).toContain(
      '! Go-live is planned after month 9 but the horizon ends at month 6',
    );
    // And with the sample's own 36 months nothing falls outside
    const full = JSON.parse(
      (await cli(['roi', sample, '--samples', '0', '--json'])).stdout,
    ) as Report;
    expect(full.outsideHorizon).toBeNull();
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

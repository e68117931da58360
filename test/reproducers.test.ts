/**
 * The files that made the command line hang, contradict itself or print numbers that mean
 * nothing (issue 8's fuzzing run), each run through the built command in a process of its own
 * that is killed after 10 s: every one must finish in time with a sentence, never a stack
 * trace, NaN or Infinity.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalProject, withApprovalLoop } from '../shared/model/testing/minimal-project';
import type { Project } from '../shared/model/schema';
import { ensureCurrentBundle, flowcase, type ProcessRun } from './support/cli-bundle';

let dir = '';
beforeAll(() => {
  ensureCurrentBundle();
  dir = mkdtempSync(join(tmpdir(), 'flowcase-reproducers-'));
}, 130_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The minimal project changed by `edit`, written to `name` in the test folder. */
function file(name: string, edit: (project: Project) => void): string {
  const project = minimalProject();
  edit(project);
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(project));
  return path;
}

/** The current map with a rework loop taken `back` of the time (`withApprovalLoop`). */
const rework = (back: number) => (project: Project) => void withApprovalLoop(project, back);

/** Nothing a person reads may hold a stack trace or a number that is not one. */
function expectPlain(run: ProcessRun): void {
  const text = run.stdout + run.stderr;
  expect(text).not.toMatch(/NaN|Infinity|∞|\n\s+at .+:\d+:\d+/);
}

const TEN_SECONDS = { timeout: 20_000 };

describe('reproducers that must end within 10 s, in words', () => {
  it('a rework loop taken 99.999 % of the time is refused before it runs', TEN_SECONDS, () => {
    const path = file('runaway.flowcase', rework(0.99999));
    const run = flowcase(['simulate', path, '--cases', '1000000', '--json']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { status: string; warnings: string[] };
    expect(report.status).toBe('refused');
    expect(report.warnings[0]).toMatch(
      /^A case goes through "Approve invoice" about 100,000 times/,
    );
  });

  it('a loop that can never be left: no simulation and no business case', TEN_SECONDS, () => {
    const path = file('trapped.flowcase', rework(1));
    const simulated = flowcase(['simulate', path]);
    expect(simulated.status).toBe(0);
    expect(simulated.stdout).toContain('NOT SIMULATED');
    expect(simulated.stdout).not.toContain('UNSTABLE');
    const roi = flowcase(['roi', path]);
    expect(roi.status).toBe(0);
    expect(roi.stdout).toContain('NO BUSINESS CASE');
    expect(roi.stdout).toMatch(/Cases that reach "Approved\?" can never\s+finish/);
    expectPlain(simulated);
    expectPlain(roi);
  });

  it('a range on a headcount up to 1e12 is refused by validation, naming it', TEN_SECONDS, () => {
    const path = file('headcount-range.flowcase', (p) => {
      p.ranges = [{ path: 'roles.clerk.headcount', low: 1, likely: 3, high: 1e12, label: '' }];
    });
    const run = flowcase(['roi', path]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/roles\.clerk\.headcount.*cannot be above 100,000/);
  });

  it(
    'a role at 19 million % leads the business case with that fact, not an NPV',
    TEN_SECONDS,
    () => {
      const path = file('overloaded.flowcase', (p) => {
        p.maps.current.demand.casesPerPeriod = 1e9;
      });
      const json = flowcase(['roi', path, '--json']);
      expect(json.status).toBe(0);
      const report = JSON.parse(json.stdout) as { npv: number | null; blockers: string[] };
      expect(report.npv).toBeNull();
      expect(report.blockers[0]).toMatch(
        /cannot handle its demand: AP clerk gets [\d,]+ times its capacity/,
      );
      const text = flowcase(['roi', path]);
      expect(text.stdout).toContain('NO BUSINESS CASE');
      expectPlain(text);
      const simulated = flowcase(['simulate', path, '--cases', '20000', '--replications', '2']);
      expect(simulated.stdout).toContain('UNSTABLE');
      expectPlain(simulated);
    },
  );

  it('a role with nobody in it shows no utilisation rather than 0 %', TEN_SECONDS, () => {
    const path = file('nobody.flowcase', (p) => {
      (p.roles[0] as Project['roles'][number]).headcount = 0;
    });
    const run = flowcase(['simulate', path, '--cases', '500', '--json']);
    const report = JSON.parse(run.stdout) as {
      roles: { id: string; utilisation: number | null }[];
      cycleTimeHours: { mean: number | null };
    };
    expect(report.roles.find((r) => r.id === 'clerk')?.utilisation).toBeNull();
    expect(report.cycleTimeHours.mean).toBeNull();
    expectPlain(flowcase(['simulate', path, '--cases', '500']));
  });

  it('reading a device gives up at once', TEN_SECONDS, () => {
    const run = flowcase(['validate', '/dev/urandom']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/not a project file/);
  });
});

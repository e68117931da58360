import { describe, expect, it } from 'vitest';
import { computeFlowModel as computeAny } from './flow-model';
import { solved } from './testing/solved';
import { erlangC, mmc } from './erlang';
import { minimalProject } from '../model/testing/minimal-project';
import type { AiStep, Flow, ProcessMap, Project, Step, TaskStep } from '../model/schema';
import { SAMPLES } from '../samples';
import { parseProject } from '../model/parse';

const at = { x: 0, y: 0 };
const flow = (from: string, to: string, probability: number | null = null): Flow => ({
  id: `${from}-${to}`,
  from,
  to,
  probability,
  label: '',
});
const bare = (
  id: string,
  kind: 'start' | 'end' | 'decision' | 'parallel-split' | 'parallel-join',
): Step => ({
  id,
  name: id,
  kind,
  position: at,
  notes: '',
});
const task = (
  id: string,
  roleId: string,
  minutes: number,
  extra: Partial<TaskStep> = {},
): TaskStep => ({
  id,
  name: id,
  kind: 'task',
  position: at,
  notes: '',
  roleId,
  handlingMinutes: { type: 'exponential', mean: minutes },
  waitMinutes: null,
  costPerCase: 0,
  systemIds: [],
  errorRate: 0,
  costPerError: 0,
  ...extra,
});

/** A project whose current map is `steps`/`flows`, demand `perDay` cases a day of 8 hours. */
function projectWith(
  steps: Step[],
  flows: Flow[],
  perDay: number,
  headcount = 1,
): { project: Project; map: ProcessMap } {
  const project = minimalProject();
  project.roles = [
    { id: 'clerk', name: 'AP clerk', headcount, costPerHour: 40 },
    { id: 'lead', name: 'AP lead', headcount: 50, costPerHour: 60 },
  ];
  project.calendar = { hoursPerDay: 8, daysPerYear: 250 };
  project.maps.current = {
    ...project.maps.current,
    demand: { casesPerPeriod: perDay, period: 'day', arrivals: 'poisson' },
    steps,
    flows,
  };
  const text = JSON.stringify(project);
  const parsed = parseProject(text);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.where}: ${i.message}`).join('\n'));
  return { project: parsed.project, map: parsed.project.maps.current };
}

/** The flow model of a map whose cases finish (every test map here). */
const computeFlowModel = (project: Project, map: ProcessMap) => solved(computeAny(project, map));

describe('erlang', () => {
  it('matches the textbook M/M/c example: c = 5, λ = 1/12 per s, μ = 1/48 per s', () => {
    // a = λ/μ = 4, ρ = 0.8. C(5,4) = [4^5/5! · 5] / [Σ_{k<5} 4^k/k! + 4^5/5! · 5] = 42.667 / (34.333 + 42.667) = 0.554113
    expect(erlangC(5, 4)).toBeCloseTo(42.6666667 / 77, 9);
    // Wq = C/(cμ − λ) = 0.554113 / (5/48 − 1/12) s = 26.5974 s; W = Wq + 48 = 5744/77 s.
    const q = mmc(5, 1 / 12, 48);
    expect(q.meanWait + 48).toBeCloseTo(5744 / 77, 9);
  });
});

describe('computeFlowModel', () => {
  it('M/M/1 with λ = 0.8/h and μ = 1/h: utilisation 0.8, Wq = 4 h, W = 5 h', () => {
    // Given one clerk doing 60-minute tasks for 6.4 cases a day of 8 hours (λ = 0.8/h)
    const { project, map } = projectWith(
      [bare('start', 'start'), task('work', 'clerk', 60), bare('end', 'end')],
      [flow('start', 'work'), flow('work', 'end')],
      6.4,
    );
    // When the flow model runs
    const result = computeFlowModel(project, map);
    // Then it gives the M/M/1 figures: ρ = λ/μ, Wq = ρ/(μ − λ), W = 1/(μ − λ)
    expect(result.roles[0]?.utilisation).toBeCloseTo(0.8, 12);
    expect(result.steps[1]?.queueWaitHours).toBeCloseTo(4, 12);
    expect(result.cycleTimeHoursEstimate).toBeCloseTo(5, 12);
    expect(result.workInProgressEstimate).toBeCloseTo(4, 12); // L = λW = 0.8 × 5
    expect(result.maxThroughputPerHour).toBeCloseTo(1, 12);
    expect(result.costPerCase.labour).toBeCloseTo(40, 12); // one hour at 40 an hour
    expect(result.stable).toBe(true);
  });

  it('counts visits through a rework loop exactly: 1 / (1 − p)', () => {
    // Given a check that sends 20 % of cases back to the task
    const { project, map } = projectWith(
      [
        bare('start', 'start'),
        task('work', 'clerk', 30),
        bare('ok', 'decision'),
        bare('end', 'end'),
      ],
      [flow('start', 'work'), flow('work', 'ok'), flow('ok', 'end', 0.8), flow('ok', 'work', 0.2)],
      4,
    );
    const result = computeFlowModel(project, map);
    // Then the task is visited 1 / 0.8 = 1.25 times per case, costing 1.25 × 0.5 h × 40
    expect(result.steps[1]?.visitsPerCase).toBeCloseTo(1.25, 12);
    expect(result.costPerCase.labour).toBeCloseTo(25, 12);
    // And the Jackson network answer: W = visits × time per visit, with λ_pool = 1.25 λ
    const lambda = 0.5;
    const pool = mmc(1, 1.25 * lambda, 0.5);
    expect(result.cycleTimeHoursEstimate).toBeCloseTo(1.25 * (pool.meanWait + 0.5), 12);
  });

  it('splits an AI step into fallback, model, review and escaped errors', () => {
    // Given an AI step: 90 % available, 80 % auto-accepted, 10 % QA sample, 2 % escaped at 150
    const ai: AiStep = {
      id: 'match',
      name: 'AI match',
      kind: 'ai',
      position: at,
      notes: '',
      systemIds: [],
      ownerRoleId: 'lead',
      availability: 0.9,
      latencyMinutes: { type: 'fixed', value: 0.5 },
      costPerCase: 0.1,
      automationRate: 0.8,
      reviewRoleId: 'clerk',
      reviewMinutes: { type: 'fixed', value: 6 },
      qaSampleRate: 0.1,
      escapedErrorRate: 0.02,
      costPerEscapedError: 150,
      fallbackRoleId: 'lead',
      fallbackMinutes: { type: 'fixed', value: 12 },
      driftPerMonth: 0,
      operatingPoints: [],
    };
    const { project, map } = projectWith(
      [bare('start', 'start'), ai, bare('end', 'end')],
      [flow('start', 'match'), flow('match', 'end')],
      8,
      2,
    );
    const result = computeFlowModel(project, map);
    // Then: reviewed = 0.9 × (0.2 + 0.8 × 0.1) = 0.252 of cases, 6 min each at 40 an hour
    const clerk = result.roles.find((r) => r.id === 'clerk');
    expect(clerk?.hoursPerCase).toBeCloseTo(0.252 * 0.1, 12);
    // Fallback = 10 % of cases, 12 min each, by the lead at 60 an hour
    const lead = result.roles.find((r) => r.id === 'lead');
    expect(lead?.hoursPerCase).toBeCloseTo(0.1 * 0.2, 12);
    expect(result.costPerCase.labour).toBeCloseTo(0.0252 * 40 + 0.02 * 60, 12);
    // AI cost only when the model runs; escaped errors 0.9 × 0.8 × 0.02 × 150 = 2.16
    expect(result.costPerCase.ai).toBeCloseTo(0.09, 12);
    expect(result.costPerCase.errors).toBeCloseTo(2.16, 12);
    expect(result.errorsPerCase).toBeCloseTo(0.0144, 12);
  });

  it('waits for the slowest branch of a parallel split', () => {
    // Given two branches of fixed 30 and 90 minutes, staffed so nobody queues (50 people)
    const fixed = (id: string, m: number) => ({
      ...task(id, 'lead', m),
      handlingMinutes: { type: 'fixed' as const, value: m },
    });
    const { project, map } = projectWith(
      [
        bare('start', 'start'),
        bare('split', 'parallel-split'),
        fixed('a', 30),
        fixed('b', 90),
        bare('join', 'parallel-join'),
        bare('end', 'end'),
      ],
      [
        flow('start', 'split'),
        flow('split', 'a'),
        flow('split', 'b'),
        flow('a', 'join'),
        flow('b', 'join'),
        flow('join', 'end'),
      ],
      1,
    );
    const result = computeFlowModel(project, map);
    // Then both branches are visited once, the join once, and the cycle is the longer branch
    expect(result.steps.map((s) => s.visitsPerCase)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(result.cycleTimeHoursEstimate).toBeCloseTo(1.5, 6);
    expect(result.touchHoursPerCase).toBeCloseTo(2, 12);
  });

  it('says in words when demand exceeds capacity, and gives no cycle time', () => {
    // Given 13 one-hour cases a day for one clerk working 8 hours
    const { project, map } = projectWith(
      [bare('start', 'start'), task('work', 'clerk', 60), bare('end', 'end')],
      [flow('start', 'work'), flow('work', 'end')],
      10.4,
    );
    const result = computeFlowModel(project, map);
    expect(result.stable).toBe(false);
    expect(result.warnings).toEqual([
      'AP clerk is at 130 % of capacity — the queue grows without limit',
    ]);
    expect(result.cycleTimeHoursEstimate).toBeNull();
    expect(result.throughputPerHour).toBeCloseTo(1, 12);
    expect(result.bottleneckRoleId).toBe('clerk');
  });

  it('says a role with next to no headcount gets far more than it can do, never "∞"', () => {
    // Given the same clerk at 1e-300 FTE (refused by validation, but the editor holds it)
    const { project, map } = projectWith(
      [bare('start', 'start'), task('work', 'clerk', 60), bare('end', 'end')],
      [flow('start', 'work'), flow('work', 'end')],
      10.4,
    );
    project.roles = project.roles.map((r) => (r.id === 'clerk' ? { ...r, headcount: 1e-300 } : r));
    const result = computeFlowModel(project, map);
    expect(result.warnings).toEqual([
      'AP clerk gets far more work than it could ever do — the queue grows without limit',
    ]);
  });

  it('adds wait time, non-labour cost and human errors per visit', () => {
    const { project, map } = projectWith(
      [
        bare('start', 'start'),
        task('work', 'lead', 10, {
          handlingMinutes: { type: 'triangular', min: 6, mode: 9, max: 15 },
          waitMinutes: { type: 'uniform', min: 60, max: 180 },
          costPerCase: 2.5,
          errorRate: 0.05,
          costPerError: 80,
        }),
        bare('end', 'end'),
      ],
      [flow('start', 'work'), flow('work', 'end')],
      1,
    );
    const result = computeFlowModel(project, map);
    // Triangular mean (6 + 9 + 15) / 3 = 10 min; wait mean 120 min holds nobody
    expect(result.touchHoursPerCase).toBeCloseTo(10 / 60, 12);
    expect(result.costPerCase.nonLabour).toBe(2.5);
    expect(result.costPerCase.errors).toBeCloseTo(4, 12);
    // Nobody queues among 50 people at this load, so the cycle is work plus wait
    expect(result.cycleTimeHoursEstimate).toBeCloseTo(130 / 60, 9);
  });

  it('runs on every sample map and finds them stable', () => {
    for (const sample of SAMPLES)
      for (const map of [sample.project.maps.current, ...sample.project.maps.targets]) {
        const result = computeFlowModel(sample.project, map);
        expect(result.stable, `${sample.slug} / ${map.name}`).toBe(true);
        expect(result.costPerCase.total).toBeGreaterThan(0);
        expect(result.cycleTimeHoursEstimate).toBeGreaterThan(0);
      }
  });
});

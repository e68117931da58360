/**
 * Property tests of the simulator over generated valid maps (issue 3, "Correctness"): it
 * never crashes, conserves cases (every counted arrival completes), never reports a
 * negative cost, time or count, orders its quantiles, keeps utilisation within capacity,
 * and gives byte-identical results for the same seed.
 *
 * The maps come from a generator of their own, smaller than `arbitraryProject`: blocks
 * valid by construction (task, AI step, rework loop, exclusive choice, parallel split/join)
 * over 1-3 roles, with the demand set from the flow model so that the busiest role runs at
 * 5-70 % of its headcount (stable by construction), and a few hundred cases per run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Distribution } from '../../model/distribution';
import type { AiStep, Flow, ProcessMap, Project, Role, Step, TaskStep } from '../../model/schema';
import { validateProject } from '../../model/parse';
import { hoursPerPeriod } from '../calendar';
import { computeFlowModel } from '../flow-model';
import { simulate } from './index';
import { steady } from './testing/steady';

/** Tenths of a minute up to `max` (no denormal durations: they only make absurd demand). */
const minutes = (max: number) => fc.integer({ min: 0, max: max * 10 }).map((x) => x / 10);
const share = fc.integer({ min: 0, max: 1000 }).map((x) => x / 1000);
const money = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((x) => x / 100);

const distribution: fc.Arbitrary<Distribution> = fc.oneof(
  minutes(60).map((value) => ({ type: 'fixed' as const, value })),
  fc.tuple(minutes(60), minutes(60)).map(([a, b]) => ({
    type: 'uniform' as const,
    min: Math.min(a, b),
    max: Math.max(a, b),
  })),
  fc.tuple(minutes(60), minutes(60), minutes(60)).map((xs) => {
    const [min, mode, max] = [...xs].sort((a, b) => a - b) as [number, number, number];
    return { type: 'triangular' as const, min, mode, max };
  }),
  minutes(60).map((mean) => ({ type: 'exponential' as const, mean })),
  fc.tuple(minutes(60), minutes(60)).map(([mean, sd]) => ({ type: 'normal' as const, mean, sd })),
  fc
    .tuple(
      minutes(60).map((mean) => Math.max(0.1, mean)),
      minutes(60),
    )
    .map(([mean, sd]) => ({ type: 'lognormal' as const, mean, sd })),
);

type Block = 'task' | 'ai' | 'rework' | 'choice' | 'parallel';
const at = { x: 0, y: 0 };

function taskArb(roleIds: string[]) {
  return fc.record({
    roleId: fc.constantFrom(...roleIds),
    handlingMinutes: distribution,
    waitMinutes: fc.option(distribution, { nil: null, freq: 3 }),
    costPerCase: money(10),
    errorRate: share.map((x) => x / 5),
    costPerError: money(500),
  });
}

function aiArb(roleIds: string[]) {
  const optionalRole = fc.option(fc.constantFrom(...roleIds), { nil: null, freq: 4 });
  return fc.record({
    availability: share,
    latencyMinutes: distribution,
    costPerCase: money(2),
    automationRate: share,
    reviewRoleId: optionalRole,
    reviewMinutes: distribution,
    qaSampleRate: share,
    escapedErrorRate: share.map((x) => x / 5),
    costPerEscapedError: money(500),
    fallbackRoleId: optionalRole,
    fallbackMinutes: distribution,
  });
}

/** A valid map: Start, 1-5 blocks, End. */
function mapArb(roleIds: string[]): fc.Arbitrary<Omit<ProcessMap, 'demand'>> {
  const task = taskArb(roleIds);
  const block = fc.tuple(
    fc.constantFrom<Block>('task', 'ai', 'rework', 'choice', 'parallel'),
    task,
    aiArb(roleIds),
    task,
    fc.integer({ min: 5, max: 95 }).map((x) => x / 100),
  );
  return fc.array(block, { minLength: 1, maxLength: 5 }).map((blocks) => {
    const steps: Step[] = [];
    const flows: Flow[] = [];
    const add = (
      step: Omit<TaskStep, 'id' | 'name'> | Omit<AiStep, 'id' | 'name'> | Step['kind'],
    ) => {
      const id = `s${steps.length}`;
      const fields = typeof step === 'string' ? { kind: step, position: at, notes: '' } : step;
      steps.push({ ...fields, id, name: id } as Step);
      return id;
    };
    const link = (from: string, to: string, probability: number | null = null): void => {
      flows.push({ id: `f${flows.length}`, from, to, probability, label: '' });
    };
    const taskFields = (t: {
      roleId: string;
      handlingMinutes: Distribution;
      waitMinutes: Distribution | null;
      costPerCase: number;
      errorRate: number;
      costPerError: number;
    }): Omit<TaskStep, 'id' | 'name'> => ({
      ...t,
      kind: 'task',
      position: at,
      notes: '',
      systemIds: [],
    });
    let last: string[] = [add('start')];
    const enter = (id: string): void => {
      for (const from of last) link(from, id);
    };
    for (const [kind, t, a, t2, p] of blocks) {
      switch (kind) {
        case 'task': {
          const id = add(taskFields(t));
          enter(id);
          last = [id];
          break;
        }
        case 'ai': {
          const id = add({
            ...a,
            kind: 'ai',
            position: at,
            notes: '',
            systemIds: [],
            ownerRoleId: null,
            driftPerMonth: 0,
            operatingPoints: [],
          });
          enter(id);
          last = [id];
          break;
        }
        case 'rework': {
          // Work, then a decision sending a share p back: 1/(1 - p) visits on average.
          const work = add(taskFields(t));
          const decide = add('decision');
          enter(work);
          link(work, decide);
          link(decide, work, p);
          const out = add(taskFields(t2));
          link(decide, out, 1 - p);
          last = [out];
          break;
        }
        case 'choice': {
          // An exclusive choice whose two branches meet again at the next step.
          const decide = add('decision');
          const left = add(taskFields(t));
          const right = add(taskFields(t2));
          enter(decide);
          link(decide, left, p);
          link(decide, right, 1 - p);
          last = [left, right];
          break;
        }
        case 'parallel': {
          const split = add('parallel-split');
          const left = add(taskFields(t));
          const right = add(taskFields(t2));
          const join = add('parallel-join');
          enter(split);
          link(split, left);
          link(split, right);
          link(left, join);
          link(right, join);
          last = [join];
          break;
        }
      }
    }
    enter(add('end'));
    return { id: 'current', name: 'Generated', description: '', steps, flows };
  });
}

const scenario = fc
  .integer({ min: 1, max: 3 })
  .chain((roleCount) => {
    const roleIds = Array.from({ length: roleCount }, (_, i) => `r${i}`);
    const role = (id: string): fc.Arbitrary<Role> =>
      fc.record({
        id: fc.constant(id),
        name: fc.constant(id),
        headcount: fc.constantFrom(0.4, 1, 1.5, 2, 3, 8),
        costPerHour: money(100),
      });
    return fc.record({
      roles: fc.tuple(...roleIds.map(role)),
      map: mapArb(roleIds),
      hoursPerDay: fc.constantFrom(1, 7.5, 8, 24),
      daysPerYear: fc.integer({ min: 1, max: 366 }),
      period: fc.constantFrom('day' as const, 'week' as const, 'month' as const, 'year' as const),
      arrivals: fc.constantFrom('poisson' as const, 'regular' as const),
      load: fc.integer({ min: 5, max: 70 }).map((x) => x / 100),
      uncappedRate: fc.integer({ min: 1, max: 200 }).map((x) => x / 10),
      cases: fc.integer({ min: 50, max: 400 }),
      replications: fc.integer({ min: 1, max: 3 }),
      warmupHours: fc.constantFrom(undefined, 0, 5),
      seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    });
  })
  .map((s) => {
    const calendar = { hoursPerDay: s.hoursPerDay, daysPerYear: s.daysPerYear };
    const periodHours = hoursPerPeriod(calendar, s.period);
    const project: Project = {
      schemaVersion: 1,
      name: 'Generated',
      description: '',
      currency: 'EUR',
      calendar,
      roles: s.roles,
      systems: [],
      maps: {
        current: {
          ...s.map,
          demand: { casesPerPeriod: periodHours, period: s.period, arrivals: s.arrivals },
        },
        targets: [],
      },
      finance: { horizonMonths: 12, discountRateAnnual: 0, volumeGrowthAnnual: 0 },
      ranges: [],
      formulas: [],
    };
    // The flow model says how many cases an hour the busiest role allows; run at `load` of
    // that, but never above `uncappedRate` (at most 20 an hour, so runs stay short in hours
    // of work as well as in events), which also covers maps where no role has work.
    const max = computeFlowModel(project, project.maps.current).maxThroughputPerHour;
    const rate = Math.min(s.load * max, s.uncappedRate);
    project.maps.current.demand.casesPerPeriod = rate * periodHours;
    const asked = {
      cases: s.cases,
      replications: s.replications,
      warmupHours: s.warmupHours,
      seed: s.seed,
    };
    // A run too short to measure returns at once with the fewest cases that would do: run that.
    const probe = simulate(project, project.maps.current, asked);
    const options = probe.runTooShort ? { ...asked, cases: probe.minimumCases } : asked;
    return { project, options };
  });

interface EstimateLike {
  mean: number;
  halfWidth: number;
  ci95: [number, number];
}
const isEstimate = (value: unknown): value is EstimateLike =>
  typeof value === 'object' &&
  value !== null &&
  'mean' in value &&
  'halfWidth' in value &&
  'ci95' in value &&
  typeof value.mean === 'number';

/** Every Estimate anywhere in `value`, with its path. */
function estimates(value: unknown, path = 'result'): [string, EstimateLike][] {
  if (isEstimate(value)) return [[path, value]];
  if (Array.isArray(value))
    return value.flatMap((item, i) => {
      const id = (item as { id?: unknown } | null)?.id;
      return estimates(item, `${path}[${typeof id === 'string' ? id : i}]`);
    });
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => estimates(item, `${path}.${key}`));
  return [];
}

const FC = { numRuns: 50, seed: 20_260_301, endOnFailure: true } as const;

describe('simulator properties over generated maps', { timeout: 60_000 }, () => {
  it('generated scenarios are valid and stable by construction', () => {
    // Given any generated scenario; when validated and run through the flow model;
    // then it has no issues and no role is at or over capacity.
    fc.assert(
      fc.property(scenario, ({ project }) => {
        const parsed = validateProject(JSON.parse(JSON.stringify(project)));
        expect(parsed.ok ? [] : parsed.issues).toEqual([]);
        expect(computeFlowModel(project, project.maps.current).stable).toBe(true);
      }),
      FC,
    );
  });

  it('no crash; conservation; nothing negative; ordered quantiles; determinism per seed', () => {
    fc.assert(
      fc.property(scenario, ({ project, options }) => {
        // Given a stable generated map; when it is simulated twice with the same seed;
        const map = project.maps.current;
        const result = steady(simulate(project, map, options));
        const again = simulate(project, map, options);

        // then the two runs are byte-identical (determinism per seed),
        expect(JSON.stringify(again)).toBe(JSON.stringify(result));

        // every arrival after the warm-up completes, in every replication (conservation:
        // the run drains, so cases in = cases out and no counted case is left in process),
        expect(result.casesCounted).toBeGreaterThan(0);
        expect(result.casesCompleted).toBe(result.casesCounted);

        // every estimate is a finite, non-negative mean inside its own interval,
        const all = estimates(result);
        expect(all.length).toBeGreaterThan(0);
        for (const [path, e] of all) {
          expect(Number.isFinite(e.mean), `${path}.mean = ${e.mean}`).toBe(true);
          expect(e.mean, path).toBeGreaterThanOrEqual(0);
          expect(e.halfWidth, `${path}.halfWidth`).toBeGreaterThanOrEqual(0);
          const slack = 1e-9 * Math.max(1, Math.abs(e.mean));
          expect(e.ci95[0], `${path}.ci95`).toBeLessThanOrEqual(e.mean + slack);
          expect(e.ci95[1], `${path}.ci95`).toBeGreaterThanOrEqual(e.mean - slack);
        }

        // the cycle-time quantiles are ordered,
        const ct = result.cycleTimeHours;
        expect(ct.p50.mean).toBeLessThanOrEqual(ct.p90.mean);
        expect(ct.p90.mean).toBeLessThanOrEqual(ct.p95.mean);

        // no pool is busier than its servers,
        for (const role of result.roles)
          expect(role.utilisation.mean, `utilisation of ${role.id}`).toBeLessThanOrEqual(1 + 1e-9);

        // and the total cost is the sum of its parts.
        const c = result.costPerCase;
        const parts = c.labour.mean + c.nonLabour.mean + c.ai.mean + c.errors.mean;
        expect(Math.abs(c.total.mean - parts)).toBeLessThanOrEqual(1e-9 * Math.max(1, parts));
      }),
      FC,
    );
  });
});

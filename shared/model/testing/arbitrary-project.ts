/**
 * fast-check generators of valid projects, for property tests of the file format and the
 * engines. Maps are built from blocks that are valid by construction: tasks, AI steps,
 * rework loops (a decision sending a share back) and parallel split/join pairs.
 * Test-only: nothing in the app imports this file.
 */
import fc from 'fast-check';
import type { Distribution } from '../distribution';
import type {
  Flow,
  ProcessMap,
  Project,
  Role,
  ScenarioPlan,
  Step,
  System,
  TargetMap,
} from '../schema';
import { ACCESS_MODES, DATA_QUALITIES, NAME_CHARACTERS, SYSTEM_KINDS } from '../schema';

const name = fc
  .string({ minLength: 1, maxLength: 24, unit: 'grapheme' })
  .filter((s) => /\S/.test(s) && NAME_CHARACTERS.test(s));
const minutes = fc.double({ min: 0, max: 600, noNaN: true });
const money = fc.double({ min: 0, max: 1e6, noNaN: true });
const share = fc.double({ min: 0, max: 1, noNaN: true });

export const arbitraryDistribution: fc.Arbitrary<Distribution> = fc.oneof(
  minutes.map((value) => ({ type: 'fixed' as const, value })),
  fc.tuple(minutes, minutes).map(([a, b]) => ({
    type: 'uniform' as const,
    min: Math.min(a, b),
    max: Math.max(a, b),
  })),
  fc.tuple(minutes, minutes, minutes).map((xs) => {
    const [min, mode, max] = [...xs].sort((a, b) => a - b) as [number, number, number];
    return { type: 'triangular' as const, min, mode, max };
  }),
  minutes.map((mean) => ({ type: 'exponential' as const, mean })),
  fc.tuple(minutes, minutes).map(([mean, sd]) => ({ type: 'normal' as const, mean, sd })),
  fc
    .tuple(fc.double({ min: 0.1, max: 600, noNaN: true }), minutes)
    .map(([mean, sd]) => ({ type: 'lognormal' as const, mean, sd })),
);

const arbitraryRole = (i: number): fc.Arbitrary<Role> =>
  fc.record({
    id: fc.constant(`role-${i}`),
    name,
    // Nobody, or at least a hundredth of a person (MIN_HEADCOUNT in semantics.ts).
    headcount: fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 200, noNaN: true })),
    costPerHour: fc.double({ min: 0, max: 500, noNaN: true }),
  });

const arbitrarySystem = (i: number): fc.Arbitrary<System> =>
  fc.record({
    id: fc.constant(`sys-${i}`),
    name,
    kind: fc.constantFrom(...SYSTEM_KINDS),
    access: fc.constantFrom(...ACCESS_MODES),
    dataQuality: fc.constantFrom(...DATA_QUALITIES),
    integrationCost: fc.option(money, { nil: null }),
    maintenanceCostPerYear: fc.option(money, { nil: null }),
  });

type Block = 'task' | 'ai' | 'rework' | 'parallel';

interface Pools {
  roleIds: string[];
  systemIds: string[];
}

function arbitrarySteps(pools: Pools, prefix: string) {
  const roleId = fc.constantFrom(...pools.roleIds);
  const optionalRole = fc.option(roleId, { nil: null });
  const systems = pools.systemIds.length
    ? fc.uniqueArray(fc.constantFrom(...pools.systemIds), { maxLength: 2 })
    : fc.constant<string[]>([]);
  const position = fc.record({
    x: fc.integer({ min: -5000, max: 5000 }),
    y: fc.integer({ min: -5000, max: 5000 }),
  });
  const task = fc.record({
    name,
    position,
    notes: fc.string({ maxLength: 40 }),
    kind: fc.constant('task' as const),
    roleId,
    handlingMinutes: arbitraryDistribution,
    waitMinutes: fc.option(arbitraryDistribution, { nil: null }),
    costPerCase: money,
    systemIds: systems,
    errorRate: share,
    costPerError: money,
  });
  const ai = fc.record({
    name,
    position,
    notes: fc.constant(''),
    kind: fc.constant('ai' as const),
    systemIds: systems,
    ownerRoleId: optionalRole,
    availability: share,
    latencyMinutes: arbitraryDistribution,
    costPerCase: money,
    automationRate: share,
    reviewRoleId: optionalRole,
    reviewMinutes: arbitraryDistribution,
    qaSampleRate: share,
    escapedErrorRate: share,
    costPerEscapedError: money,
    fallbackRoleId: optionalRole,
    fallbackMinutes: arbitraryDistribution,
    driftPerMonth: fc.double({ min: 0, max: 0.1, noNaN: true }),
    operatingPoints: fc.array(
      fc.record({ threshold: share, automationRate: share, escapedErrorRate: share }),
      { maxLength: 3 },
    ),
  });
  const block = fc.constantFrom<Block>('task', 'ai', 'rework', 'parallel');
  return fc
    .tuple(
      fc.array(fc.tuple(block, task, ai, task, share), { minLength: 1, maxLength: 6 }),
      position,
    )
    .map(([blocks, pos]) => {
      const steps: Step[] = [];
      const flows: Flow[] = [];
      let n = 0;
      const add = (step: Omit<Step, 'id'>): string => {
        const id = `${prefix}s${n++}`;
        steps.push({ ...step, id } as Step);
        return id;
      };
      const link = (from: string, to: string, probability: number | null = null): void => {
        flows.push({ id: `${prefix}f${flows.length}`, from, to, probability, label: '' });
      };
      const bare = (kind: 'start' | 'end' | 'decision' | 'parallel-split' | 'parallel-join') =>
        ({ kind, name: kind, position: pos, notes: '' }) as Omit<Step, 'id'>;
      let last = add(bare('start'));
      for (const [kind, t, a, t2, p] of blocks) {
        switch (kind) {
          case 'task':
          case 'ai': {
            const id = add(kind === 'task' ? t : a);
            link(last, id);
            last = id;
            break;
          }
          case 'rework': {
            const work = add(t);
            const decide = add(bare('decision'));
            link(last, work);
            link(work, decide);
            // At least 5 % leave the loop, so every case finishes.
            link(decide, work, 1 - Math.max(p, 0.05));
            last = decide;
            break;
          }
          case 'parallel': {
            const split = add(bare('parallel-split'));
            const left = add(t);
            const right = add(t2);
            const join = add(bare('parallel-join'));
            link(last, split);
            link(split, left);
            link(split, right);
            link(left, join);
            link(right, join);
            last = join;
            break;
          }
        }
      }
      const end = add(bare('end'));
      link(last, end);
      // A decision's onward flow is created by the block after it; give it its probability.
      for (const flow of flows) {
        const from = steps.find((s) => s.id === flow.from);
        if (from?.kind === 'decision' && flow.probability === null) {
          const back = flows.find((f) => f.from === flow.from && f !== flow);
          flow.probability = 1 - (back?.probability ?? 0);
        }
      }
      return { steps, flows };
    });
}

const plan: fc.Arbitrary<ScenarioPlan> = fc.record({
  monthsToGoLive: fc.integer({ min: 0, max: 36 }),
  dataPreparationCost: money,
  changeManagementCost: money,
  trainingCost: money,
  otherOneOffCost: money,
  contingencyShare: share,
  platformCostPerMonth: money,
  monitoringCostPerMonth: money,
  retrainingCost: money,
  retrainEveryMonths: fc.option(fc.integer({ min: 1, max: 24 }), { nil: null }),
  integrationMaintenanceShare: share,
  adoption: fc.record({
    startShare: share,
    steadyShare: share,
    monthsToSteady: fc.integer({ min: 0, max: 24 }),
    curve: fc.constantFrom('linear' as const, 's-curve' as const),
  }),
  labourSavings: fc.constantFrom('cash' as const, 'freed-capacity' as const),
  freedCapacityValueShare: share,
});

function arbitraryMap(pools: Pools, id: string): fc.Arbitrary<ProcessMap> {
  return fc
    .record({
      name,
      description: fc.string({ maxLength: 60 }),
      demand: fc.record({
        casesPerPeriod: fc.double({ min: 0, max: 1e5, noNaN: true }),
        period: fc.constantFrom('day' as const, 'week' as const, 'month' as const, 'year' as const),
        arrivals: fc.constantFrom('poisson' as const, 'regular' as const),
      }),
      graph: arbitrarySteps(pools, `${id}-`),
    })
    .map(({ graph, ...rest }) => ({ id, ...rest, ...graph }));
}

/** A valid project with 1-4 roles, 0-3 systems, a current map and 0-2 target maps. */
export const arbitraryProject: fc.Arbitrary<Project> = fc
  .tuple(
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 0, max: 3 }),
    fc.integer({ min: 0, max: 2 }),
  )
  .chain(([roleCount, systemCount, targetCount]) => {
    const pools: Pools = {
      roleIds: Array.from({ length: roleCount }, (_, i) => `role-${i}`),
      systemIds: Array.from({ length: systemCount }, (_, i) => `sys-${i}`),
    };
    const targets: fc.Arbitrary<TargetMap>[] = Array.from({ length: targetCount }, (_, i) =>
      fc.tuple(arbitraryMap(pools, `target-${i}`), plan).map(([map, p]) => ({ ...map, plan: p })),
    );
    const likelyTriple = fc
      .tuple(
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
      )
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
    return fc.record({
      schemaVersion: fc.constant(1 as const),
      name,
      description: fc.string({ maxLength: 80 }),
      currency: fc.constantFrom('EUR', 'USD', 'GBP', 'CHF'),
      calendar: fc.record({
        hoursPerDay: fc.double({ min: 0.5, max: 24, noNaN: true }),
        daysPerYear: fc.integer({ min: 1, max: 366 }),
      }),
      roles: fc.tuple(...pools.roleIds.map((_, i) => arbitraryRole(i))),
      systems: systemCount
        ? fc.tuple(...pools.systemIds.map((_, i) => arbitrarySystem(i)))
        : fc.constant([]),
      maps: fc.record({
        current: arbitraryMap(pools, 'current'),
        targets: targetCount ? fc.tuple(...targets) : fc.constant([]),
      }),
      finance: fc.record({
        horizonMonths: fc.integer({ min: 1, max: 120 }),
        discountRateAnnual: fc
          .double({ min: -0.5, max: 1, noNaN: true })
          .map((x) => (Object.is(x, -0) ? 0 : x)),
        volumeGrowthAnnual: fc
          .double({ min: -1, max: 10, noNaN: true })
          .map((x) => (Object.is(x, -0) ? 0 : x)),
      }),
      ranges: fc.array(
        fc
          .tuple(fc.integer({ min: 0, max: roleCount - 1 }), likelyTriple)
          .map(([i, [low, high]]) => ({
            path: `roles.role-${i}.costPerHour`,
            low,
            likely: low,
            high,
            label: '',
          })),
        { maxLength: 3 },
      ),
      formulas: fc.array(
        fc.record({
          id: fc.constant('f'),
          name,
          expression: fc.constant('casesPerMonth * 0.02'),
          kind: fc.constantFrom('kpi' as const, 'benefit' as const),
          unit: fc.constant(''),
        }),
        { maxLength: 1 },
      ),
    });
  });

/**
 * The benchmark's 200-step map for the flow model: a project with one current map of exactly
 * 200 steps over 10 roles.
 *
 * Shape: start -> 150 chain steps (every 15th an AI step with review and fallback) -> end.
 * After every 18th chain step a decision sends 15 % of cases to a rework step that loops back
 * 5 steps (8 loops, so the visits need the linear solve). After chain step 75 a parallel block
 * fans out to 10 branches of 3 tasks, one branch per role, and joins again.
 * Count: 1 start + 150 chain + 8 x (decision + rework) + split + 30 + join + 1 end = 200.
 * Demand and headcount keep every role below 100 % so the Erlang-C estimate is computed too.
 */
import type { Project, Step, Flow } from '../../shared/model/schema';
import {
  ai,
  branch,
  decision,
  end,
  flow,
  lognormal,
  parallelJoin,
  parallelSplit,
  start,
  task,
  triangular,
} from '../../shared/samples/build-helpers';

const ROLES = 10;
const CHAIN = 150;
const LOOP_EVERY = 18;
const LOOP_BACK = 5;
const SPLIT_AFTER = 75;
const BRANCH_LENGTH = 3;

const roleId = (i: number): string => `role-${i % ROLES}`;

export function flow200Project(): Project {
  const steps: Step[] = [];
  const flows: Flow[] = [];
  const chainId = (i: number): string => `c${i}`;

  steps.push(start('start', 'Case arrives', [0, 1]));
  for (let i = 1; i <= CHAIN; i++) {
    if (i % 15 === 0)
      steps.push(
        ai({
          id: chainId(i),
          name: `AI step ${i}`,
          cell: [i, 1],
          ownerRoleId: roleId(i + 1),
          availability: 0.98,
          latencyMinutes: lognormal(0.2, 0.1),
          costPerCase: 0.04,
          automationRate: 0.7,
          reviewRoleId: roleId(i),
          reviewMinutes: triangular(1, 2, 5),
          qaSampleRate: 0.05,
          escapedErrorRate: 0.02,
          costPerEscapedError: 40,
          fallbackRoleId: roleId(i),
          fallbackMinutes: triangular(4, 8, 15),
        }),
      );
    else
      steps.push(
        task({
          id: chainId(i),
          name: `Step ${i}`,
          cell: [i, 1],
          roleId: roleId(i),
          handlingMinutes: triangular(4, 8, 15),
          costPerCase: 0.1,
          errorRate: 0.01,
          costPerError: 25,
        }),
      );
  }
  steps.push(end('end', 'Case closed', [CHAIN + 1, 1]));

  // Main path, with decisions and the parallel block spliced in.
  flows.push(flow('start', chainId(1)));
  for (let i = 1; i < CHAIN; i++) {
    const from = chainId(i);
    const to = chainId(i + 1);
    if (i % LOOP_EVERY === 0) {
      const d = `d${i}`;
      const rework = `rw${i}`;
      steps.push(decision(d, `Check ${i}`, [i, 0]));
      steps.push(
        task({
          id: rework,
          name: `Rework ${i}`,
          cell: [i, 2],
          roleId: roleId(i + 3),
          handlingMinutes: triangular(3, 6, 12),
        }),
      );
      flows.push(flow(from, d));
      flows.push(branch(d, to, 0.85, 'OK'));
      flows.push(branch(d, rework, 0.15, 'Needs rework'));
      flows.push(flow(rework, chainId(i - LOOP_BACK)));
    } else if (i === SPLIT_AFTER) {
      steps.push(parallelSplit('split', 'Fan out', [i, 0]));
      steps.push(parallelJoin('join', 'All done', [i, 2]));
      flows.push(flow(from, 'split'));
      for (let r = 0; r < ROLES; r++) {
        const ids: string[] = [];
        for (let k = 1; k <= BRANCH_LENGTH; k++) {
          const id = `b${r}-${k}`;
          ids.push(id);
          steps.push(
            task({
              id,
              name: `Branch ${r} step ${k}`,
              cell: [i, 3 + r],
              roleId: roleId(r),
              handlingMinutes: triangular(2, 5, 10),
            }),
          );
        }
        flows.push(flow('split', ids[0] as string));
        for (let k = 1; k < ids.length; k++)
          flows.push(flow(ids[k - 1] as string, ids[k] as string));
        flows.push(flow(ids[ids.length - 1] as string, 'join'));
      }
      flows.push(flow('join', to));
    } else flows.push(flow(from, to));
  }
  flows.push(flow(chainId(CHAIN), 'end'));

  return {
    schemaVersion: 1,
    name: 'Benchmark: 200-step map',
    description: '',
    currency: 'EUR',
    calendar: { hoursPerDay: 8, daysPerYear: 220 },
    roles: Array.from({ length: ROLES }, (_, r) => ({
      id: roleId(r),
      name: `Role ${r}`,
      headcount: 15,
      costPerHour: 40 + r,
    })),
    systems: [],
    maps: {
      current: {
        id: 'current',
        name: '200 steps',
        description: '',
        demand: { casesPerPeriod: 100, period: 'week', arrivals: 'poisson' },
        steps,
        flows,
      },
      targets: [],
    },
    finance: { horizonMonths: 36, discountRateAnnual: 0.08, volumeGrowthAnnual: 0 },
    ranges: [],
    formulas: [],
  };
}

/**
 * A small project whose current map uses every step kind, for the simulator's tests: a
 * parallel split into two tasks and a join, a check with a 25 % rework loop, a task with a
 * wait, and an AI step with review, QA sampling, escaped errors and a fallback role.
 * Utilisation stays at or below 0.75 for every role. Test-only; returns a fresh project each call.
 */
import type { Project } from '../../../model/schema';
import {
  ai,
  branch,
  chain,
  decision,
  end,
  exponential,
  fixed,
  flow,
  lognormal,
  normal,
  parallelJoin,
  parallelSplit,
  start,
  task,
  triangular,
  uniform,
} from '../../../samples/build-helpers';

export function mixedProject(casesPerDay = 40): Project {
  return {
    schemaVersion: 1,
    name: 'Every step kind',
    description: '',
    currency: 'EUR',
    calendar: { hoursPerDay: 8, daysPerYear: 220 },
    roles: [
      { id: 'clerk', name: 'Clerk', headcount: 3, costPerHour: 40 },
      { id: 'expert', name: 'Expert', headcount: 2, costPerHour: 80 },
      { id: 'idle', name: 'Idle team', headcount: 1, costPerHour: 10 },
    ],
    systems: [],
    maps: {
      current: {
        id: 'mixed',
        name: 'Mixed',
        description: '',
        demand: { casesPerPeriod: casesPerDay, period: 'day', arrivals: 'poisson' },
        steps: [
          start('start', 'Start', [0, 1]),
          parallelSplit('split', 'Split', [1, 1]),
          task({
            id: 'a',
            name: 'Gather A',
            cell: [2, 0],
            roleId: 'clerk',
            handlingMinutes: triangular(5, 8, 15),
            costPerCase: 1.5,
            errorRate: 0.1,
            costPerError: 30,
          }),
          task({
            id: 'b',
            name: 'Gather B',
            cell: [2, 2],
            roleId: 'clerk',
            handlingMinutes: uniform(4, 10),
            waitMinutes: exponential(30),
          }),
          parallelJoin('join', 'Join', [3, 1]),
          task({
            id: 'check',
            name: 'Check',
            cell: [4, 1],
            roleId: 'expert',
            handlingMinutes: normal(12, 4),
          }),
          decision('ok', 'OK?', [5, 1]),
          ai({
            id: 'draft',
            name: 'AI draft',
            cell: [6, 1],
            ownerRoleId: 'expert',
            availability: 0.9,
            latencyMinutes: fixed(0.5),
            costPerCase: 0.2,
            automationRate: 0.7,
            reviewRoleId: 'expert',
            reviewMinutes: lognormal(6, 3),
            qaSampleRate: 0.1,
            escapedErrorRate: 0.05,
            costPerEscapedError: 100,
            fallbackRoleId: 'clerk',
            fallbackMinutes: exponential(20),
          }),
          end('end', 'End', [7, 1]),
        ],
        flows: [
          ...chain('start', 'split'),
          flow('split', 'a'),
          flow('split', 'b'),
          flow('a', 'join'),
          flow('b', 'join'),
          ...chain('join', 'check', 'ok'),
          branch('ok', 'draft', 0.75, 'yes'),
          branch('ok', 'check', 0.25, 'rework'),
          ...chain('draft', 'end'),
        ],
      },
      targets: [],
    },
    finance: { horizonMonths: 36, discountRateAnnual: 0.08, volumeGrowthAnnual: 0 },
    ranges: [],
    formulas: [],
  };
}

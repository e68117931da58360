/**
 * The benchmark model B50-P10 as a Flowcase project, shared by the simulator's tests and
 * `npm run bench`: `steps` tasks in series, task i worked by role `pool-(i mod pools)` of 5
 * people, exponential handling with mean 0.8 min (48 s), Poisson arrivals every 60 s on
 * average (480 cases per 8-hour day). Every pool is at utilisation 0.8 for 50 steps and 10
 * pools; the exact mean cycle time is then 50 x 5744/77 s = 3729.87 s = 1.0361 h (Erlang C).
 * Returns a fresh project each call; its current map is the benchmark map.
 */
import type { Project, Step } from '../../../model/schema';

export function b50Project(steps = 50, pools = 10): Project {
  const roles = Array.from({ length: pools }, (_, p) => ({
    id: `pool-${p}`,
    name: `Pool ${p}`,
    headcount: 5,
    costPerHour: 60,
  }));
  const position = (i: number) => ({ x: i * 220, y: 0 });
  const tasks: Step[] = Array.from({ length: steps }, (_, i) => ({
    id: `task-${i}`,
    name: `Task ${i}`,
    kind: 'task',
    position: position(i + 1),
    notes: '',
    roleId: `pool-${i % pools}`,
    handlingMinutes: { type: 'exponential', mean: 0.8 },
    waitMinutes: null,
    costPerCase: 0,
    systemIds: [],
    errorRate: 0,
    costPerError: 0,
  }));
  const ids = ['start', ...tasks.map((t) => t.id), 'end'];
  return {
    schemaVersion: 1,
    name: `B${steps}-P${pools}`,
    description: 'Benchmark: tasks in series over pools of 5 at utilisation 0.8.',
    currency: 'EUR',
    calendar: { hoursPerDay: 8, daysPerYear: 225 },
    roles,
    systems: [],
    maps: {
      current: {
        id: 'bench',
        name: `B${steps}-P${pools}`,
        description: '',
        demand: { casesPerPeriod: 480, period: 'day', arrivals: 'poisson' },
        steps: [
          { id: 'start', name: 'Start', kind: 'start', position: position(0), notes: '' },
          ...tasks,
          { id: 'end', name: 'End', kind: 'end', position: position(steps + 1), notes: '' },
        ],
        flows: ids.slice(1).map((to, i) => ({
          id: `f${i}`,
          from: ids[i] as string,
          to,
          probability: null,
          label: '',
        })),
      },
      targets: [],
    },
    finance: { horizonMonths: 36, discountRateAnnual: 0.08, volumeGrowthAnnual: 0 },
    ranges: [],
    formulas: [],
  };
}

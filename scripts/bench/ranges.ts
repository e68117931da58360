/**
 * Uncertainty ranges for the benchmark: a sample project's own ranges on one scenario,
 * extended with generated ones until there are `count` the scenario can use. Deterministic:
 * the same project, scenario and count always give the same ranges, in the same order.
 *
 * Generated ranges go from 0.8x to 1.3x the model's value (likely = the model's value), on the
 * current map's and the scenario's step costs, error rates and duration-distribution
 * parameters, the scenario's plan costs, and the roles' cost per hour. Shares (error rates)
 * are capped at 1; inputs whose value is 0 are left out (their range would be a point).
 */
import type { Project, Range, TargetMap } from '../../shared/model/schema';

const STEP_NUMBERS = ['costPerCase', 'costPerError', 'costPerEscapedError'];
const SHARES = new Set(['errorRate', 'escapedErrorRate']);
const DURATIONS = [
  'handlingMinutes',
  'waitMinutes',
  'latencyMinutes',
  'reviewMinutes',
  'fallbackMinutes',
];

function spread(path: string, value: number, share: boolean): Range {
  const high = share ? Math.min(1, value * 1.3) : value * 1.3;
  return { path, low: value * 0.8, likely: value, high, label: '' };
}

/** Candidate ranges, in a fixed order: roles, then the current map's steps, then the scenario's. */
function candidates(project: Project, target: TargetMap): Range[] {
  const out: Range[] = [];
  const add = (path: string, value: unknown, share = false): void => {
    if (typeof value === 'number' && Number.isFinite(value) && value > 0)
      out.push(spread(path, value, share));
  };
  for (const role of project.roles) add(`roles.${role.id}.costPerHour`, role.costPerHour);
  const maps: [string, Project['maps']['current']][] = [
    ['maps.current', project.maps.current],
    [`maps.targets.${target.id}`, target],
  ];
  for (const [prefix, map] of maps)
    for (const step of map.steps) {
      const fields = step as unknown as Record<string, unknown>;
      const at = `${prefix}.steps.${step.id}`;
      for (const key of STEP_NUMBERS) add(`${at}.${key}`, fields[key]);
      for (const key of SHARES) add(`${at}.${key}`, fields[key], true);
      for (const key of DURATIONS) {
        const d = fields[key];
        if (d === null || typeof d !== 'object') continue;
        for (const [param, value] of Object.entries(d as Record<string, unknown>))
          if (param !== 'type') add(`${at}.${key}.${param}`, value);
      }
    }
  for (const [key, value] of Object.entries(target.plan))
    if (key.endsWith('Cost') || key.endsWith('CostPerMonth'))
      add(`maps.targets.${target.id}.plan.${key}`, value);
  return out;
}

/**
 * `project` with `count` ranges on `target` (its own ranges on the target first, then generated
 * ones whose paths it does not range yet); throws when the project offers fewer inputs.
 */
export function withBenchRanges(project: Project, target: TargetMap, count: number): Project {
  const other = `maps.targets.`;
  const own = project.ranges.filter(
    (r) => !r.path.startsWith(other) || r.path.startsWith(`${other}${target.id}.`),
  );
  const taken = new Set(own.map((r) => r.path));
  const extra = candidates(project, target).filter((r) => !taken.has(r.path));
  const ranges = [...own, ...extra].slice(0, count);
  if (ranges.length < count)
    throw new Error(
      `only ${ranges.length} inputs to range in "${target.name}", asked for ${count}`,
    );
  return { ...project, ranges };
}

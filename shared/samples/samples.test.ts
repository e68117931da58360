import { describe, expect, it } from 'vitest';
import { type Distribution, distributionProblems } from '../model/distribution';
import { readInput } from '../model/input-path';
import { parseProject } from '../model/parse';
import { type ProcessMap, type Project, ProjectSchema, type Step } from '../model/schema';
import { validateSemantics } from '../model/semantics';
import { findSample, SAMPLES } from './index';

// ---------------------------------------------------------------------------------------------
// A small local checker for the graph rules; the real one is shared/model/semantics.ts.

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

function distributionsOf(step: Step): Distribution[] {
  switch (step.kind) {
    case 'task':
      return step.waitMinutes ? [step.handlingMinutes, step.waitMinutes] : [step.handlingMinutes];
    case 'ai':
      return [step.latencyMinutes, step.reviewMinutes, step.fallbackMinutes];
    default:
      return [];
  }
}

function reachable(startIds: readonly string[], next: Map<string, string[]>): Set<string> {
  const seen = new Set(startIds);
  const queue = [...startIds];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const to of next.get(id) ?? []) {
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}

/** Every rule the brief names, as a list of problems (empty when the map is fine). */
function mapProblems(project: Project, map: ProcessMap): string[] {
  const problems: string[] = [];
  const say = (text: string) => problems.push(`${map.id}: ${text}`);
  const roleIds = new Set(project.roles.map((r) => r.id));
  const systemIds = new Set(project.systems.map((s) => s.id));
  const steps = new Map(map.steps.map((s) => [s.id, s]));

  for (const id of duplicates(map.steps.map((s) => s.id))) say(`duplicate step id ${id}`);
  for (const id of duplicates(map.flows.map((f) => f.id))) say(`duplicate flow id ${id}`);

  const out = new Map<string, string[]>();
  const into = new Map<string, string[]>();
  for (const s of map.steps) {
    out.set(s.id, []);
    into.set(s.id, []);
  }
  for (const f of map.flows) {
    if (!steps.has(f.from) || !steps.has(f.to)) {
      say(`flow ${f.id} points at a missing step`);
      continue;
    }
    out.get(f.from)?.push(f.to);
    into.get(f.to)?.push(f.from);
    const fromDecision = steps.get(f.from)?.kind === 'decision';
    if (fromDecision && f.probability === null)
      say(`flow ${f.id} leaves a decision without probability`);
    if (!fromDecision && f.probability !== null) say(`flow ${f.id} has a probability`);
  }

  const starts = map.steps.filter((s) => s.kind === 'start');
  const ends = map.steps.filter((s) => s.kind === 'end');
  if (starts.length !== 1) say(`has ${starts.length} start steps`);
  if (ends.length < 1) say('has no end step');

  for (const s of map.steps) {
    const nOut = out.get(s.id)?.length ?? 0;
    const nIn = into.get(s.id)?.length ?? 0;
    if (s.kind === 'start' && nIn > 0) say(`start ${s.id} has incoming flows`);
    if (s.kind === 'end' && nOut > 0) say(`end ${s.id} has outgoing flows`);
    if ((s.kind === 'task' || s.kind === 'ai') && nOut !== 1) say(`${s.id} has ${nOut} outgoing`);
    if (s.kind === 'decision') {
      const flows = map.flows.filter((f) => f.from === s.id);
      const sum = flows.reduce((total, f) => total + (f.probability ?? 0), 0);
      if (flows.length < 2) say(`decision ${s.id} has fewer than 2 outgoing flows`);
      if (sum !== 1) say(`decision ${s.id} probabilities sum to ${sum}`);
    }
    if (s.kind === 'parallel-split' && nOut < 2) say(`split ${s.id} has fewer than 2 branches`);
    if (s.kind === 'parallel-join' && nIn < 2) say(`join ${s.id} has fewer than 2 incoming`);
    if (s.kind === 'task' && !roleIds.has(s.roleId)) say(`${s.id} has an unknown role`);
    if (s.kind === 'ai') {
      for (const roleId of [s.ownerRoleId, s.reviewRoleId, s.fallbackRoleId]) {
        if (roleId !== null && !roleIds.has(roleId)) say(`${s.id} has unknown role ${roleId}`);
      }
    }
    if (s.kind === 'task' || s.kind === 'ai') {
      for (const id of s.systemIds) if (!systemIds.has(id)) say(`${s.id} has unknown system ${id}`);
    }
    for (const d of distributionsOf(s)) {
      for (const p of distributionProblems(d)) say(`${s.id}: ${p}`);
    }
  }

  // Every branch of a split meets at one and the same join.
  for (const split of map.steps.filter((s) => s.kind === 'parallel-split')) {
    const joinsPerBranch = (out.get(split.id) ?? []).map((first) => {
      const noPastJoins = new Map(
        [...out].map(([id, next]) => [id, steps.get(id)?.kind === 'parallel-join' ? [] : next]),
      );
      const seen = reachable([first], noPastJoins);
      return [...seen].filter((id) => steps.get(id)?.kind === 'parallel-join');
    });
    const joins = new Set(joinsPerBranch.flat());
    if (joins.size !== 1 || joinsPerBranch.some((j) => j.length !== 1)) {
      say(`split ${split.id} branches do not meet at one join`);
    }
  }

  const fromStart = reachable(
    starts.map((s) => s.id),
    out,
  );
  const toEnd = reachable(
    ends.map((s) => s.id),
    into,
  );
  for (const s of map.steps) {
    if (!fromStart.has(s.id)) say(`${s.id} is not reachable from start`);
    if (!toEnd.has(s.id)) say(`${s.id} cannot reach an end`);
  }
  return problems;
}

function projectProblems(project: Project): string[] {
  const problems: string[] = [];
  const maps = [project.maps.current, ...project.maps.targets];
  for (const id of duplicates(project.roles.map((r) => r.id))) problems.push(`role ${id} twice`);
  for (const id of duplicates(project.systems.map((s) => s.id)))
    problems.push(`system ${id} twice`);
  for (const id of duplicates(maps.map((m) => m.id))) problems.push(`map ${id} twice`);
  for (const id of duplicates(project.formulas.map((f) => f.id)))
    problems.push(`formula ${id} twice`);
  for (const map of maps) problems.push(...mapProblems(project, map));
  return problems;
}

/** Follows a range path: dot-separated segments, array items addressed by their `id`. */
function resolvePath(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const segment of path.split('.')) {
    if (Array.isArray(node)) {
      node = node.find((item: unknown) => (item as { id?: unknown } | null)?.id === segment);
    } else if (node !== null && typeof node === 'object' && Object.hasOwn(node, segment)) {
      node = (node as Record<string, unknown>)[segment];
    } else {
      return undefined;
    }
  }
  return node;
}

// ---------------------------------------------------------------------------------------------

describe('the sample list', () => {
  it('opens on invoice processing and has three samples', () => {
    expect(SAMPLES.map((s) => s.slug)).toEqual([
      'invoice-processing',
      'ticket-triage',
      'parts-procurement',
    ]);
  });

  it('has unique lowercase-with-hyphens slugs', () => {
    const slugs = SAMPLES.map((s) => s.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has a title and a one-sentence description for each sample', () => {
    for (const sample of SAMPLES) {
      expect(sample.title.trim()).not.toBe('');
      expect(sample.description).toMatch(/^[A-Z][^.]*(\.\d[^.]*)*\.$/);
    }
  });

  it('finds a sample by slug and nothing for an unknown slug', () => {
    expect(findSample('ticket-triage')?.project.name).toBe('Customer service: ticket triage');
    expect(findSample('no-such-sample')).toBeUndefined();
  });
});

describe.each(SAMPLES.map((s) => [s.slug, s] as const))('sample %s', (_slug, sample) => {
  const { project } = sample;
  const maps = [project.maps.current, ...project.maps.targets];
  const allSteps = maps.flatMap((m) => m.steps);
  const aiSteps = allSteps.filter((s) => s.kind === 'ai');

  it('passes the schema and equals its own parse output (no missing defaults)', () => {
    const result = ProjectSchema.safeParse(project);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.success).toBe(true);
    expect(result.data).toEqual(project);
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(project))).toEqual(project);
  });

  it('is read back by parseProject without issues and unchanged', () => {
    const result = parseProject(JSON.stringify(project));
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(result.ok && result.project).toEqual(project);
    expect(result.ok && result.migratedFrom).toBeNull();
  });

  it('passes the semantic validator', () => {
    expect(validateSemantics(project)).toEqual([]);
  });

  describe('given its current and target maps', () => {
    describe('when the graph rules are checked', () => {
      const problems = projectProblems(project);
      it('then there are no problems', () => {
        expect(problems).toEqual([]);
      });
    });

    describe('when each map is laid out', () => {
      it('then steps sit on the 220 x 140 grid and no two share a cell', () => {
        for (const map of maps) {
          const cells = map.steps.map((s) => `${s.position.x},${s.position.y}`);
          expect(duplicates(cells)).toEqual([]);
          for (const s of map.steps) {
            expect(s.position.x % 220).toBe(0);
            expect(s.position.y % 140).toBe(0);
          }
        }
      });
    });
  });

  describe('given the checker itself', () => {
    describe('when a map is broken on purpose', () => {
      const broken = structuredClone(project);
      const current = broken.maps.current;
      current.flows = current.flows.map((f) =>
        f.probability !== null ? { ...f, probability: 0.4 } : f,
      );
      current.flows.push({
        id: 'stray',
        from: current.steps[1]?.id ?? '',
        to: 'nowhere',
        probability: null,
        label: '',
      });
      const problems = projectProblems(broken);
      it('then it reports the problems', () => {
        expect(problems.some((p) => p.includes('probabilities sum'))).toBe(true);
        expect(problems.some((p) => p.includes('missing step'))).toBe(true);
      });
    });
  });

  describe('given its uncertainty ranges', () => {
    it('then there are at least 10, each ordered low <= likely <= high', () => {
      expect(project.ranges.length).toBeGreaterThanOrEqual(10);
      for (const r of project.ranges) {
        expect(r.low, r.path).toBeLessThanOrEqual(r.likely);
        expect(r.likely, r.path).toBeLessThanOrEqual(r.high);
        expect(r.low, r.path).toBeLessThan(r.high);
      }
    });

    it('then each path ends at a number equal to its likely value', () => {
      for (const r of project.ranges) {
        expect(resolvePath(project, r.path), r.path).toBe(r.likely);
        expect(readInput(project, r.path), r.path).toBe(r.likely);
      }
    });

    it('then no path is listed twice', () => {
      expect(duplicates(project.ranges.map((r) => r.path))).toEqual([]);
    });
  });

  describe('given what the sample is meant to show', () => {
    it('then it uses several roles and systems with at least four access modes', () => {
      expect(project.roles.length).toBeGreaterThanOrEqual(4);
      expect(new Set(project.systems.map((s) => s.access)).size).toBeGreaterThanOrEqual(4);
      expect(new Set(project.systems.map((s) => s.dataQuality)).size).toBeGreaterThanOrEqual(2);
    });

    it('then every AI step has an owner, a review path and a fallback', () => {
      expect(aiSteps.length).toBeGreaterThan(0);
      for (const s of aiSteps) {
        expect(s.ownerRoleId, s.id).not.toBeNull();
        expect(s.reviewRoleId, s.id).not.toBeNull();
        expect(s.fallbackRoleId, s.id).not.toBeNull();
        expect(s.availability, s.id).toBeLessThan(1);
        expect(s.qaSampleRate, s.id).toBeGreaterThan(0);
      }
    });

    it('then AI operating points include the chosen automation and escaped error rates', () => {
      const withPoints = aiSteps.filter((s) => s.operatingPoints.length > 0);
      expect(withPoints.length).toBeGreaterThan(0);
      for (const s of withPoints) {
        expect(s.operatingPoints, s.id).toContainEqual(
          expect.objectContaining({
            automationRate: s.automationRate,
            escapedErrorRate: s.escapedErrorRate,
          }),
        );
        const thresholds = s.operatingPoints.map((p) => p.threshold);
        expect(thresholds, s.id).toEqual([...thresholds].sort((a, b) => a - b));
      }
    });

    it('then it has a decision, a parallel split, a wait and a rework loop', () => {
      const kinds = new Set(allSteps.map((s) => s.kind));
      expect(kinds).toContain('decision');
      expect(kinds).toContain('parallel-split');
      expect(kinds).toContain('parallel-join');
      expect(allSteps.some((s) => s.kind === 'task' && s.waitMinutes !== null)).toBe(true);
      const loops = maps.flatMap((m) =>
        m.flows.filter((f) => {
          const from = m.steps.find((s) => s.id === f.from);
          const to = m.steps.find((s) => s.id === f.to);
          return from && to && to.position.x < from.position.x;
        }),
      );
      expect(loops.length).toBeGreaterThan(0);
    });

    it('then it uses the five main distribution types', () => {
      const types = new Set(allSteps.flatMap(distributionsOf).map((d) => d.type));
      for (const type of ['fixed', 'uniform', 'triangular', 'exponential', 'lognormal']) {
        expect(types).toContain(type);
      }
    });

    it('then task errors carry a cost, and demand is weekly or monthly', () => {
      expect(allSteps.some((s) => s.kind === 'task' && s.errorRate > 0 && s.costPerError > 0)).toBe(
        true,
      );
      for (const map of maps) expect(['week', 'month']).toContain(map.demand.period);
    });

    it('then finance covers 36 months at a realistic discount rate', () => {
      expect(project.finance.horizonMonths).toBe(36);
      expect(project.finance.discountRateAnnual).toBeGreaterThanOrEqual(0.05);
      expect(project.finance.discountRateAnnual).toBeLessThanOrEqual(0.12);
      expect(project.finance.volumeGrowthAnnual).toBeGreaterThan(0);
    });

    it('then every plan is credible: go-live, data share, change effort, ramp, retraining', () => {
      for (const target of project.maps.targets) {
        const { plan } = target;
        const aiSystemIds = new Set(
          target.steps.flatMap((s) => (s.kind === 'ai' ? s.systemIds : [])),
        );
        const integration = project.systems
          .filter((s) => aiSystemIds.has(s.id))
          .reduce((total, s) => total + (s.integrationCost ?? 0), 0);
        const technical = plan.dataPreparationCost + integration;
        expect(plan.monthsToGoLive, target.id).toBeGreaterThanOrEqual(6);
        expect(plan.dataPreparationCost / technical, target.id).toBeGreaterThanOrEqual(0.5);
        expect(
          (plan.changeManagementCost + plan.trainingCost) / technical,
          target.id,
        ).toBeGreaterThanOrEqual(0.3);
        expect(plan.contingencyShare, target.id).toBeGreaterThan(0);
        expect(plan.platformCostPerMonth, target.id).toBeGreaterThan(0);
        expect(plan.monitoringCostPerMonth, target.id).toBeGreaterThan(0);
        expect(plan.retrainingCost, target.id).toBeGreaterThan(0);
        expect(plan.retrainEveryMonths, target.id).not.toBeNull();
        expect(plan.integrationMaintenanceShare, target.id).toBeGreaterThanOrEqual(0.15);
        expect(plan.integrationMaintenanceShare, target.id).toBeLessThanOrEqual(0.2);
        expect(plan.adoption.startShare, target.id).toBeLessThan(plan.adoption.steadyShare);
        expect(plan.adoption.steadyShare, target.id).toBeLessThan(1);
        expect(plan.adoption.monthsToSteady, target.id).toBeGreaterThan(0);
      }
    });

    it('then it has one or two formulas, one of them a business benefit', () => {
      expect(project.formulas.length).toBeGreaterThanOrEqual(1);
      expect(project.formulas.length).toBeLessThanOrEqual(2);
      expect(project.formulas.some((f) => f.kind === 'benefit')).toBe(true);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { formatIssue } from './issues';
import { validateSemantics } from './semantics';
import { minimalProject } from './testing/minimal-project';
import type { Project, Step } from './schema';

const problems = (edit: (p: Project) => void): string[] => {
  const project = minimalProject();
  edit(project);
  return validateSemantics(project).map(formatIssue);
};
const decision: Step = {
  id: 'ok',
  name: 'Complete?',
  kind: 'decision',
  position: { x: 0, y: 0 },
  notes: '',
};
const fix: Step = {
  id: 'fix',
  name: 'Fix invoice',
  kind: 'task',
  position: { x: 0, y: 0 },
  notes: '',
  roleId: 'clerk',
  handlingMinutes: { type: 'fixed', value: 5 },
  waitMinutes: null,
  costPerCase: 0,
  systemIds: [],
  errorRate: 0,
  costPerError: 0,
};

/** Current map: start -> approve -> decision (-> end p, -> fix q) and fix -> approve. */
function withDecision(p: Project, toEnd: number | null, toFix: number | null): void {
  const map = p.maps.current;
  map.steps.push(decision, fix);
  map.flows = [
    { id: 'f1', from: 'start', to: 'approve', probability: null, label: '' },
    { id: 'f2', from: 'approve', to: 'ok', probability: null, label: '' },
    { id: 'f3', from: 'ok', to: 'end', probability: toEnd, label: '' },
    { id: 'f4', from: 'ok', to: 'fix', probability: toFix, label: '' },
    { id: 'f5', from: 'fix', to: 'approve', probability: null, label: '' },
  ];
}

describe('validateSemantics', () => {
  it('finds nothing wrong in a sound project, rework loop included', () => {
    expect(problems(() => {})).toEqual([]);
    expect(problems((p) => withDecision(p, 0.9, 0.1))).toEqual([]);
  });

  it('requires decision probabilities to add up to 100 %', () => {
    expect(problems((p) => withDecision(p, 0.85, 0.1))).toEqual([
      'maps.current.steps[3] (Complete?): The probabilities of the flows leaving this decision add up to 95 %, not 100 %',
    ]);
    expect(problems((p) => withDecision(p, 0.9, null))).toEqual([
      'maps.current.steps[3] (Complete?): Every flow leaving a decision needs a probability (1 without one)',
    ]);
  });

  it('finds a loop with no way out', () => {
    // Given a decision whose every exit leads back into the loop
    const issues = problems((p) => {
      withDecision(p, 0.5, 0.5);
      const toEnd = p.maps.current.flows[2];
      if (toEnd) toEnd.to = 'approve';
    });
    // Then the stuck steps are named, and so is the end no one reaches
    expect(issues).toContain(
      'maps.current.steps[1] (Approve invoice): Cases that reach this step can never finish: no path leads from it to an end (a loop with no way out?)',
    );
    expect(issues).toContain(
      'maps.current.steps[2] (Paid): Cannot be reached from the start; connect a flow into it or delete it',
    );
  });

  it('finds dangling references, without burying them under their consequences', () => {
    expect(
      problems((p) => {
        const flow = p.maps.current.flows[1];
        if (flow) flow.to = 'ghost';
        const step = p.maps.current.steps[1];
        if (step?.kind === 'task') {
          step.roleId = 'nobody';
          step.systemIds = ['sap'];
        }
      }),
    ).toEqual([
      'maps.current.steps[1] (Approve invoice): The role "nobody" is not one of the project\'s roles',
      'maps.current.steps[1] (Approve invoice): Systems used: "sap" is not one of the project\'s systems',
      'maps.current.flows[1]: This flow ends at "ghost", which is not a step in this map',
      'maps.current.steps[1] (Approve invoice): A task needs exactly one outgoing flow (it has 0); use a decision to branch',
    ]);
  });

  it('requires exactly one start and unique ids', () => {
    const issues = problems((p) => {
      const start = p.maps.current.steps[0] as Step;
      p.maps.current.steps.push({ ...start, id: 'start2', name: 'Second start' });
      p.roles.push({ id: 'clerk', name: 'Another clerk', headcount: 1, costPerHour: 1 });
    });
    expect(issues).toContain(
      'roles[2] (Another clerk): Uses the id "clerk", which roles[0] (AP clerk) already uses; ids must be unique',
    );
    expect(issues).toContain(
      'maps.current (Today): This map has 2 start steps; a map has exactly one',
    );
  });

  it('refuses a headcount above nobody but below a hundredth of a person', () => {
    // given roles of 5e-324, 1e-10 and 0.009 FTE, and roles of nobody and of 0.01 FTE
    const issues = problems((p) => {
      p.roles = [
        { id: 'a', name: 'Denormal', headcount: 5e-324, costPerHour: 1 },
        { id: 'b', name: 'Tiny', headcount: 1e-10, costPerHour: 1 },
        { id: 'c', name: 'Almost', headcount: 0.009, costPerHour: 1 },
        { id: 'clerk', name: 'AP clerk', headcount: 0, costPerHour: 1 },
        { id: 'lead', name: 'AP lead', headcount: 0.01, costPerHour: 1 },
      ];
    });
    // when the project is checked
    // then each too-small headcount is named with its value, and nobody and 0.01 pass
    expect(issues).toEqual([
      'roles[0] (Denormal): Headcount (FTE) is 5e-324, less than a hundredth of a full-time person; write 0 for a role with nobody in it, or at least 0.01',
      'roles[1] (Tiny): Headcount (FTE) is 1e-10, less than a hundredth of a full-time person; write 0 for a role with nobody in it, or at least 0.01',
      'roles[2] (Almost): Headcount (FTE) is 0.009, less than a hundredth of a full-time person; write 0 for a role with nobody in it, or at least 0.01',
    ]);
  });

  it('refuses a lognormal time whose spread is more than a million times its mean', () => {
    // given a handling time of mean 5e-324 minutes and sd 2 (the simulator's draws would all
    // be NaN), beside one at the limit
    const issues = problems((p) => {
      const approve = p.maps.current.steps[1] as Step;
      if (approve.kind === 'task') {
        approve.handlingMinutes = { type: 'lognormal', mean: 5e-324, sd: 2 };
        approve.waitMinutes = { type: 'lognormal', mean: 0.001, sd: 1000 };
      }
    });
    // when the project is checked
    // then the handling time is named, and the wait time at the limit passes
    expect(issues).toEqual([
      'maps.current.steps[1] (Approve invoice): Handling time standard deviation must be at most a million times its mean (lognormal)',
    ]);
  });

  it('checks parallel splits and joins have their branches', () => {
    const issues = problems((p) => {
      p.maps.current.steps.push(
        { id: 'split', name: 'Split', kind: 'parallel-split', position: { x: 0, y: 0 }, notes: '' },
        { id: 'join', name: 'Join', kind: 'parallel-join', position: { x: 0, y: 0 }, notes: '' },
      );
      p.maps.current.flows = [
        { id: 'f1', from: 'start', to: 'split', probability: null, label: '' },
        { id: 'f2', from: 'split', to: 'approve', probability: null, label: '' },
        { id: 'f3', from: 'approve', to: 'join', probability: null, label: '' },
        { id: 'f4', from: 'join', to: 'end', probability: null, label: '' },
      ];
    });
    expect(issues).toEqual([
      'maps.current.steps[3] (Split): A parallel split needs at least two outgoing flows (it has 1)',
      'maps.current.steps[4] (Join): A parallel join needs at least two incoming flows (it has 1)',
    ]);
  });

  it('checks that ranges name a number and are ordered', () => {
    expect(
      problems((p) => {
        p.ranges = [
          { path: 'roles.clerk.costPerHour', low: 50, likely: 42, high: 60, label: '' },
          { path: 'roles.nobody.costPerHour', low: 1, likely: 2, high: 3, label: '' },
          {
            path: 'maps.targets.ai.steps.match.automationRate',
            low: 0.6,
            likely: 0.8,
            high: 1.2,
            label: '',
          },
        ];
      }),
    ).toEqual([
      'ranges[0]: For "roles.clerk.costPerHour" the values must go low <= likely <= high (they are 50, 42, 60)',
      'ranges[1]: The input "roles.nobody.costPerHour" does not name a number in this project',
      'ranges[2]: For "maps.targets.ai.steps.match.automationRate" the high value cannot be above 100 %: the automation rate of the step "AI match" in the map "AI approval" lies between 0 % and 100 % (shares are written from 0 to 1, so 25 % is 0.25)',
    ]);
  });

  it('keeps a ranged plan or finance number within what the model accepts, after rounding', () => {
    expect(
      problems((p) => {
        p.ranges = [
          // 0.4 months rounds to 0: a retraining every 0 months means nothing
          {
            path: 'maps.targets.ai.plan.retrainEveryMonths',
            low: 0.4,
            likely: 6,
            high: 12,
            label: '',
          },
          { path: 'finance.horizonMonths', low: 12, likely: 36, high: 300, label: '' },
          { path: 'finance.discountRateAnnual', low: -0.8, likely: 0.08, high: 0.1, label: '' },
          // 0.6 rounds to 1: accepted
          {
            path: 'maps.targets.ai.plan.retrainEveryMonths',
            low: 0.6,
            likely: 6,
            high: 12,
            label: '',
          },
        ];
      }),
    ).toEqual([
      'ranges[0]: For "maps.targets.ai.plan.retrainEveryMonths" the low value cannot be below 1 (values are rounded to whole numbers): the retraining interval (months) in the plan of "AI approval" lies between 1 and 240',
      'ranges[1]: For "finance.horizonMonths" the high value cannot be above 240 (values are rounded to whole numbers): the horizon (months) lies between 1 and 240',
      'ranges[2]: For "finance.discountRateAnnual" the low value cannot be below -0.5: the yearly discount rate lies between -0.5 and 1',
    ]);
  });
});

describe('formulas', () => {
  it('refuses a formula that does not compile, naming it and the place', () => {
    const issues = problems((p) => {
      p.formulas = [
        { id: 'ok', name: 'Cases', expression: 'casesPerMonth * 2', kind: 'kpi', unit: '' },
        {
          id: 'bad',
          name: 'Fees avoided',
          expression: 'casesPerMont * 2',
          kind: 'benefit',
          unit: 'EUR',
        },
        {
          id: 'evil',
          name: 'Hack',
          expression: 'import({}, {override: true})',
          kind: 'kpi',
          unit: '',
        },
      ];
    });
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatch(
      /^formulas\[1\] \(Fees avoided\): The expression cannot be used: Unknown name "casesPerMont" at character 1\. Did you mean casesPerMonth\?/,
    );
    expect(issues[1]).toMatch(/^formulas\[2\] \(Hack\): The expression cannot be used: /);
  });
});

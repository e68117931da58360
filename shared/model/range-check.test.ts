import { describe, expect, it } from 'vitest';
import { formatIssue } from './issues';
import { validateSemantics } from './semantics';
import type { Project, Range, Step } from './schema';
import { minimalProject } from './testing/minimal-project';

/** The problems validation finds in the minimal project with these ranges (and edits). */
function rangeProblems(ranges: Omit<Range, 'label'>[], edit?: (p: Project) => void): string[] {
  const project = minimalProject();
  edit?.(project);
  project.ranges = ranges.map((r) => ({ label: '', ...r }));
  return validateSemantics(project).map(formatIssue);
}

describe('ranges stay inside the bounds of the input they vary', () => {
  it("refuses a headcount range whose high is 1e12, above the schema's 100,000 FTE", () => {
    // given a range on a role's headcount reaching 1e12 (the engines loop once per server)
    const issues = rangeProblems([
      { path: 'roles.clerk.headcount', low: 2, likely: 3, high: 1e12 },
    ]);
    // then validation names the range, the role and the allowed interval
    expect(issues).toEqual([
      'ranges[0]: For "roles.clerk.headcount" the high value cannot be above 100,000: the headcount (FTE) of the role "AP clerk" lies between 0 and 100,000',
    ]);
  });

  it('refuses a duration whose likely and high values are 1e308 minutes, in minutes', () => {
    const issues = rangeProblems([
      {
        path: 'maps.current.steps.approve.handlingMinutes.mode',
        low: 5,
        likely: 1e308,
        high: 1e308,
      },
    ]);
    expect(issues).toEqual([
      'ranges[0]: For "maps.current.steps.approve.handlingMinutes.mode" the likely and high values cannot be above 525,600 minutes: the handling time most likely value of the step "Approve invoice" in the map "Today" lies between 0 minutes and 525,600 minutes',
    ]);
  });

  it('refuses a share above 100 % and says how shares are written', () => {
    const issues = rangeProblems([
      { path: 'maps.targets.ai.steps.match.automationRate', low: 70, likely: 80, high: 90 },
    ]);
    expect(issues).toEqual([
      'ranges[0]: For "maps.targets.ai.steps.match.automationRate" the low, likely and high values cannot be above 100 %: the automation rate of the step "AI match" in the map "AI approval" lies between 0 % and 100 % (shares are written from 0 to 1, so 25 % is 0.25)',
    ]);
  });

  it("checks a decision flow's probability range as a share, naming the flow by its steps", () => {
    // given the current map with a decision after approval: 90 % end, 10 % rework
    const withDecision = (p: Project): void => {
      const map = p.maps.current;
      map.steps.push(
        { id: 'ok', name: 'Complete?', kind: 'decision', position: { x: 0, y: 0 }, notes: '' },
        { ...(map.steps[1] as Step), id: 'fix', name: 'Fix invoice' },
      );
      map.flows = [
        { id: 'f1', from: 'start', to: 'approve', probability: null, label: '' },
        { id: 'f2', from: 'approve', to: 'ok', probability: null, label: '' },
        { id: 'f3', from: 'ok', to: 'end', probability: 0.9, label: '' },
        { id: 'f4', from: 'ok', to: 'fix', probability: 0.1, label: '' },
        { id: 'f5', from: 'fix', to: 'approve', probability: null, label: '' },
      ];
    };
    // when its rework probability is ranged within 0..1 it is accepted; below 0 it is not
    expect(
      rangeProblems(
        [{ path: 'maps.current.flows.f4.probability', low: 0.05, likely: 0.1, high: 0.3 }],
        withDecision,
      ),
    ).toEqual([]);
    expect(
      rangeProblems(
        [{ path: 'maps.current.flows.f4.probability', low: -0.1, likely: 0.1, high: 0.3 }],
        withDecision,
      ),
    ).toEqual([
      'ranges[0]: For "maps.current.flows.f4.probability" the low value cannot be negative: the probability of the flow from "Complete?" to "Fix invoice" in the map "Today" lies between 0 % and 100 %',
    ]);
  });

  it('refuses money above 1e12 in the project currency', () => {
    const issues = rangeProblems(
      [{ path: 'systems.erp.integrationCost', low: 20_000, likely: 45_000, high: 2e12 }],
      (p) => {
        const erp = p.systems[0];
        if (erp) erp.integrationCost = 45_000;
      },
    );
    expect(issues).toEqual([
      'ranges[0]: For "systems.erp.integrationCost" the high value cannot be above EUR 1,000,000,000,000: the integration cost of the system "ERP" lies between EUR 0 and EUR 1,000,000,000,000',
    ]);
  });

  it('applies the bounds of a whole-number input to the rounded values', () => {
    // given working days per year (1..366, whole): 366.4 rounds to 366, 366.6 to 367
    expect(
      rangeProblems([{ path: 'calendar.daysPerYear', low: 200, likely: 220, high: 366.4 }]),
    ).toEqual([]);
    expect(
      rangeProblems([{ path: 'calendar.daysPerYear', low: 0.4, likely: 220, high: 366.6 }]),
    ).toEqual([
      'ranges[0]: For "calendar.daysPerYear" the low value cannot be below 1 and the high value cannot be above 366 (values are rounded to whole numbers): the working days per year lies between 1 and 366',
    ]);
  });

  it('checks demand, positions and every other input against their own bounds', () => {
    expect(
      rangeProblems([
        { path: 'maps.current.demand.casesPerPeriod', low: 100, likely: 400, high: 2e9 },
        { path: 'maps.current.steps.approve.position.x', low: -500, likely: 220, high: 900 },
      ]),
    ).toEqual([
      'ranges[0]: For "maps.current.demand.casesPerPeriod" the high value cannot be above 1,000,000,000: the cases per period of the map "Today" lies between 0 and 1,000,000,000',
    ]);
  });

  it('names a range by its label when it has one, and reports order and bounds apart', () => {
    const project = minimalProject();
    project.ranges = [
      { path: 'roles.clerk.costPerHour', low: 60, likely: 42, high: 2e12, label: 'Clerk rate' },
    ];
    expect(validateSemantics(project).map(formatIssue)).toEqual([
      'ranges[0]: For "Clerk rate" (roles.clerk.costPerHour) the values must go low <= likely <= high (they are 60, 42, 2,000,000,000,000)',
      'ranges[0]: For "Clerk rate" (roles.clerk.costPerHour) the high value cannot be above EUR 1,000,000,000,000: the cost per hour of the role "AP clerk" lies between EUR 0 and EUR 1,000,000,000,000',
    ]);
  });

  it('refuses a range on a number that is not a model input', () => {
    expect(rangeProblems([{ path: 'schemaVersion', low: 1, likely: 1, high: 2 }])).toEqual([
      'ranges[0]: The input "schemaVersion" is not a number the model uses; ranges go on costs, times, shares, counts and plan figures',
    ]);
  });
});

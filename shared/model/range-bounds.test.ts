import { describe, expect, it } from 'vitest';
import { FIELD_BOUNDS, inputBounds } from './range-bounds';
import { ProjectSchema, type Project } from './schema';
import { minimalProject } from './testing/minimal-project';
import { numberFields } from './testing/schema-fields';

describe('FIELD_BOUNDS', () => {
  it('reads the plan, adoption, calendar and finance limits off the schema', () => {
    expect(FIELD_BOUNDS.get('retrainEveryMonths')).toEqual({ min: 1, max: 240, wholeNumber: true });
    expect(FIELD_BOUNDS.get('horizonMonths')).toEqual({ min: 1, max: 240, wholeNumber: true });
    expect(FIELD_BOUNDS.get('discountRateAnnual')).toEqual({
      min: -0.5,
      max: 1,
      wholeNumber: false,
    });
    expect(FIELD_BOUNDS.get('hoursPerDay')).toEqual({ min: 0.5, max: 24, wholeNumber: false });
    expect(FIELD_BOUNDS.get('steadyShare')).toMatchObject({ min: 0, max: 1 });
    expect(FIELD_BOUNDS.has('curve')).toBe(false);
  });

  it('holds every whole-number field of the file format, so sampling rounds each of them', () => {
    // given every number field anywhere in the project schema, by name
    const fields = numberFields(ProjectSchema).map((f) => [f.keys.at(-1) ?? '', f.schema] as const);
    const wholeNumberNames = new Set(fields.filter(([, n]) => n.isInt).map(([name]) => name));
    // then each whole-number field is in FIELD_BOUNDS as one (INTEGER_FIELDS rounds by name)
    for (const name of wholeNumberNames)
      expect(FIELD_BOUNDS.get(name)?.wholeNumber, name).toBe(true);
    // and no field that takes fractions shares a name with one, or it would be rounded too
    for (const [name, number] of fields)
      if (wholeNumberNames.has(name)) expect(number.isInt, name).toBe(true);
  });
});

describe('inputBounds', () => {
  const project = (): Project => {
    const p = minimalProject();
    const erp = p.systems[0];
    if (erp) erp.integrationCost = 45_000;
    return p;
  };
  const plain = (min: number, max: number) => ({ min, max, wholeNumber: false });

  it('finds the bounds of the field a path points at, whatever part of the project it is in', () => {
    // given the minimal project, when paths into each part of it are looked up
    const p = project();
    // then each gets the bounds of its own field in the schema
    expect(inputBounds(p, 'roles.clerk.headcount')).toEqual(plain(0, 100_000));
    expect(inputBounds(p, 'roles.clerk.costPerHour')).toEqual(plain(0, 1e12));
    expect(inputBounds(p, 'systems.erp.integrationCost')).toEqual(plain(0, 1e12));
    expect(inputBounds(p, 'maps.current.demand.casesPerPeriod')).toEqual(plain(0, 1e9));
    expect(inputBounds(p, 'maps.current.steps.approve.position.x')).toEqual(plain(-1e6, 1e6));
    expect(inputBounds(p, 'maps.targets.ai.plan.retrainEveryMonths')).toEqual({
      min: 1,
      max: 240,
      wholeNumber: true,
    });
    expect(inputBounds(p, 'maps.targets.ai.plan.adoption.monthsToSteady')).toEqual({
      min: 0,
      max: 240,
      wholeNumber: true,
    });
    expect(inputBounds(p, 'finance.volumeGrowthAnnual')).toEqual(plain(-1, 10));
    expect(inputBounds(p, 'calendar.daysPerYear')).toEqual({ min: 1, max: 366, wholeNumber: true });
  });

  it("picks a step's fields by its kind and a duration's by its distribution type", () => {
    const p = project();
    // a task's triangular handling time and an AI step's share and money fields
    expect(inputBounds(p, 'maps.current.steps.approve.handlingMinutes.mode')).toEqual(
      plain(0, 525_600),
    );
    expect(inputBounds(p, 'maps.current.steps.approve.errorRate')).toEqual(plain(0, 1));
    expect(inputBounds(p, 'maps.targets.ai.steps.match.automationRate')).toEqual(plain(0, 1));
    expect(inputBounds(p, 'maps.targets.ai.steps.match.costPerEscapedError')).toEqual(
      plain(0, 1e12),
    );
    expect(inputBounds(p, 'maps.targets.ai.steps.match.latencyMinutes.value')).toEqual(
      plain(0, 525_600),
    );
    // a fixed latency has no mode; a start step has no handling time
    expect(inputBounds(p, 'maps.targets.ai.steps.match.latencyMinutes.mode')).toBeUndefined();
    expect(inputBounds(p, 'maps.current.steps.start.handlingMinutes.min')).toBeUndefined();
  });

  it('finds the bounds of a flow probability', () => {
    const p = project();
    const flow = p.maps.targets[0]?.flows[1];
    if (flow) flow.probability = 0.4;
    expect(inputBounds(p, 'maps.targets.ai.flows.f2.probability')).toEqual(plain(0, 1));
  });

  it('says nothing for paths that name no number of the file format', () => {
    const p = project();
    for (const path of [
      'roles.nobody.headcount',
      'roles.clerk',
      'roles.clerk.name',
      'maps.current.steps.approve.handlingMinutes',
      'maps.current.steps.approve.waitMinutes.mean',
      'maps.targets.ai.flows.f2.probability', // null: not a number
      'systems.erp.maintenanceCostPerYear', // null
      'schemaVersion', // a number, but not an input
      'roles.constructor',
      'roles.clerk.constructor',
      'finance.__proto__',
      '',
    ])
      expect(inputBounds(p, path), path).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { describeInput, formatInputValue, inputUnit } from './input-words';
import { plainNumber, percent } from './labels';
import { MAX_MONEY, ProjectSchema } from './schema';
import { minimalProject } from './testing/minimal-project';
import { numberFields } from './testing/schema-fields';

describe('describeInput', () => {
  it('names an input by its field in words and the named item that holds it', () => {
    // given the minimal project, whose ids differ from its names
    const p = minimalProject();
    // when paths into each part of it are described, then each reads as an analyst says it
    expect(describeInput(p, 'roles.clerk.headcount')).toBe(
      'the headcount (FTE) of the role "AP clerk"',
    );
    expect(describeInput(p, 'systems.erp.integrationCost')).toBe(
      'the integration cost of the system "ERP"',
    );
    expect(describeInput(p, 'maps.current.steps.approve.handlingMinutes.max')).toBe(
      'the handling time maximum of the step "Approve invoice" in the map "Today"',
    );
    expect(describeInput(p, 'maps.targets.ai.steps.match.automationRate')).toBe(
      'the automation rate of the step "AI match" in the map "AI approval"',
    );
    expect(describeInput(p, 'maps.targets.ai.flows.f2.probability')).toBe(
      'the probability of the flow from "AI match" to "Paid" in the map "AI approval"',
    );
    expect(describeInput(p, 'maps.current.demand.casesPerPeriod')).toBe(
      'the cases per period of the map "Today"',
    );
    expect(describeInput(p, 'maps.targets.ai.plan.adoption.startShare')).toBe(
      'the adoption starting share in the plan of "AI approval"',
    );
    expect(describeInput(p, 'maps.current.steps.approve.position.y')).toBe(
      'the y position of the step "Approve invoice" in the map "Today"',
    );
    expect(describeInput(p, 'finance.horizonMonths')).toBe('the horizon (months)');
    expect(describeInput(p, 'calendar.hoursPerDay')).toBe('the working hours per day');
  });
});

describe('inputUnit', () => {
  it('knows the unit of every number field in the file format', () => {
    // given every number field of the project schema, as a path of field names
    for (const { keys, schema } of numberFields(ProjectSchema)) {
      const path = keys.join('.');
      const unit = inputUnit(path);
      // then money is exactly the fields bounded by MAX_MONEY
      expect(unit === 'money', path).toBe(schema.minValue === 0 && schema.maxValue === MAX_MONEY);
      // durations are the numbers inside a ...Minutes distribution
      expect(unit === 'minutes', path).toBe(keys.some((k) => k.endsWith('Minutes')));
      // and a fraction from 0 to 1 is a share (shown as %)
      if (schema.minValue === 0 && schema.maxValue === 1 && !schema.isInt)
        expect(unit, path).toBe('share');
    }
  });

  it('shows a value in its unit, never as NaN or Infinity', () => {
    expect(formatInputValue(0.25, 'share', 'EUR')).toBe('25 %');
    expect(formatInputValue(1e12, 'money', 'EUR')).toBe('EUR 1,000,000,000,000');
    expect(formatInputValue(525_600, 'minutes', 'EUR')).toBe('525,600 minutes');
    expect(formatInputValue(1e308, 'minutes', 'EUR')).toBe('1e+308 minutes');
    expect(formatInputValue(-0.5, 'number', 'EUR')).toBe('-0.5');
    expect(percent(1e308)).toBe('far more than 100 %');
    expect(plainNumber(0.1 + 0.2)).toBe('0.3');
    expect(plainNumber(-1234567.25)).toBe('-1,234,567.25');
  });
});

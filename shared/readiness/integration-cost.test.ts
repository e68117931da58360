/** Suggested integration costs and the wording helpers findings are written with. */
import { describe, expect, it } from 'vitest';
import { ACCESS_MODES } from '../model/schema';
import { listOf, money, percent, points } from './format';
import { integrationCost, integrationTotals, suggestedIntegrationCost } from './integration-cost';

describe('suggestedIntegrationCost', () => {
  it('given the access modes from easiest to hardest, then the suggested cost rises', () => {
    const costs = ACCESS_MODES.map(suggestedIntegrationCost);
    expect(costs).toEqual([15_000, 25_000, 30_000, 60_000, 90_000]);
  });

  it('given a system with its own cost, then that cost wins; with null, the suggestion', () => {
    const base = {
      id: 's',
      name: 'S',
      kind: 'other',
      access: 'paper',
      dataQuality: 'good',
      maintenanceCostPerYear: null,
    } as const;
    expect(integrationCost({ ...base, integrationCost: 1234 })).toBe(1234);
    expect(integrationCost({ ...base, integrationCost: 0 })).toBe(0);
    expect(integrationCost({ ...base, integrationCost: null })).toBe(90_000);
  });
});

describe('integrationTotals', () => {
  const system = (
    id: string,
    access: 'api' | 'paper',
    integrationCost: number | null,
    maintenanceCostPerYear: number | null,
  ) =>
    ({
      id,
      name: id,
      kind: 'other',
      access,
      dataQuality: 'good',
      integrationCost,
      maintenanceCostPerYear,
    }) as const;

  it('given systems with and without their own figures, then one-off and yearly maintenance add up', () => {
    // An API with no figures: 15,000 suggested, maintained at the plan's 20 % = 3,000 a year.
    // Paper with its own 50,000 and 4,000 a year. Together 65,000 once and 7,000 a year.
    const totals = integrationTotals(
      [system('a', 'api', null, null), system('p', 'paper', 50_000, 4_000)],
      { integrationMaintenanceShare: 0.2 },
    );
    expect(totals).toEqual({ oneOff: 65_000, maintenancePerYear: 7_000 });
  });

  it('given no systems, then both totals are 0', () => {
    expect(integrationTotals([], { integrationMaintenanceShare: 0.2 })).toEqual({
      oneOff: 0,
      maintenancePerYear: 0,
    });
  });

  it('given an object to reuse, then the totals are written into it and it is returned', () => {
    const into = { oneOff: 1, maintenancePerYear: 1 };
    const out = integrationTotals(
      [system('a', 'api', 10_000, null)],
      {
        integrationMaintenanceShare: 0.15,
      },
      into,
    );
    expect(out).toBe(into);
    expect(into).toEqual({ oneOff: 10_000, maintenancePerYear: 1_500 });
  });
});

describe('wording', () => {
  it('given shares, then percentages read as a sponsor expects', () => {
    expect(percent(0.98)).toBe('98 %');
    expect(percent(0.995)).toBe('99.5 %');
    expect(percent(0.015)).toBe('1.5 %');
    expect(percent(0.99999)).toBe('just under 100 %');
    expect(percent(0.00001)).toBe('under 0.01 %');
    expect(percent(1.304, 0)).toBe('130 %');
    expect(points(0.012)).toBe('1.2 points');
    expect(points(0.01)).toBe('1 point');
  });

  it('given amounts and lists, then they read naturally', () => {
    expect(money('EUR', 1234567.6)).toBe('€1,234,568');
    expect(money('USD', 950)).toBe('US$950');
    expect(money('CHF', -172327.4)).toBe('-CHF 172,327');
    expect(money('EUR', -0.3)).toBe('€0');
    expect(listOf(['a'])).toBe('a');
    expect(listOf(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

import { describe, expect, it } from 'vitest';
import { defaultPlan } from '../../../../shared/editor';
import type { System } from '../../../../shared/model/schema';
import { integrationHint, maintenanceHint } from './system-costs';

const erp: System = {
  id: 'erp',
  name: 'ERP',
  kind: 'erp',
  access: 'api',
  dataQuality: 'good',
  integrationCost: null,
  maintenanceCostPerYear: null,
};

describe('hints for a system without its own cost figures', () => {
  it('suggests an integration cost by access mode', () => {
    // Given a system reached through an API, and one only on paper
    const api = integrationHint(erp, 'EUR');
    const paper = integrationHint({ ...erp, access: 'paper' }, 'EUR');
    // Then the suggestion rises with the effort, and says why
    expect(api.suggestion).toBe(15_000);
    expect(api.whenEmpty).toBe('Uses the suggestion: €15,000 for API access.');
    expect(paper.suggestion).toBeGreaterThan(api.suggestion);
    expect(paper.whenOwn).toMatch(/^The suggestion is .* for Paper access\.$/);
  });

  it("quotes the plan's maintenance share of the integration cost actually used", () => {
    // Given a system with its own integration cost and a plan with a 20 % share
    const target = {
      name: 'AI match',
      plan: { ...defaultPlan(), integrationMaintenanceShare: 0.2 },
    };
    const hint = maintenanceHint({ ...erp, integrationCost: 60_000 }, target, 'EUR');
    // Then maintenance is 20 % of that cost, named with the plan it comes from
    expect(hint.suggestion).toBe(12_000);
    expect(hint.whenEmpty).toBe(
      'Uses 20 % of €60,000 a year, €12,000 (the maintenance share in the plan of "AI match").',
    );
  });

  it('says how maintenance will be worked out while there is no target yet', () => {
    expect(maintenanceHint(erp, null, 'EUR').whenEmpty).toMatch(/each target plan/);
  });
});

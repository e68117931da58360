import { describe, expect, it } from 'vitest';
import { readInput, writeInput } from './input-path';
import { minimalProject } from './testing/minimal-project';

describe('input paths', () => {
  it('reads numbers by id, not by position', () => {
    const project = minimalProject();
    expect(readInput(project, 'roles.lead.costPerHour')).toBe(65);
    expect(readInput(project, 'maps.targets.ai.steps.match.automationRate')).toBe(0.8);
    expect(readInput(project, 'maps.current.steps.approve.handlingMinutes.mode')).toBe(6);
    expect(readInput(project, 'finance.discountRateAnnual')).toBe(0.08);
  });

  it('gives undefined for paths that name no number', () => {
    const project = minimalProject();
    for (const path of [
      'roles.nobody.costPerHour',
      'roles.lead',
      'roles.lead.name',
      'roles.0.headcount',
      '',
      'constructor',
      '__proto__.x',
    ])
      expect(readInput(project, path)).toBeUndefined();
  });

  it('writes a copy and leaves the original alone', () => {
    const project = minimalProject();
    const changed = writeInput(project, 'maps.targets.ai.steps.match.automationRate', 0.6);
    expect(readInput(changed, 'maps.targets.ai.steps.match.automationRate')).toBe(0.6);
    expect(readInput(project, 'maps.targets.ai.steps.match.automationRate')).toBe(0.8);
    expect(changed?.maps.current).toBe(project.maps.current);
    expect(writeInput(project, 'roles.lead.name', 1)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/editor';
import { invoiceProcessing } from '../../../shared/samples/invoice-processing';
import { monteCarlo } from '../../../shared/uncertainty';
import type { Project } from '../../../shared/model/schema';
import { applyWhatIf, keepCommand, whatIfCommands, whatIfOf, whatIfLabel } from './what-if';

const project = invoiceProcessing;
const targetId = 'ai-match';

describe('presenter what-if', () => {
  it('given no change, then there are no commands and nothing to keep', () => {
    const whatIf = whatIfOf(project, targetId)!;
    expect(whatIf.automationRates).toEqual({ 'ai-extract': 0.8, 'ai-match': 0.78 });
    expect(whatIfCommands(project, targetId, whatIf)).toEqual([]);
    expect(keepCommand(project, targetId, whatIf)).toBeNull();
  });

  it('when an automation rate moves, then only that step changes, on a copy', () => {
    const whatIf = whatIfOf(project, targetId)!;
    const next = { ...whatIf, automationRates: { ...whatIf.automationRates, 'ai-match': 0.9 } };
    const applied = applyWhatIf(project, targetId, next);
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    const step = applied.project.maps.targets[0]!.steps.find((s) => s.id === 'ai-match');
    expect(step).toMatchObject({ automationRate: 0.9 });
    expect(project.maps.targets[0]!.steps.find((s) => s.id === 'ai-match')).toMatchObject({
      automationRate: 0.78,
    });
    expect(applied.project.maps.current).toBe(project.maps.current);
  });

  it('moves the target’s demand in proportion with the volume, and keeps adoption from falling', () => {
    const whatIf = { ...whatIfOf(project, targetId)!, casesPerPeriod: 6000, steadyShare: 0.2 };
    const applied = applyWhatIf(project, targetId, whatIf);
    if (!applied.ok) throw new Error(applied.reason);
    expect(applied.project.maps.current.demand.casesPerPeriod).toBe(6000);
    expect(applied.project.maps.targets[0]!.demand.casesPerPeriod).toBe(6000);
    expect(applied.project.maps.targets[0]!.plan.adoption).toMatchObject({
      steadyShare: 0.2,
      startShare: 0.2,
    });
  });

  it('refuses a value the file format refuses, in words', () => {
    const whatIf = { ...whatIfOf(project, targetId)!, monthsToGoLive: -3 };
    const applied = applyWhatIf(project, targetId, whatIf);
    expect(applied.ok).toBe(false);
  });

  it('keeps the what-if as one replaceProject command with a label that says what changed', () => {
    const whatIf = { ...whatIfOf(project, targetId)!, monthsToGoLive: 6, casesPerPeriod: 5000 };
    const command = keepCommand(project, targetId, whatIf)!;
    expect(command.type).toBe('replaceProject');
    expect(whatIfLabel(project, targetId, whatIf)).toBe('Presenter what-if (plan, volume)');
    const result = applyCommand(project, command);
    expect(result.ok && result.project.maps.targets[0]!.plan.monthsToGoLive).toBe(6);
  });

  describe('inputs with an uncertainty range', () => {
    const rangeOf = (p: Project, path: string) => p.ranges.find((r) => r.path === path);
    const applied = (change: Partial<ReturnType<typeof whatIfOf> & object>): Project => {
      const result = applyWhatIf(project, targetId, { ...whatIfOf(project, targetId)!, ...change });
      if (!result.ok) throw new Error(result.reason);
      return result.project;
    };

    it('moves the range with its input, inside the input’s bounds', () => {
      const rates = whatIfOf(project, targetId)!.automationRates;
      const next = applied({ automationRates: { ...rates, 'ai-match': 0.9 } });
      const range = rangeOf(next, 'maps.targets.ai-match.steps.ai-match.automationRate')!;
      // 0.62 / 0.78 / 0.88 moved up by 0.12, the top held at 100 %.
      expect(range.low).toBeCloseTo(0.74, 12);
      expect(range.likely).toBeCloseTo(0.9, 12);
      expect(range.high).toBe(1);
      const later = applied({ monthsToGoLive: 6, casesPerPeriod: 6000 });
      expect(rangeOf(later, 'maps.targets.ai-match.plan.monthsToGoLive')).toMatchObject({
        low: 4,
        likely: 6,
        high: 11,
      });
      expect(rangeOf(later, 'maps.current.demand.casesPerPeriod')).toMatchObject({
        low: 5250,
        likely: 6000,
        high: 7200,
      });
      expect(
        whatIfLabel(project, targetId, { ...whatIfOf(project, targetId)!, monthsToGoLive: 6 }),
      ).toBe('Presenter what-if (plan)');
    });

    it('so the chance that NPV > 0 follows the control', () => {
      const chance = (p: Project): number =>
        monteCarlo(p, p.maps.targets[0]!, { samples: 400, seed: 7, sampling: 'triangular' })
          .probNpvPositive;
      const slower = applied({ monthsToGoLive: 30, steadyShare: 0.3 });
      expect(chance(slower)).toBeLessThan(chance(project));
    });
  });
});

import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/editor';
import { invoiceProcessing } from '../../../shared/samples/invoice-processing';
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
});

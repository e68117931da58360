import { describe, expect, it } from 'vitest';
import { invoiceProcessing } from '../samples/invoice-processing';
import type { AiStep } from '../model/schema';
import { applyCommand } from './apply';
import { sharing } from './shape';

const target = invoiceProcessing.maps.targets[0];
const ai = target?.steps.find((s): s is AiStep => s.kind === 'ai');

function edited(patch: Partial<AiStep>): AiStep {
  if (target === undefined || ai === undefined) throw new Error('the sample has an AI step');
  const result = applyCommand(invoiceProcessing, {
    type: 'updateStep',
    map: { targetId: target.id },
    stepId: ai.id,
    patch,
  });
  if (!result.ok) throw new Error(result.reason);
  return result.project.maps.targets[0]?.steps.find((s) => s.id === ai.id) as AiStep;
}

describe('an edited step shares what did not change', () => {
  it('given a new automation rate, then its durations and systems are the very objects it had', () => {
    const after = edited({ automationRate: 0.5 });
    expect(after.automationRate).toBe(0.5);
    expect(after.latencyMinutes).toBe(ai?.latencyMinutes);
    expect(after.reviewMinutes).toBe(ai?.reviewMinutes);
    expect(after.systemIds).toBe(ai?.systemIds);
    expect(after.position).toBe(ai?.position);
  });

  it('given a new review time, then that duration is new and equal to what was asked', () => {
    const reviewMinutes = { type: 'fixed', value: 7 } as const;
    const after = edited({ reviewMinutes });
    expect(after.reviewMinutes).toEqual(reviewMinutes);
    expect(after.reviewMinutes).not.toBe(ai?.reviewMinutes);
    expect(after.latencyMinutes).toBe(ai?.latencyMinutes);
  });

  it('sharing keeps equal parts, takes changed ones, and gives back the old value when all are equal', () => {
    const before = { a: { x: 1 }, b: [1, 2], c: 'c' };
    expect(sharing(before, { a: { x: 1 }, b: [1, 2], c: 'c' })).toBe(before);
    const next = sharing(before, { a: { x: 2 }, b: [1, 2], c: 'c' });
    expect(next).toEqual({ a: { x: 2 }, b: [1, 2], c: 'c' });
    expect(next.b).toBe(before.b);
    expect(sharing(before, { a: { x: 1 }, b: [1, 2, 3], c: 'c' }).b).toEqual([1, 2, 3]);
  });
});

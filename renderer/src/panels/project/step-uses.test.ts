import { describe, expect, it } from 'vitest';
import type { StepUse } from '../../../../shared/editor';
import type { Step } from '../../../../shared/model/schema';
import { stepCount, usesByMap } from './step-uses';

const step = (name: string): Step => ({
  id: name.toLowerCase(),
  name,
  kind: 'decision',
  position: { x: 0, y: 0 },
  notes: '',
});
const use = (mapName: string, name: string): StepUse => ({ mapName, step: step(name) });

describe('steps that use a role or system', () => {
  it('groups them by map, keeping the order of maps and steps', () => {
    // Given uses in two maps, in project order
    const uses = [use('Today', 'Key in'), use('Today', 'Match'), use('AI match', 'Review')];
    // Then each map lists its steps once
    expect(usesByMap(uses)).toEqual([
      { mapName: 'Today', stepNames: ['Key in', 'Match'] },
      { mapName: 'AI match', stepNames: ['Review'] },
    ]);
  });

  it('gives nothing for no uses', () => {
    expect(usesByMap([])).toEqual([]);
  });

  it('counts steps in words', () => {
    expect(stepCount(1)).toBe('1 step');
    expect(stepCount(0)).toBe('0 steps');
    expect(stepCount(4)).toBe('4 steps');
  });
});

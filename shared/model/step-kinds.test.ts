import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../samples';
import { isStepKind, STEP_KINDS } from './step-kinds';

describe('isStepKind', () => {
  it('given every kind the samples use, then each is a step kind', () => {
    for (const { project } of SAMPLES)
      for (const step of project.maps.current.steps) expect(isStepKind(step.kind)).toBe(true);
    expect(STEP_KINDS).toHaveLength(7);
  });

  it('given anything else, then it is not', () => {
    for (const value of ['robot', '', 'Task', undefined, null, 3, {}])
      expect(isStepKind(value)).toBe(false);
  });
});

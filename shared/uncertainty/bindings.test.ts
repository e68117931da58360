import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../samples';
import { bindRanges, FAST_FIELDS, INTEGER_FIELDS, storeField } from './bindings';

describe('storeField', () => {
  it.each(FAST_FIELDS.map((name, field) => [name, field] as const))(
    'writes %s and nothing else',
    (name, field) => {
      const target: Record<string, number> = { other: 1 };
      target[name] = 0;
      storeField(target, field, 0.25);
      expect(target).toEqual({ other: 1, [name]: 0.25 });
    },
  );
});

describe('bindRanges', () => {
  it('gives a plain numeric field a fast store that writes what its setter writes', () => {
    const project = SAMPLES[0]?.project;
    const target = project?.maps.targets[0];
    if (project === undefined || target === undefined) throw new Error('no sample');
    const copy = structuredClone(project);
    const copyTarget = copy.maps.targets[0];
    if (copyTarget === undefined) throw new Error('no target');
    const { bindings } = bindRanges(project, copy, copyTarget);
    const fast = bindings.filter((b) => b.field >= 0);
    expect(fast.length).toBeGreaterThan(0);
    for (const binding of fast) {
      const path = project.ranges[binding.index]?.path ?? '';
      const key = path.split('.').at(-1) ?? '';
      storeField(binding.parent, binding.field, 123.5);
      expect((binding.parent as Record<string, number>)[key]).toBe(123.5);
      binding.set(7.25);
      expect((binding.parent as Record<string, number>)[key]).toBe(7.25);
    }
  });

  it('leaves rounded and decision-flow inputs to their setter', () => {
    // storeField writes the value as it is: no fast field may be one that is rounded or
    // whose setter rescales other flows.
    expect([...INTEGER_FIELDS].sort()).toEqual([
      'daysPerYear',
      'horizonMonths',
      'monthsToGoLive',
      'monthsToSteady',
      'retrainEveryMonths',
    ]);
    expect(FAST_FIELDS.filter((field) => INTEGER_FIELDS.has(field))).toEqual([]);
    expect(FAST_FIELDS).not.toContain('probability');
    const sample = SAMPLES[0]?.project;
    const target = sample?.maps.targets[0];
    const decision = sample?.maps.current.steps.find((step) => step.kind === 'decision');
    const flows = sample?.maps.current.flows.filter((f) => f.from === decision?.id) ?? [];
    const flow = flows[0];
    if (sample === undefined || target === undefined || flow === undefined || flows.length < 2)
      throw new Error('the sample has no scenario or no decision with two ways out');
    const project = {
      ...sample,
      ranges: [
        {
          path: `maps.targets.${target.id}.plan.monthsToGoLive`,
          low: 3,
          likely: 4,
          high: 8,
          label: '',
        },
        {
          path: `maps.current.flows.${flow.id}.probability`,
          low: 0.1,
          likely: 0.2,
          high: 0.3,
          label: '',
        },
      ],
    };
    const copy = structuredClone(project);
    const copyTarget = copy.maps.targets[0];
    if (copyTarget === undefined) throw new Error('no target');
    const { bindings, skipped } = bindRanges(project, copy, copyTarget);
    expect(skipped).toEqual([]);
    expect(bindings.map((b) => b.field)).toEqual([-1, -1]);
    // Their setters round, and hand the rest of the probability to the sibling flows.
    bindings[0]?.set(5.4);
    expect(copyTarget.plan.monthsToGoLive).toBe(5);
    bindings[1]?.set(0.25);
    const shares = copy.maps.current.flows
      .filter((f) => f.from === decision?.id)
      .map((f) => f.probability ?? 0);
    expect(shares[0]).toBe(0.25);
    expect(shares.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 12);
  });
});

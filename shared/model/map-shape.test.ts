import { describe, expect, it } from 'vitest';
import { invoiceProcessing } from '../samples/invoice-processing';
import { byShape } from './map-shape';
import type { ProcessMap, Step } from './schema';

const map = invoiceProcessing.maps.current;
const withStep = (m: ProcessMap, i: number, patch: Partial<Step>): ProcessMap => ({
  ...m,
  steps: m.steps.map((s, j) => (j === i ? ({ ...s, ...patch } as Step) : s)),
});

describe('byShape', () => {
  it('given a map whose steps changed only in their numbers, then the remembered value comes back', () => {
    let derived = 0;
    const count = byShape(() => ++derived);
    expect(count(map)).toBe(1);
    const task = map.steps.findIndex((s) => s.kind === 'task');
    const faster = withStep(map, task, { position: { x: 1, y: 2 } });
    expect(faster.flows).toBe(map.flows);
    expect(count(faster)).toBe(1);
    expect(derived).toBe(1);
  });

  it('given a renamed step, another id or kind, or new flows, then it is derived again', () => {
    let derived = 0;
    const count = byShape(() => ++derived);
    count(map);
    expect(count(withStep(map, 1, { name: 'Something else' }))).toBe(2);
    expect(count(withStep(map, 1, { id: 'other-id' }))).toBe(3);
    expect(count({ ...map, flows: [...map.flows] })).toBe(4);
    expect(count({ ...map, steps: map.steps.slice(1) })).toBe(5);
    const decision = map.steps.findIndex((s) => s.kind === 'decision');
    expect(decision).toBeGreaterThanOrEqual(0);
    expect(count(withStep(map, decision, { kind: 'parallel-split' }))).toBe(6);
  });
});

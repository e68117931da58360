import { describe, expect, it } from 'vitest';
import type { ActivityKind, LoggedCase } from '../../../../shared/engine';
import type { ProcessMap } from '../../../../shared/model/schema';
import { invoiceProcessing } from '../../../../shared/samples/invoice-processing';
import { recordReplay } from './record';
import { polyline } from './route';
import { buildTrace, createPlacement, MOVING, placeTokens, QUEUED, WORKING } from './trace';

const map: ProcessMap = {
  id: 'm',
  name: 'M',
  description: '',
  demand: { casesPerPeriod: 1, period: 'day', arrivals: 'regular' },
  steps: [
    { id: 's', name: 'S', kind: 'start', position: { x: 0, y: 0 }, notes: '' },
    {
      id: 'a',
      name: 'A',
      kind: 'task',
      position: { x: 100, y: 0 },
      notes: '',
      roleId: 'r',
      handlingMinutes: { type: 'fixed', value: 60 },
      waitMinutes: null,
      costPerCase: 0,
      systemIds: [],
      errorRate: 0,
      costPerError: 0,
    },
    { id: 'e', name: 'E', kind: 'end', position: { x: 200, y: 0 }, notes: '' },
  ],
  flows: [
    { id: 'f1', from: 's', to: 'a', probability: null, label: '' },
    { id: 'f2', from: 'a', to: 'e', probability: null, label: '' },
  ],
};

const kind = (stepId: string, role: string | null): ActivityKind => ({
  activity: stepId,
  stepId,
  stepKind: stepId === 'a' ? 'task' : stepId === 's' ? 'start' : 'end',
  role,
  aiOutcome: null,
});

/** Arrives at 0, queues at A until 1, worked 1..2, ends at 2. */
const oneCase: LoggedCase = {
  caseNumber: 1,
  warmUp: false,
  arrivalHours: 0,
  completionHours: 2,
  activities: [
    { kind: kind('s', null), startHours: 0, endHours: 0 },
    { kind: kind('a', 'Clerk'), startHours: 1, endHours: 2 },
    { kind: kind('e', null), startHours: 2, endHours: 2 },
  ],
};

describe('token replay', () => {
  const trace = buildTrace(map, [oneCase]);
  const lines = trace.routes.map((r) =>
    r.fromId === 's' ? polyline([0, 0, 100, 0]) : polyline([100, 0, 200, 0]),
  );
  const anchors = Float64Array.from([0, -10, 0, 10, 100, -60, 100, 60, 200, -10, 200, 10]);
  const at = (t: number) =>
    placeTokens(trace, t, lines, anchors, { travelHours: 0.5, gap: 10 }, createPlacement(trace, 3));

  it('given a case, then each activity after the start is a segment leaving the step before', () => {
    expect(trace.count).toBe(2);
    expect(Array.from(trace.depart)).toEqual([0, 2]);
    expect(trace.routes.map((r) => r.flowIds)).toEqual([['f1'], ['f2']]);
  });

  it('travels along the flow, then queues, then is worked on, then leaves for the end', () => {
    const moving = at(0.25);
    expect([moving.count, moving.state[0], moving.x[0], moving.y[0]]).toEqual([1, MOVING, 50, 0]);
    const queued = at(0.75);
    expect(queued.state[0]).toBe(QUEUED);
    expect(queued.queued[1]).toBe(1);
    expect(queued.y[0]).toBe(-60);
    const working = at(1.5);
    expect(working.state[0]).toBe(WORKING);
    expect(working.y[0]).toBe(60);
    const toEnd = at(2.25);
    expect([toEnd.count, toEnd.state[0], toEnd.x[0]]).toEqual([1, MOVING, 150]);
    expect(at(3).count).toBe(0);
  });

  it('given the AP sample, when replayed, then dozens of tokens are on screen at once', () => {
    const replay = recordReplay(invoiceProcessing, invoiceProcessing.maps.current);
    expect(replay.count).toBeGreaterThan(1000);
    const placed = createPlacement(replay, invoiceProcessing.maps.current.steps.length);
    const straight = replay.routes.map(() => polyline([0, 0, 10, 0]));
    const piles = new Float64Array(4 * invoiceProcessing.maps.current.steps.length);
    placeTokens(replay, 10, straight, piles, { travelHours: 0.2, gap: 10 }, placed);
    expect(placed.count).toBeGreaterThan(50);
  });
});

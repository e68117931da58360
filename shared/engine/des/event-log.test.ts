/**
 * The event-log recorder (event-log.ts) and the observer hook behind it: watching a run
 * changes nothing, every case is recorded once and completely, and what it records agrees
 * with the simulation's own figures.
 */
import { describe, expect, it } from 'vitest';
import {
  recordEventLog,
  simulate,
  simulateAsync,
  type LoggedCase,
  type SimulationOptions,
} from './index';
import { mixedProject } from './testing/mixed-project';

const options = (over: Partial<SimulationOptions> = {}): SimulationOptions => ({
  cases: 3000,
  replications: 3,
  seed: 11,
  ...over,
});

function recorded(cases = 3000, replications = 1) {
  const project = mixedProject();
  const map = project.maps.current;
  const log: LoggedCase[] = [];
  const result = simulate(project, map, {
    ...options({ cases, replications }),
    observer: recordEventLog(project, map, (c) => log.push(c)),
  });
  return { result, log };
}

describe('event-log recorder', () => {
  it('changes nothing: the result is byte-identical with and without it, sync and async', async () => {
    // given the map with every step kind
    const project = mixedProject();
    const map = project.maps.current;
    // when it is simulated plain, observed, and observed in small chunks with pauses
    const plain = JSON.stringify(simulate(project, map, options()));
    let cases = 0;
    let pauses = 0;
    const observed = JSON.stringify(
      simulate(project, map, {
        ...options(),
        observer: recordEventLog(project, map, () => cases++),
      }),
    );
    const paused = JSON.stringify(
      await simulateAsync(project, map, {
        ...options(),
        observer: recordEventLog(project, map, () => {}),
        betweenChunks: () => {
          pauses++;
          return Promise.resolve();
        },
      }),
    );
    // then the three results are the same bytes, and only the first replication was logged
    expect(observed).toBe(plain);
    expect(paused).toBe(plain);
    expect(cases).toBe(3000);
    expect(pauses).toBeGreaterThan(0);
  });

  it('records every case once, from its arrival to its end step, activities in start order', () => {
    const { log } = recorded();
    expect(log.map((c) => c.caseNumber).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 3000 }, (_, i) => i + 1),
    );
    const problems: string[] = [];
    for (const c of log) {
      const first = c.activities[0];
      const last = c.activities[c.activities.length - 1];
      if (first?.kind.stepKind !== 'start' || first.startHours !== c.arrivalHours)
        problems.push(`case ${c.caseNumber} does not begin with its arrival`);
      if (last?.kind.stepKind !== 'end' || last.endHours !== c.completionHours)
        problems.push(`case ${c.caseNumber} does not end with its end step`);
      let previousStart = -Infinity;
      for (const a of c.activities) {
        if (a.startHours < previousStart || a.endHours < a.startHours)
          problems.push(`case ${c.caseNumber}: ${a.kind.activity} out of order`);
        if (a.endHours > c.completionHours)
          problems.push(`case ${c.caseNumber}: ${a.kind.activity} ends after the case`);
        previousStart = a.startHours;
      }
    }
    expect(problems).toEqual([]);
    expect(log[0]?.activities[0]?.kind.activity).toBe('Start');
  });

  it('agrees with the simulation: warm-up marks and the mean cycle time of counted cases', () => {
    // given one replication, so the log holds every case the figures come from
    const { result, log } = recorded(3000, 1);
    // then the cases marked as warm-up are those that arrived before it ended
    for (const c of log) expect(c.warmUp).toBe(c.arrivalHours < result.warmupHours);
    expect(log.filter((c) => !c.warmUp)).toHaveLength(result.casesCounted);
    // and the counted cases' mean cycle time is the simulation's
    const counted = log.filter((c) => !c.warmUp);
    const mean =
      counted.reduce((sum, c) => sum + c.completionHours - c.arrivalHours, 0) / counted.length;
    expect(mean).toBeCloseTo(result.cycleTimeHours?.mean.mean ?? NaN, 9);
  });

  it('names the parts of each step with their role and AI outcome', () => {
    const { log } = recorded();
    const rows = log.flatMap((c) => c.activities.map((a) => ({ ...a, ...a.kind })));
    const kinds = new Map<string, Set<string>>();
    for (const a of rows) {
      const key = `${a.activity} | ${a.role ?? '-'} | ${a.aiOutcome ?? '-'}`;
      kinds.set(key, (kinds.get(key) ?? new Set()).add(a.stepId));
    }
    // every combination that can happen, and no other
    expect([...kinds.keys()].sort()).toEqual(
      [
        'AI draft (QA review) | Expert | accepted',
        'AI draft (fallback) | Clerk | fallback',
        'AI draft (review) | Expert | reviewed',
        'AI draft | - | accepted',
        'AI draft | - | reviewed',
        'Check | Expert | -',
        'End | - | -',
        'Gather A | Clerk | -',
        'Gather B (waiting) | - | -',
        'Gather B | Clerk | -',
        'Start | - | -',
      ].sort(),
    );
    // a review follows its model run at once, with the run's outcome
    for (const c of log)
      c.activities.forEach((a, i) => {
        if (!a.kind.activity.endsWith('review)')) return;
        const run = c.activities.slice(0, i).findLast((b) => b.kind.activity === 'AI draft');
        expect(run?.endHours).toBeLessThanOrEqual(a.startHours);
        expect(run?.kind.aiOutcome).toBe(a.kind.aiOutcome);
      });
    // the shares are the step's: 10 % down, 30 % of runs reviewed
    const draft = rows.filter((a) => a.stepId === 'draft' && !a.activity.includes('review'));
    const share = (outcome: string) =>
      draft.filter((a) => a.aiOutcome === outcome).length / draft.length;
    expect(share('fallback')).toBeCloseTo(0.1, 1);
    expect(share('reviewed')).toBeCloseTo(0.9 * 0.3, 1);
  });
});

/**
 * Replications of one compiled map run again on the same machinery (replication.ts): the
 * numbers must be those of a fresh start every time, whatever ran before, and two run side by
 * side must not share state.
 */
import { describe, expect, it } from 'vitest';
import { findSample } from '../../samples';
import { compileSimulation } from './compile';
import { createReplication } from './replication';
import { planSimulation } from './split-run';
import { emptyTotals, resetTotals, type ReplicationSummary } from './totals';

function invoiceRun() {
  const project = findSample('invoice-processing')?.project;
  if (project === undefined) throw new Error('the invoice sample is missing');
  const map = project.maps.current;
  const plan = planSimulation(project, map, { cases: 20_000, replications: 3, seed: 11 });
  return { project, map, settings: plan.settings };
}

function runToEnd(replication: ReturnType<typeof createReplication>): ReplicationSummary {
  while (!replication.run(5_000));
  return replication.summary();
}

describe('replications of one compiled map', () => {
  const { project, map, settings } = invoiceRun();
  // Each replication on a map compiled for it alone: the reference.
  const fresh = [0, 1, 2].map((r) =>
    runToEnd(createReplication(compileSimulation(project, map), settings, r)),
  );

  it('give, one after another on the same compiled map, the figures of fresh starts', () => {
    expect(fresh.every((f) => f.countedCompleted > 1_000 && f.events > 100_000)).toBe(true);
    expect(fresh[0]).not.toEqual(fresh[1]);
    const model = compileSimulation(project, map);
    const again = [0, 1, 2].map((r) => runToEnd(createReplication(model, settings, r)));
    expect(again).toEqual(fresh);
    // and a replication run a second time gives the same figures again
    expect(runToEnd(createReplication(model, settings, 1))).toEqual(fresh[1]);
  });

  it('keep their own state when two of the same map run side by side', () => {
    const model = compileSimulation(project, map);
    const first = createReplication(model, settings, 0);
    first.run(30_000);
    const second = createReplication(model, settings, 1);
    second.run(30_000);
    expect([runToEnd(first), runToEnd(second)]).toEqual([fresh[0], fresh[1]]);
  });

  it('refuse to report a finished replication once the next of its map has started', () => {
    const model = compileSimulation(project, map);
    const first = createReplication(model, settings, 0);
    runToEnd(first);
    createReplication(model, settings, 1);
    expect(() => first.summary()).toThrow(/left for another/);
  });
});

describe('totals run again', () => {
  it('are reset to exactly what emptyTotals makes, every field of it', () => {
    // Given totals of the invoice map with every sum and every array but the model's own
    // servers (shared, never written) dirtied, field by field as emptyTotals lists them
    const { project, map } = invoiceRun();
    const model = compileSimulation(project, map);
    const totals = emptyTotals(model);
    const fields = totals as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(fields)) {
      if (typeof value === 'number') fields[key] = 7;
      else if (value instanceof Float64Array) value.fill(7);
    }
    // When they are reset
    resetTotals(totals);
    // Then they equal fresh ones: a field added to emptyTotals and not to resetTotals fails here
    const plain = (t: object) =>
      Object.fromEntries(Object.entries(t).filter(([, v]) => typeof v !== 'function'));
    expect(plain(totals)).toEqual(plain(emptyTotals(model)));
    expect(totals.servers).toBe(model.servers);
  });
});

import { describe, expect, it } from 'vitest';
import { createRunner, type RunKey, type RunnerState, type Timers } from './runner';

/** Timers run by hand: `advance(ms)` fires what is due. */
function manualTimers() {
  let now = 0;
  let next = 1;
  const due = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    set: (run, ms) => {
      const id = next++;
      due.set(id, { at: now + ms, run });
      return id;
    },
    clear: (handle) => void due.delete(handle as number),
  };
  const advance = (ms: number): void => {
    now += ms;
    for (const [id, t] of [...due].sort((a, b) => a[1].at - b[1].at))
      if (t.at <= now) {
        due.delete(id);
        t.run();
      }
  };
  return { timers, advance, pending: () => due.size };
}

/** A runner whose computations resolve when the test says so. */
function setup() {
  const clock = manualTimers();
  const started: RunKey[] = [];
  const resolvers: ((value: string) => void)[] = [];
  const states: RunnerState<string>[] = [];
  const runner = createRunner<string>({
    delayMs: 300,
    timers: clock.timers,
    onChange: (s) => states.push(s),
    compute: (key) => {
      started.push(key);
      return new Promise<string>((resolve) => resolvers.push(resolve));
    },
  });
  const last = (): RunnerState<string> => states[states.length - 1] as RunnerState<string>;
  const settle = async (index: number, value: string): Promise<void> => {
    resolvers[index]?.(value);
    await Promise.resolve();
    await Promise.resolve();
  };
  return { ...clock, runner, started, states, last, settle };
}

describe('the business case runner', () => {
  it('computes a new target at once and shows it as current', async () => {
    // Given a runner with nothing shown
    const t = setup();
    // When the screen asks for target A at revision 1
    t.runner.request({ revision: 1, targetId: 'a' });
    expect(t.last()).toMatchObject({ result: null, pending: true, stale: false });
    t.advance(0);
    // Then it starts without waiting, and its result is current when it arrives
    expect(t.started).toEqual([{ revision: 1, targetId: 'a' }]);
    await t.settle(0, 'A1');
    expect(t.last()).toEqual({
      result: 'A1',
      resultKey: { revision: 1, targetId: 'a' },
      pending: false,
      stale: false,
    });
  });

  it('waits 300 ms after the last edit, keeping the old result marked out of date', async () => {
    const t = setup();
    t.runner.request({ revision: 1, targetId: 'a' });
    t.advance(0);
    await t.settle(0, 'A1');
    // When three edits follow each other 100 ms apart
    t.runner.request({ revision: 2, targetId: 'a' });
    t.advance(100);
    t.runner.request({ revision: 3, targetId: 'a' });
    t.advance(100);
    t.runner.request({ revision: 4, targetId: 'a' });
    // Then the old result stays, out of date, and nothing has started yet
    expect(t.last()).toMatchObject({ result: 'A1', pending: true, stale: true });
    t.advance(299);
    expect(t.started).toHaveLength(1);
    // And one computation starts 300 ms after the last edit, for the last revision only
    t.advance(1);
    expect(t.started).toEqual([
      { revision: 1, targetId: 'a' },
      { revision: 4, targetId: 'a' },
    ]);
    await t.settle(1, 'A4');
    expect(t.last()).toMatchObject({ result: 'A4', pending: false, stale: false });
  });

  it('drops a result overtaken by a newer edit while it was computing', async () => {
    const t = setup();
    t.runner.request({ revision: 1, targetId: 'a' });
    t.advance(0);
    await t.settle(0, 'A1');
    t.runner.request({ revision: 2, targetId: 'a' });
    t.advance(300);
    // When revision 3 arrives while revision 2 is computing, and 2 then finishes
    t.runner.request({ revision: 3, targetId: 'a' });
    const before = t.states.length;
    await t.settle(1, 'A2');
    // Then revision 2's figures are never shown as current
    expect(t.states.length).toBe(before);
    expect(t.last()).toMatchObject({ result: 'A1', stale: true });
    t.advance(300);
    await t.settle(2, 'A3');
    expect(t.last()).toMatchObject({ result: 'A3', stale: false });
  });

  it('runs only the latest of the edits made while one computes, once it has finished', async () => {
    const t = setup();
    t.runner.request({ revision: 1, targetId: 'a' });
    t.advance(0);
    // When three edits come, each after the delay, while revision 1 is still computing
    for (const revision of [2, 3, 4]) {
      t.runner.request({ revision, targetId: 'a' });
      t.advance(300);
    }
    expect(t.started).toHaveLength(1);
    // Then once it finishes, the latest edit runs, and none of those in between
    await t.settle(0, 'A1');
    expect(t.started.map((k) => k.revision)).toEqual([1, 4]);
    await t.settle(1, 'A4');
    expect(t.last()).toMatchObject({ result: 'A4', pending: false, stale: false });
  });

  it('ignores a repeated request and stops after dispose', async () => {
    const t = setup();
    t.runner.request({ revision: 1, targetId: 'a' });
    t.runner.request({ revision: 1, targetId: 'a' });
    t.advance(0);
    expect(t.started).toHaveLength(1);
    t.runner.request({ revision: 2, targetId: 'a' });
    t.runner.dispose();
    t.advance(1000);
    await t.settle(0, 'A1');
    expect(t.started).toHaveLength(1);
    expect(t.pending()).toBe(0);
    expect(t.last().result).toBeNull();
  });

  it('switches target without the edit delay', () => {
    const t = setup();
    t.runner.request({ revision: 1, targetId: 'a' });
    t.advance(0);
    t.runner.request({ revision: 1, targetId: 'b' });
    t.advance(0);
    expect(t.started.map((k) => k.targetId)).toEqual(['a', 'b']);
  });
});

/**
 * Auto-layout in Node: there is no `Worker` here, so the app's own `autoLayout` takes the
 * main-thread fallback with the real `elk.bundled.js`. The worker path is driven through stand-in workers:
 * one that runs elkjs's worker code in this thread (elk-worker.min.js's own stand-in, behind
 * the Worker events `layout-worker.ts` listens to), and ones that fail to load, never answer,
 * or fail mid-layout. The real browser worker is checked against the built app.
 */
import type { Worker as ElkFakeWorker } from 'elkjs/lib/elk-worker.min.js';
import type { MockInstance } from 'vitest';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProcessMap } from '../../../shared/model/schema';
import { findSample } from '../../../shared/samples';
import { overlappingSteps, unplacedSteps } from '../../../shared/layout/testing/layout-checks';
import { withoutPositions } from '../../../shared/layout/testing/layout-maps';
import type { LayoutEngines } from './auto-layout';
import { autoLayout, createAutoLayout, LayoutTimeoutError } from './auto-layout';
import type { ElkSession } from './elk-session';
import { startElkWorker } from './layout-worker';
import { startMainThreadElk } from './main-thread-elk';

const invoices: ProcessMap = withoutPositions(
  findSample('invoice-processing')!.project.maps.current,
);

/** The parts of a Worker that elk-api and layout-worker.ts use. */
class StandInWorker extends EventTarget {
  onmessage: ((event: MessageEvent) => void) | null = null;
  terminated = false;
  readonly posted: { id: number; cmd: string }[] = [];

  postMessage(message: { id: number; cmd: string }): void {
    if (!this.terminated) this.posted.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Answers as a worker does: `onmessage`, then the listeners. */
  answer(data: unknown): void {
    if (this.terminated) return;
    const event = new MessageEvent('message', { data });
    this.onmessage?.(event);
    this.dispatchEvent(event);
  }

  fail(message?: string): void {
    const event = new Event('error', { cancelable: true });
    if (message !== undefined) Object.assign(event, { message });
    this.dispatchEvent(event);
  }
}

/** A worker that really lays out: elkjs's in-thread stand-in runs the worker script's code. */
class ElkInThreadWorker extends StandInWorker {
  constructor(private readonly inner: ElkFakeWorker) {
    super();
    inner.onmessage = ({ data }) => this.answer(data);
  }

  override postMessage(message: { id: number; cmd: string }): void {
    super.postMessage(message);
    // A real worker receives a structured clone, never the caller's object.
    if (!this.terminated) this.inner.postMessage(structuredClone(message));
  }
}

/** Engines that start the next of `workers` each time, counting fallbacks to the main thread. */
function enginesWith(...workers: StandInWorker[]) {
  const queue = [...workers];
  const fallback = vi.fn(startMainThreadElk);
  const startWorker = vi.fn(() =>
    // The stand-in has every member elk-api and layout-worker.ts touch; it is not a full Worker.
    startElkWorker(() => queue.shift() as unknown as Worker),
  );
  const engines: LayoutEngines = { startWorker, startMainThread: fallback };
  return { engines, fallback, startWorker };
}

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  warn.mockRestore();
});

describe('autoLayout (once)', () => {
  it('lays out on the main thread where no worker can start (here: Node has no Worker)', async () => {
    // Given the invoice sample without positions, in a place without Web Workers
    expect(typeof globalThis.Worker).toBe('undefined');
    // when it is laid out with the app's own engines
    const positions = await autoLayout(invoices, { laneByRole: false });
    // then every step is placed, nothing overlaps, and the fallback said why
    expect(unplacedSteps(invoices, positions)).toEqual([]);
    expect(overlappingSteps(invoices, positions)).toEqual([]);
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(
        /^Auto-layout runs on the main thread: The layout worker could not be created/,
      ),
    );
  });

  it('starts nothing for a cancelled request or an empty map', async () => {
    const startWorker = vi.fn<() => ElkSession>();
    const layout = createAutoLayout({ startWorker, startMainThread: vi.fn() });
    await expect(
      layout.layout(invoices, { laneByRole: false, signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(await layout.layout({ ...invoices, steps: [] }, { laneByRole: false })).toEqual(
      new Map(),
    );
    expect(startWorker).not.toHaveBeenCalled();
  });
});

describe('createAutoLayout', () => {
  it('lays out through elk’s worker code as on the main thread, keeping one worker warm', async () => {
    // Given a runner whose worker runs elkjs's worker code
    const { Worker: FakeWorker } = await import('elkjs/lib/elk-worker.min.js');
    const worker = new ElkInThreadWorker(new FakeWorker());
    const { engines, fallback, startWorker } = enginesWith(worker);
    const runner = createAutoLayout(engines);
    for (const laneByRole of [false, true]) {
      // when the map is laid out through it, and on the main thread (Node's fallback)
      const viaWorker = await runner.layout(invoices, { laneByRole });
      const onMainThread = await autoLayout(invoices, { laneByRole });
      // then both give the same positions
      expect(viaWorker).toEqual(onMainThread);
    }
    // and both layouts went to the one worker, which runs until the runner is disposed
    expect(startWorker).toHaveBeenCalledOnce();
    expect(fallback).not.toHaveBeenCalled();
    expect(worker.posted.map((m) => m.cmd)).toEqual(['register', 'layout', 'layout']);
    expect(worker.terminated).toBe(false);
    runner.dispose();
    expect(worker.terminated).toBe(true);
  });

  it('stops its worker after a while without work', async () => {
    const { Worker: FakeWorker } = await import('elkjs/lib/elk-worker.min.js');
    const worker = new ElkInThreadWorker(new FakeWorker());
    const runner = createAutoLayout(enginesWith(worker).engines, 30);
    await runner.layout(invoices, { laneByRole: false });
    expect(worker.terminated).toBe(false);
    await vi.waitFor(() => expect(worker.terminated).toBe(true));
  });

  it('falls back to the main thread when the worker fails before its first answer, and stays there', async () => {
    // Given a worker whose script does not load (a bare error event, as Chromium fires it)
    const worker = new StandInWorker();
    setTimeout(() => worker.fail(), 5);
    const { engines, fallback, startWorker } = enginesWith(worker);
    const runner = createAutoLayout(engines);
    // when two layouts run, then both come from the main thread, and the dead worker is stopped
    for (let i = 0; i < 2; i++) {
      const positions = await runner.layout(invoices, { laneByRole: false });
      expect(unplacedSteps(invoices, positions)).toEqual([]);
    }
    expect(startWorker).toHaveBeenCalledOnce();
    expect(fallback).toHaveBeenCalledOnce();
    expect(worker.terminated).toBe(true);
    expect(warn).toHaveBeenCalledExactlyOnceWith(
      'Auto-layout runs on the main thread: The layout worker did not start (no details).',
    );
    runner.dispose();
  });

  it('stops a worker that does not answer in time, saying so, and starts afresh next time', async () => {
    // Given a worker that never answers, then one that works
    const silent = new StandInWorker();
    const { Worker: FakeWorker } = await import('elkjs/lib/elk-worker.min.js');
    const working = new ElkInThreadWorker(new FakeWorker());
    const { engines, fallback } = enginesWith(silent, working);
    const runner = createAutoLayout(engines);
    // when a layout runs out of time, then it says so in a sentence and the worker is stopped
    await expect(runner.layout(invoices, { laneByRole: false, timeoutMs: 100 })).rejects.toThrow(
      new LayoutTimeoutError(100).message,
    );
    expect(new LayoutTimeoutError(20_000).message).toBe(
      'Auto-layout did not finish within 20 seconds and was stopped. The map is unchanged.',
    );
    expect(silent.terminated).toBe(true);
    // and the next layout gets a new worker, not the main thread
    const positions = await runner.layout(invoices, { laneByRole: false });
    expect(unplacedSteps(invoices, positions)).toEqual([]);
    expect(fallback).not.toHaveBeenCalled();
    runner.dispose();
  });

  it('reports a worker that fails during a layout, without falling back', async () => {
    // Given a worker that starts (answers "register") and then fails on the layout
    const worker = new StandInWorker();
    const { engines, fallback } = enginesWith(worker);
    const running = createAutoLayout(engines).layout(invoices, { laneByRole: false });
    await vi.waitFor(() => expect(worker.posted).toHaveLength(2));
    worker.answer({ id: worker.posted[0]!.id });
    setTimeout(() => worker.fail('out of memory'), 5);
    // then the error says what happened, and nothing runs on the main thread
    await expect(running).rejects.toThrow(
      'Auto-layout failed: The layout worker stopped with an error (out of memory). The map is unchanged.',
    );
    expect(fallback).not.toHaveBeenCalled();
    expect(worker.terminated).toBe(true);
  });

  it('stops when cancelled, with the signal’s AbortError, failing a layout sharing the worker', async () => {
    // Given two layouts waiting on one worker
    const worker = new StandInWorker();
    const runner = createAutoLayout(enginesWith(worker).engines);
    const controller = new AbortController();
    const cancelled = runner.layout(invoices, { laneByRole: false, signal: controller.signal });
    const other = runner.layout(invoices, { laneByRole: true });
    // when one is cancelled
    controller.abort();
    // then it rejects with the AbortError, the worker stops, and the other fails instead of hanging
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    await expect(other).rejects.toThrow(
      'Auto-layout failed: The layout worker was stopped. The map is unchanged.',
    );
    expect(worker.terminated).toBe(true);
  });
});

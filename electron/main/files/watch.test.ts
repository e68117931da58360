import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveAtomically } from './atomic-save';
import { watchForChanges, type WatchFs } from './watch';

let dir = '';
let file = '';
const stops: (() => void)[] = [];
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'flowcase-watch-'));
  file = path.join(dir, 'Invoice.flowcase');
  writeFileSync(file, 'first');
  // A whole second, so a time set back with utimes reads back exactly.
  utimesSync(file, 1_700_000_000, 1_700_000_000);
});
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  rmSync(dir, { recursive: true, force: true });
});

const INTERVAL_MS = 5;
const waitFor = (check: () => void) => vi.waitFor(check, { timeout: 5_000, interval: 2 });

/** Watches `file` through a real fs that counts polls; `known` is the app's own version. */
function watch(fs: WatchFs = nodeFs) {
  const state = { known: statSync(file).mtimeMs, polls: 0, saving: false };
  const onChange = vi.fn<(modifiedAt: number) => void>();
  const counting: WatchFs = {
    stat: (filePath) => {
      state.polls += 1;
      return fs.stat(filePath);
    },
  };
  const stop = watchForChanges(file, {
    knownModifiedAt: () => state.known,
    isSaving: () => state.saving,
    onChange,
    intervalMs: INTERVAL_MS,
    fs: counting,
  });
  stops.push(stop);
  /** Resolves after `count` more polls have completed. */
  const polls = async (count: number): Promise<void> => {
    const until = state.polls + count + 1;
    await waitFor(() => expect(state.polls).toBeGreaterThanOrEqual(until));
  };
  return { state, onChange, stop, polls };
}

/** Another program writes `text` with the modification time `at` (ms). */
function externalWrite(text: string, at: number): void {
  writeFileSync(file, text);
  utimesSync(file, at / 1000, at / 1000);
}

describe('watchForChanges', () => {
  it('given an external write, when polled, then onChange is called once with the new time', async () => {
    const { state, onChange, polls } = watch();
    await polls(2);
    externalWrite('changed by a colleague', state.known + 60_000);
    const changedAt = statSync(file).mtimeMs;
    await waitFor(() => expect(onChange).toHaveBeenCalledWith(changedAt));
    await polls(5);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('given our own saves, when polled before, during and after them, then onChange is never called', async () => {
    const { state, onChange, polls } = watch();
    for (let save = 0; save < 20; save++) {
      state.saving = true;
      const saved = await saveAtomically(file, `our version ${save}`);
      if (save % 5 === 0) await polls(2); // as if the folder took long to flush
      state.known = saved.modifiedAt;
      state.saving = false;
      if (save % 5 === 1) await polls(1);
    }
    await polls(5);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('given a write that keeps the time but changes the size (a coarse-time drive), when polled, then it is a change', async () => {
    const { state, onChange, polls } = watch();
    await polls(2);
    externalWrite('first, and more', state.known);
    await waitFor(() => expect(onChange).toHaveBeenCalledWith(state.known));
  });

  it('given a file still being written, when polled, then the change is reported once it has settled', async () => {
    // given stats: our version, then three growing versions, then the last one for good
    const known = 1_000;
    const script = [
      { mtimeMs: known, size: 10 },
      { mtimeMs: 2_000, size: 20 },
      { mtimeMs: 3_000, size: 30 },
      { mtimeMs: 4_000, size: 40 },
    ];
    let poll = 0;
    const fs: WatchFs = {
      stat: () => Promise.resolve(script[Math.min(poll++, script.length - 1)]!),
    };
    const onChange = vi.fn<(modifiedAt: number) => void>();
    stops.push(
      watchForChanges(file, { knownModifiedAt: () => known, onChange, intervalMs: 1, fs }),
    );
    // when it has been polled well past the end of the script
    await waitFor(() => expect(poll).toBeGreaterThan(script.length + 5));
    // then only the settled version was reported
    expect(onChange.mock.calls).toEqual([[4_000]]);
  });

  it('given a file missing for a moment (replaced by a rename), when polled, then it is not a change', async () => {
    const known = 1_000;
    let poll = 0;
    const fs: WatchFs = {
      stat: () =>
        poll++ % 3 === 1
          ? Promise.reject(Object.assign(new Error('gone'), { code: 'ENOENT' }))
          : Promise.resolve({ mtimeMs: known, size: 10 }),
    };
    const onChange = vi.fn<(modifiedAt: number) => void>();
    stops.push(
      watchForChanges(file, { knownModifiedAt: () => known, onChange, intervalMs: 1, fs }),
    );
    await waitFor(() => expect(poll).toBeGreaterThan(20));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('given a stopped watcher, when the file changes, then it is not polled and nothing is reported', async () => {
    const { state, onChange, stop, polls } = watch();
    await polls(1);
    stop();
    const pollsAtStop = state.polls;
    externalWrite('changed after stop', state.known + 60_000);
    // No event can prove that nothing happens, so wait for several intervals.
    await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS * 10));
    expect(state.polls).toBeLessThanOrEqual(pollsAtStop + 1);
    expect(onChange).not.toHaveBeenCalled();
  });
});

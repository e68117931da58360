/**
 * Noticing that another program changed the open project file on disk (a colleague's edit, a
 * sync client bringing down another version).
 *
 * Promises of `watchForChanges(filePath, { knownModifiedAt, onChange })`:
 * - The file is polled with `stat` every `intervalMs`. Polling, not `fs.watch`: an atomic save
 *   replaces the file by a rename, which `fs.watch` reports differently on each platform (or
 *   loses the file), while a `stat` sees the same thing everywhere, network drives included.
 * - A change is a modification time other than `knownModifiedAt()` (the time of the version we
 *   last read or wrote), or, at that same time, a size other than the one first seen with it
 *   (file systems with coarse times, FAT or HFS+, can give two versions the same time).
 * - `onChange(modifiedAt)` is called once per new version, and only after the same changed
 *   state has been seen on two polls in a row, so a file still being written by a sync client
 *   is reported once, when it has settled.
 * - Our own save is never reported when the app says it is saving (`isSaving()` true from
 *   before `saveAtomically` until `knownModifiedAt` returns the saved time): polls during it
 *   count for nothing. Without `isSaving`, the two-poll rule alone covers a save whose rename
 *   and return are less than one interval apart: at the default of one second, every save but
 *   one on a drive that takes a second or more to flush a folder.
 * - A file that is missing for a moment (replaced by a rename on Windows, a sync client between
 *   versions) is not a change; it is looked at again on the next poll.
 * - Polls never overlap (the next one is scheduled when one ends), the timer does not keep the
 *   process alive, and after the returned stop function is called `onChange` is never called.
 */
import * as nodeFs from 'node:fs/promises';

/** The fs operation the watcher uses; `node:fs/promises` by default, a fake in tests. */
export interface WatchFs {
  stat(filePath: string): Promise<{ mtimeMs: number; size: number }>;
}

export interface WatchOptions {
  /** The modification time (ms) of the version the app holds: last read or saved. */
  knownModifiedAt: () => number;
  /** Called with the new modification time when another program changed the file. */
  onChange: (modifiedAt: number) => void;
  /** True while the app saves this file, until `knownModifiedAt` gives the saved time. */
  isSaving?: () => boolean;
  /** Time between two polls, in ms. */
  intervalMs?: number;
  fs?: WatchFs;
}

export const DEFAULT_WATCH_INTERVAL_MS = 1000;

/** Start watching `filePath`; returns the function that stops it. */
export function watchForChanges(filePath: string, options: WatchOptions): () => void {
  const { knownModifiedAt, onChange, isSaving = () => false } = options;
  const intervalMs = options.intervalMs ?? DEFAULT_WATCH_INTERVAL_MS;
  const fs = options.fs ?? nodeFs;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  /** The size seen with the known time, to tell two versions with one time apart. */
  let knownSize: { modifiedAt: number; size: number } | undefined;
  /** A changed state seen once, waiting for a second look. */
  let pending: string | undefined;
  /** The last changed state reported, so it is reported only once. */
  let reported: string | undefined;

  const look = (stats: { mtimeMs: number; size: number }): void => {
    if (isSaving()) {
      pending = undefined;
      return;
    }
    const known = knownModifiedAt();
    if (stats.mtimeMs === known) {
      if (knownSize?.modifiedAt !== known) knownSize = { modifiedAt: known, size: stats.size };
      if (stats.size === knownSize.size) {
        pending = undefined;
        return;
      }
    }
    const state = `${stats.mtimeMs}:${stats.size}`;
    if (state === reported) return;
    if (state !== pending) {
      pending = state;
      return;
    }
    pending = undefined;
    reported = state;
    onChange(stats.mtimeMs);
  };

  const poll = async (): Promise<void> => {
    try {
      const stats = await fs.stat(filePath);
      if (!stopped) look(stats);
    } catch {
      // Missing or unreadable for now: look again next time.
    }
    schedule();
  };

  const schedule = (): void => {
    if (stopped) return;
    timer = setTimeout(() => void poll(), intervalMs);
    timer.unref();
  };

  schedule();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

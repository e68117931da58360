/**
 * Crash recovery's one fact: did the previous run quit cleanly? A marker file in userData is
 * written at start and removed at a clean quit (`will-quit`); finding it at start means the
 * last run crashed or was killed, and the renderer then offers the autosaved drafts.
 * Synchronous on purpose: it runs once at start and once in `will-quit`, which cannot wait.
 */
export interface MarkerFs {
  existsSync(file: string): boolean;
  writeFileSync(file: string, text: string): void;
  rmSync(file: string, options: { force: boolean }): void;
}

export interface CrashMarker {
  /** True when the marker was there at start: the previous run did not quit cleanly. */
  readonly crashed: boolean;
  /** Removes the marker; call when the app quits cleanly. */
  clear(): void;
}

export function startCrashMarker(
  file: string,
  fs: MarkerFs,
  log: (message: string, error?: unknown) => void,
  now: () => Date = () => new Date(),
): CrashMarker {
  let crashed = false;
  try {
    crashed = fs.existsSync(file);
    fs.writeFileSync(file, JSON.stringify({ startedAt: now().toISOString(), pid: process.pid }));
  } catch (error) {
    log('Flowcase: could not write the crash marker', error);
  }
  return {
    crashed,
    clear() {
      try {
        fs.rmSync(file, { force: true });
      } catch (error) {
        log('Flowcase: could not remove the crash marker', error);
      }
    },
  };
}

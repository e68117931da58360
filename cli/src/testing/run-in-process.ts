/**
 * The command line run in-process, for tests: `runCli(argv)` calls `run` from `main.ts` (the
 * sources, not the built bundle, so a test can never pass on a stale build) with a `CliIo`
 * that records what would reach standard output, standard error and the terminal's progress
 * line, and reads and writes real files exactly as the command does.
 *
 * Only `test/cli-bundle.test.ts` still spawns the bundle, as a smoke test of the launcher.
 */
import { nodeIo, type CliIo } from '../io';
import { run } from '../main';

/** What one command printed, and its exit code. */
export interface CliRun {
  status: number;
  /** Every `out` text, each ended by a line break, as a process would print them. */
  stdout: string;
  /** Every `err` text, each ended by a line break. */
  stderr: string;
  /** Every progress text shown, in order ('' clears the line); empty unless `terminal`. */
  progress: string[];
}

export interface CliRunOptions {
  /** Behave as if standard error were a terminal watched by a person (progress is shown). */
  terminal?: boolean;
  /** The clock the command reads, in milliseconds (default: performance.now). */
  now?: () => number;
  /**
   * Give up after this many milliseconds of wall time: the promise rejects with an error
   * naming the command, and the command's signal is set so a simulation stops.
   */
  timeoutMs?: number;
  /** Worker threads for `simulate --workers` (default: none, everything runs in-process). */
  threads?: CliIo['threads'];
}

/**
 * Run `flowcase ...argv` in this process and collect its output.
 *
 * With `timeoutMs`, the returned promise rejects when the command has not finished in time.
 * That works for commands that yield to the event loop (the simulation does, between chunks
 * of events); a synchronous loop cannot be interrupted in-process, so a reproducer for a run
 * that never ends in synchronous code should spawn the bundle with a kill timeout instead.
 */
export async function runCli(
  argv: readonly string[],
  options: CliRunOptions = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const progress: string[] = [];
  const signal = { aborted: false };
  const io: CliIo = {
    out: (text) => {
      stdout += `${text}\n`;
    },
    err: (text) => {
      stderr += `${text}\n`;
    },
    now: options.now ?? (() => performance.now()),
    signal,
    readText: (path, maxBytes) => nodeIo.readText(path, maxBytes),
    writeText: (path, text, overwrite) => nodeIo.writeText(path, text, overwrite),
    writeBytes: (path, bytes, overwrite) => nodeIo.writeBytes(path, bytes, overwrite),
    openText: (path, overwrite) => nodeIo.openText(path, overwrite),
  };
  if (options.terminal === true) io.progress = (text) => progress.push(text);
  if (options.threads !== undefined) io.threads = options.threads;
  const finished = run(argv, io).then((status) => ({ status, stdout, stderr, progress }));
  if (options.timeoutMs === undefined) return finished;
  return withTimeout(finished, options.timeoutMs, `flowcase ${argv.join(' ')}`, () => {
    signal.aborted = true;
  });
}

/**
 * `promise`, or a rejection saying `what` did not finish within `ms` milliseconds (after
 * calling `onExpiry`, which can tell the work to stop).
 */
export function withTimeout<T>(
  promise: Promise<T>,
  ms: number,
  what: string,
  onExpiry: () => void = () => {},
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onExpiry();
      reject(new Error(`${what} did not finish within ${ms / 1000} s`));
    }, ms);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

/**
 * The CLI's contact with the outside world, passed into every command so commands stay
 * testable: where text goes and how files are read and written. Messages to people go to
 * `err`; results meant for scripts go to `out`.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  FileRefused,
  openTextFile,
  readProjectText,
  writeFileAtomically,
  writeProjectText,
  type TextFile,
} from './files';
import type { StartThread } from './simulate-threads';

export type { TextFile } from './files';

export interface CliIo {
  /** Results for scripts, on standard output: one or more lines. */
  out(text: string): void;
  /** Messages for people, on standard error: one or more lines. */
  err(text: string): void;
  /**
   * A progress line that replaces itself; '' clears it. Present only when a person watches
   * standard error on a terminal, so a command that finds it absent shows no progress.
   */
  progress?(text: string): void;
  /** Milliseconds on a monotonic clock: what progress estimates read. */
  now(): number;
  /** Set when whoever runs the command gives up on it: a long run stops at its next chunk. */
  signal?: { readonly aborted: boolean };
  /**
   * The text of a regular file of at most `maxBytes` bytes; anything else (a folder, a
   * device, a pipe, a larger file) is refused without being read (files.ts).
   */
  readText(path: string, maxBytes: number): Promise<string>;
  /**
   * Write a new file, or with `overwrite` replace an existing regular file; without it an
   * existing file is an error (EEXIST); a folder, device or pipe is refused either way.
   */
  writeText(path: string, text: string, overwrite: boolean): Promise<void>;
  /**
   * Write a whole file or nothing (a temporary file beside it, renamed over it), with the same
   * rules for an existing path as `writeText` (files.ts `writeFileAtomically`).
   */
  writeBytes(path: string, bytes: Uint8Array, overwrite: boolean): Promise<void>;
  /**
   * Worker threads for `simulate --workers` (simulate-threads.ts): how to start one, and how
   * many the machine runs at once. Absent where there is no bundle for a thread to run (the
   * sources run by tests): commands then do all their work in this process.
   */
  threads?: { start: StartThread; cores: number };
  /** Open a file to write a long text as a stream (same rules as `writeText`). */
  openText(path: string, overwrite: boolean): Promise<TextFile>;
}

/** The two streams a terminal io writes to (process.stdout and process.stderr). */
interface Streams {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number };
}

/**
 * The io of a process on `streams`. The progress line exists only when standard error is a
 * terminal; it is cut to the terminal's width (a wrapped line could not be replaced), and
 * cleared before any other output so a result or an error never lands after it.
 */
export function terminalIo({ stdout, stderr }: Streams): CliIo {
  let progressShown = false;
  const clearProgress = (): void => {
    if (progressShown) stderr.write('\r\x1b[K');
    progressShown = false;
  };
  const io: CliIo = {
    out: (text) => {
      clearProgress();
      stdout.write(`${text}\n`);
    },
    err: (text) => {
      clearProgress();
      stderr.write(`${text}\n`);
    },
    now: () => performance.now(),
    readText: readProjectText,
    writeText: writeProjectText,
    writeBytes: writeFileAtomically,
    openText: openTextFile,
  };
  if (stderr.isTTY === true)
    io.progress = (text) => {
      // A terminal that does not know its width reports 0 columns: assume 80.
      const columns = stderr.columns !== undefined && stderr.columns > 0 ? stderr.columns : 80;
      stderr.write(`\r\x1b[K${text.slice(0, Math.max(20, columns - 1))}`);
      progressShown = text !== '';
    };
  return io;
}

// Output piped into a command that stops reading early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/**
 * A thread running this bundle again (`import.meta.url` is out/cli/flowcase.mjs once
 * bundled), told by its `workerData` to serve replications (see main.ts).
 */
const startBundleThread: StartThread = (data) =>
  new Worker(new URL(import.meta.url), { workerData: data });

/**
 * This process's io: standard output, standard error, the file system, and worker threads
 * running the bundle.
 */
export const nodeIo: CliIo = {
  ...terminalIo(process),
  threads: { start: startBundleThread, cores: availableParallelism() },
};

/** A file-system error in words: "no such file", "permission denied", ... */
export function describeFsError(error: unknown): string {
  if (error instanceof FileRefused) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'this is a folder, not a file';
    case 'EEXIST':
      return 'the file already exists (add --force to replace it)';
    case 'ENOSPC':
      return 'the disk is full';
    case 'ENOTDIR':
      return 'a folder on this path is a file';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    case 'ENXIO':
      return 'this is not a regular file';
    default:
      return error instanceof Error ? error.message : 'cannot be read';
  }
}

/** Exit codes: 0 success, 1 the input is invalid, 2 the command was used wrongly. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/**
 * The CLI's contact with the outside world, passed into every command so commands stay
 * testable: where text goes and how files are read and written. Messages to people go to
 * `err`; results meant for scripts go to `out`.
 */
import { readFile, writeFile } from 'node:fs/promises';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** A progress line that replaces itself (terminals only); '' clears it. */
  progress?(text: string): void;
  readText(path: string): Promise<string>;
  /** Write a new file; with `overwrite` false, an existing file is an error (EEXIST). */
  writeText(path: string, text: string, overwrite: boolean): Promise<void>;
}

// Output piped into a command that stops reading early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

export const nodeIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  progress: (text) => {
    if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${text}`);
  },
  readText: (path) => readFile(path, 'utf8'),
  writeText: (path, text, overwrite) =>
    writeFile(path, text, { encoding: 'utf8', flag: overwrite ? 'w' : 'wx' }),
};

/** A file-system error in words: "no such file", "permission denied", ... */
export function describeFsError(error: unknown): string {
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
    default:
      return error instanceof Error ? error.message : 'cannot be read';
  }
}

/** Exit codes: 0 success, 1 the input is invalid, 2 the command was used wrongly. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

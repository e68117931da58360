/**
 * The CLI's contact with the outside world, passed into every command so commands stay
 * testable: where text goes and how files are read and written. Messages to people go to
 * `err`; results meant for scripts go to `out`.
 */
import { FileRefused, readProjectText, writeProjectText } from './files';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** A progress line that replaces itself (terminals only); '' clears it. */
  progress?(text: string): void;
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
  readText: readProjectText,
  writeText: writeProjectText,
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

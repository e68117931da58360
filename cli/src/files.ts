/**
 * Reading and writing project files from the command line: regular files only, and never
 * more than the size limit read.
 *
 * Contract:
 * - `readProjectText(path, maxBytes)` reads a regular file of at most `maxBytes` bytes as
 *   UTF-8. Anything else is refused with a `FileRefused` whose message says what the path is
 *   ("this is a device, not a project file"): a device could be endless (`/dev/zero`,
 *   `/dev/urandom`) and a named pipe with no writer would make `open` wait forever. The type
 *   is checked before opening (so a device or pipe is never opened) and again on the open
 *   handle (the path may have been swapped in between); the open does not block on a pipe
 *   (`O_NONBLOCK`); and the read stops at `maxBytes + 1` bytes, since a file can grow
 *   between the size check and the read, and some files report a size of 0 (`/proc`).
 * - `writeProjectText(path, text, overwrite)` writes only to a new path or, with
 *   `overwrite`, over an existing regular file; an existing device, pipe, socket or folder
 *   is refused the same way, so `-o /dev/sda --force` cannot write to a disk and a pipe
 *   cannot hang the command. Without `overwrite` an existing path fails with EEXIST.
 * - `openTextFile(path, overwrite)` opens the same kinds of path the same way for writing a
 *   long text as a stream (an event log), with backpressure: `drained()` resolves once the
 *   queued text is below the stream's buffer, so a producer never queues more than it has
 *   made between two waits.
 * - Other failures (no such file, permission denied) are Node's own errors with their codes,
 *   which `describeFsError` in io.ts puts into words.
 */
import type { Stats } from 'node:fs';
import { constants, open, stat, unlink } from 'node:fs/promises';

/** A path the CLI will not read or write, with the reason in words (a phrase, no path). */
export class FileRefused extends Error {
  override name = 'FileRefused';
}

/** Not defined on Windows, where opening cannot block on a pipe in the same way. */
const NON_BLOCKING = (constants as { O_NONBLOCK?: number }).O_NONBLOCK ?? 0;

/** What the path is when it is not a regular file, in words; undefined for a regular file. */
function specialKind(info: Stats): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return 'a folder';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

function refuseSpecial(info: Stats, role: string): void {
  const kind = specialKind(info);
  if (kind === undefined) return;
  throw new FileRefused(
    kind === 'not a regular file' ? `this is ${kind}` : `this is ${kind}, not ${role}`,
  );
}

/** A size in words: "6.2 MB", "12 KB", "64 bytes". */
function size(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function tooLarge(found: string, maxBytes: number): FileRefused {
  return new FileRefused(
    `the file is too large (${found}; at most ${size(maxBytes)}); a Flowcase project is far smaller`,
  );
}

/**
 * The text of the project file at `path`: a regular file of at most `maxBytes` bytes, read
 * as UTF-8. Rejects with `FileRefused` for anything else, or with Node's error (ENOENT, ...).
 */
export async function readProjectText(path: string, maxBytes: number): Promise<string> {
  const info = await stat(path);
  refuseSpecial(info, 'a project file');
  if (info.size > maxBytes) throw tooLarge(size(info.size), maxBytes);
  const handle = await open(path, constants.O_RDONLY | NON_BLOCKING);
  try {
    refuseSpecial(await handle.stat(), 'a project file');
    const buffer = Buffer.allocUnsafe(maxBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw tooLarge(`more than ${size(maxBytes)}`, maxBytes);
    return buffer.toString('utf8', 0, length);
  } finally {
    await handle.close();
  }
}

/**
 * Write `text` to `path`: a new file, or with `overwrite` an existing regular file. Rejects
 * with `FileRefused` for an existing folder, device, pipe or socket (with or without
 * `overwrite`), with EEXIST for an existing file without `overwrite`.
 */
export async function writeProjectText(
  path: string,
  text: string,
  overwrite: boolean,
): Promise<void> {
  const handle = await openForWriting(path, overwrite, 'a file a project can be written to');
  try {
    await handle.writeFile(text, 'utf8');
  } finally {
    await handle.close();
  }
}

/** A new (or, with `overwrite`, an existing) regular file at `path`, open for writing. */
async function openForWriting(path: string, overwrite: boolean, target: string) {
  try {
    refuseSpecial(await stat(path), target);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
  }
  const flags =
    constants.O_WRONLY |
    constants.O_CREAT |
    (overwrite ? constants.O_TRUNC : constants.O_EXCL) |
    NON_BLOCKING;
  const handle = await open(path, flags, 0o666);
  try {
    refuseSpecial(await handle.stat(), target);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

/** A file being written as a stream of UTF-8 text. */
export interface TextFile {
  /** Queue `text` to be written; never waits. */
  write(text: string): void;
  /** Resolves once the queued text is below the buffer limit; rejects with a write error. */
  drained(): Promise<void>;
  /** Write everything queued and close the file; rejects with a write error. */
  close(): Promise<void>;
  /** Close the file and delete it: what was written is incomplete. */
  discard(): Promise<void>;
}

/** Text queued before `drained()` waits: large enough that the disk, not the calls, is the limit. */
const STREAM_BUFFER_BYTES = 1 << 20;

/**
 * Open `path` for writing text as a stream (rules as `writeProjectText`). Rejects with
 * `FileRefused`, EEXIST without `overwrite`, or Node's error.
 */
export async function openTextFile(path: string, overwrite: boolean): Promise<TextFile> {
  const handle = await openForWriting(path, overwrite, 'a file an event log can be written to');
  const stream = handle.createWriteStream({
    encoding: 'utf8',
    highWaterMark: STREAM_BUFFER_BYTES,
  });
  let failure: Error | null = null;
  stream.on('error', (error) => {
    failure ??= error;
  });
  const closed = new Promise<void>((resolve) => stream.on('close', () => resolve()));
  const check = (): void => {
    if (failure !== null) throw failure;
  };
  return {
    write(text) {
      if (failure === null) stream.write(text);
    },
    async drained() {
      check();
      if (!stream.writableNeedDrain) return;
      await new Promise<void>((resolve) => {
        const done = (): void => {
          stream.off('drain', done);
          stream.off('close', done);
          resolve();
        };
        stream.on('drain', done);
        stream.on('close', done);
      });
      check();
    },
    async close() {
      stream.end();
      await closed;
      check();
    },
    async discard() {
      if (!stream.destroyed) stream.destroy();
      await closed;
      await unlink(path).catch(() => undefined);
    },
  };
}

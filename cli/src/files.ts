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
 *   A file whose text is JSON but not UTF-8 (Latin-1, Windows-1252) is refused with a
 *   `FileRefused` too, rather than read with its accented letters replaced.
 * - `writeProjectText(path, text, overwrite)` writes only to a new path or, with
 *   `overwrite`, over an existing regular file; an existing device, pipe, socket or folder
 *   is refused the same way, so `-o /dev/sda --force` cannot write to a disk and a pipe
 *   cannot hang the command. Without `overwrite` an existing path fails with EEXIST.
 * - `writeFileAtomically(path, bytes, overwrite)` writes a whole file or nothing: the bytes go
 *   to a new temporary file beside `path`, are flushed to disk, and the temporary file is
 *   renamed over `path`, so a reader never sees half a file and a failed write leaves what was
 *   there. The same refusals as `writeProjectText` apply; without `overwrite` an existing path
 *   is EEXIST (checked just before writing: a file created in between would be replaced).
 * - `openTextFile(path, overwrite)` is the same for a long text written as a stream (an
 *   event log): the temporary file is renamed over `path` by `close()` and removed by
 *   `discard()`; each `write` reaches the operating system before it returns, so nothing
 *   queues in memory and a slow disk holds the producer back; `drained()` reports a failed
 *   write.
 * - Other failures (no such file, permission denied) are Node's own errors with their codes,
 *   which `describeFsError` in io.ts puts into words.
 */
import { randomBytes } from 'node:crypto';
import { writeSync, type Stats } from 'node:fs';
import { constants, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { decodeProjectBytes } from '../../shared/model';

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
    const decoded = decodeProjectBytes(buffer.subarray(0, length));
    if (!decoded.ok) throw new FileRefused(decoded.message);
    return decoded.text;
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
  const target = 'a file a project can be written to';
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
    await handle.writeFile(text, 'utf8');
  } finally {
    await handle.close();
  }
}

/**
 * Refuse `path` when it is a folder, device, pipe or socket, or (without `overwrite`) an
 * existing file (EEXIST); then a new temporary file beside it, open for writing.
 */
async function openTemporaryBeside(path: string, overwrite: boolean, target: string) {
  try {
    const info = await stat(path);
    refuseSpecial(info, target);
    if (!overwrite) throw Object.assign(new Error(`${path} already exists`), { code: 'EEXIST' });
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
  }
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  const handle = await open(
    temporary,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL,
    0o666,
  );
  return { temporary, handle };
}

/**
 * Write `bytes` to `path` whole or not at all (temporary file beside it, flushed, renamed over
 * it). Rejects with `FileRefused` for an existing folder, device, pipe or socket, with EEXIST
 * for an existing file without `overwrite`, or with Node's error; the temporary file is
 * removed on failure.
 */
export async function writeFileAtomically(
  path: string,
  bytes: Uint8Array,
  overwrite: boolean,
): Promise<void> {
  const { temporary, handle } = await openTemporaryBeside(
    path,
    overwrite,
    'a file an export can be written to',
  );
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** A file being written as a stream of UTF-8 text, whole or not at all. */
export interface TextFile {
  /** Write `text` now (see `openTextFile`); a failure is kept for `drained` and `close`. */
  write(text: string): void;
  /** The same for text already encoded as UTF-8 (shared/event-log's `TextSink`). */
  writeUtf8(utf8: Uint8Array): void;
  /** Resolves at once when nothing has failed; rejects with the first write error. */
  drained(): Promise<void>;
  /** Flush what was written to disk and put the file in place; rejects on failure. */
  close(): Promise<void>;
  /** Stop and remove what was written: `path` keeps what it held before. */
  discard(): Promise<void>;
}

/**
 * Start writing `path` as a stream (temporary file beside it; see the header). Rejects with
 * `FileRefused`, EEXIST without `overwrite`, or Node's error.
 *
 * Each `write` hands its text to the operating system before it returns (a synchronous
 * write, usually into the page cache), so nothing queues in memory and a slow disk holds the
 * producer back by itself. Not a Node write stream: its writes complete only when the event
 * loop turns, which the simulation does between chunks of events, so the disk would sit idle
 * while a chunk is made and the producer while it is written (an event log wrote at half the
 * speed). A failed write is kept; later writes are skipped, and `drained` and `close` reject.
 */
export async function openTextFile(path: string, overwrite: boolean): Promise<TextFile> {
  const { temporary, handle } = await openTemporaryBeside(
    path,
    overwrite,
    'a file an event log can be written to',
  );
  let failure: Error | null = null;
  const check = (): void => {
    if (failure !== null) throw failure;
  };
  let released: Promise<void> | undefined;
  const release = (): Promise<void> => (released ??= handle.close());
  const writeBytes = (bytes: Uint8Array): void => {
    if (failure !== null || released !== undefined) return;
    try {
      // A regular file takes all the bytes at once; the loop is for a short write all the same.
      for (let at = 0; at < bytes.length;) at += writeSync(handle.fd, bytes, at, bytes.length - at);
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
    }
  };
  return {
    write: (text) => writeBytes(Buffer.from(text, 'utf8')),
    writeUtf8: writeBytes,
    drained() {
      return failure === null ? Promise.resolve() : Promise.reject(failure);
    },
    async close() {
      try {
        check();
        await handle.sync();
        await release();
        await rename(temporary, path);
      } catch (error) {
        await release().catch(() => undefined);
        await rm(temporary, { force: true });
        throw error;
      }
    },
    async discard() {
      await release().catch(() => undefined);
      await rm(temporary, { force: true });
    },
  };
}

/**
 * Reading a project file from disk for the renderer, which parses it.
 *
 * Promises of `readProjectFile(filePath)`:
 * - Only an ordinary file named `*.flowcase` or `*.json` (any letter case) of at most
 *   `maxBytes` bytes is read; anything else is refused with a `FileError` in words: another
 *   extension, a folder, a device or pipe (never opened: `/dev/zero` is endless and a pipe
 *   with no writer would wait forever) are `unreadable`, a missing file is `not-found`.
 * - The size is checked before reading and again while reading (a file can grow in between,
 *   and some report a size of 0), so no more than `maxBytes + 1` bytes are ever read.
 * - The bytes are decoded as UTF-8 with a leading byte-order mark removed. A file that is JSON
 *   but not UTF-8 (Latin-1, Windows-1252) is refused in words rather than opened with its
 *   accented letters replaced (shared/model/decode.ts). Other bytes that are not UTF-8 become
 *   U+FFFD: the renderer's parser recognises UTF-16 and binary files by them and says so.
 * - `modifiedAt` is the modification time (ms) of the file that was read, taken from the open
 *   file itself, so it is what `watchForChanges` must treat as known.
 * The default limit is the IPC contract's `MAX_PROJECT_TEXT`; a text of that many bytes has at
 * most that many characters, so whatever is read here can cross the bridge.
 */
import { constants } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { MAX_PROJECT_TEXT } from '../../../shared/ipc';
import { decodeProjectBytes } from '../../../shared/model';
import { openError, openRefusal } from './errors';

interface ReadStats {
  size: number;
  mtimeMs: number;
  isFile(): boolean;
  isDirectory(): boolean;
}

/** The part of an open file a read uses. */
export interface ReadFileHandle {
  stat(): Promise<ReadStats>;
  read(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number | null,
  ): Promise<{ bytesRead: number }>;
  close(): Promise<void>;
}

/** The fs operations a read uses; `node:fs/promises` by default, a fake in tests. */
export interface ReadFs {
  stat(filePath: string): Promise<ReadStats>;
  open(filePath: string, flags: number): Promise<ReadFileHandle>;
}

export interface ReadOptions {
  fs?: ReadFs;
  /** Largest file accepted, in bytes. */
  maxBytes?: number;
}

export interface ProjectFileText {
  path: string;
  /** The file name shown in the title bar: `Invoice.flowcase`. */
  name: string;
  text: string;
  /** Modification time of the file read, in ms since the epoch. */
  modifiedAt: number;
}

export const PROJECT_EXTENSIONS: readonly string[] = ['.flowcase', '.json'];

/** Not defined on Windows, where opening cannot block on a pipe in the same way. */
const NON_BLOCKING = (constants as { O_NONBLOCK?: number }).O_NONBLOCK ?? 0;

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/** True for a name a project may have: `*.flowcase` or `*.json`. */
export function isProjectFileName(filePath: string): boolean {
  return PROJECT_EXTENSIONS.includes(path.extname(filePath).toLowerCase());
}

/** Read the project file at `filePath`; see the header for the promises. */
export async function readProjectFile(
  filePath: string,
  options: ReadOptions = {},
): Promise<ProjectFileText> {
  const { fs = nodeFs, maxBytes = MAX_PROJECT_TEXT } = options;
  if (!isProjectFileName(filePath))
    throw openRefusal(
      filePath,
      'it is not a Flowcase project (only .flowcase and .json files can be opened)',
      'Choose a .flowcase file, or import other formats from the File menu.',
    );
  try {
    refuseOddFile(filePath, await fs.stat(filePath), maxBytes);
    const handle = await fs.open(filePath, constants.O_RDONLY | NON_BLOCKING);
    try {
      // The path may have been swapped between the stat and the open.
      const info = await handle.stat();
      refuseOddFile(filePath, info, maxBytes);
      // One byte more than the size, to notice growth; grown (never past maxBytes + 1) if so.
      let buffer = Buffer.allocUnsafe(Math.min(Math.max(info.size, 4096), maxBytes) + 1);
      let length = 0;
      for (;;) {
        if (length === buffer.length) {
          if (length > maxBytes) throw tooLarge(filePath, `more than ${size(maxBytes)}`, maxBytes);
          const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
          buffer.copy(grown);
          buffer = grown;
        }
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
        if (bytesRead === 0) break;
        length += bytesRead;
      }
      return decoded(filePath, info, buffer, length);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw openError(filePath, error);
  }
}

function decoded(
  filePath: string,
  info: ReadStats,
  buffer: Buffer,
  length: number,
): ProjectFileText {
  const bom = UTF8_BOM.every((byte, index) => buffer[index] === byte) && length >= 3;
  const decoded = decodeProjectBytes(buffer.subarray(bom ? UTF8_BOM.length : 0, length));
  if (!decoded.ok) throw openRefusal(filePath, decoded.message, '');
  return {
    path: filePath,
    name: path.basename(filePath),
    text: decoded.text,
    modifiedAt: info.mtimeMs,
  };
}

function refuseOddFile(filePath: string, info: ReadStats, maxBytes: number): void {
  if (info.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
  if (!info.isFile())
    throw openRefusal(
      filePath,
      'it is not an ordinary file (it is a device, a pipe or a socket)',
      'Choose a .flowcase file.',
    );
  if (info.size > maxBytes) throw tooLarge(filePath, size(info.size), maxBytes);
}

function tooLarge(filePath: string, found: string, maxBytes: number) {
  return openRefusal(
    filePath,
    `it is too large for a project file (${found}; at most ${size(maxBytes)})`,
    'Check that it is a Flowcase project; a project is far smaller.',
  );
}

/** A size in words: "6.2 MB", "12 KB", "64 bytes". */
function size(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/**
 * When `filePath` was last changed on disk (ms), without reading it: the time later changes by
 * other programs are told from. Fails with the same sentences as an open.
 */
export async function modifiedTimeOf(
  filePath: string,
  fs: Pick<ReadFs, 'stat'> = nodeFs,
): Promise<number> {
  try {
    return (await fs.stat(filePath)).mtimeMs;
  } catch (error) {
    throw openError(filePath, error);
  }
}

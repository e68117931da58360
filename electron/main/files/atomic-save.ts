/**
 * Saving a project file so that no crash, kill or full disk can leave it half written.
 *
 * Promises of `saveAtomically(filePath, data)` (`data`: text, written as UTF-8, or bytes):
 * - At every instant the target path holds either its previous complete content or the new
 *   complete content, never a mix, never nothing (if it existed). The text goes to a new
 *   temporary file in the same folder (`temp-name.ts`), which is flushed to disk (`fsync`) and
 *   closed before it is renamed over the target; a rename within one folder is atomic on every
 *   platform we ship to. The target itself is never opened for writing, and never moved away.
 * - The previous version is kept as `NAME.bak`, made the same way (copied to a temporary file,
 *   renamed into place), so the backup too is always a whole file. The backup is a convenience:
 *   when it cannot be made the save still goes ahead, and `backupPath` is null. `backup: false`
 *   (an exported PDF, which is made again at will) keeps none.
 * - A rename or create refused for a moment (EPERM, EBUSY, EACCES: a virus scanner or sync
 *   client holding the file, mostly on Windows) is tried again, `attempts` times in all,
 *   `retryDelayMs` apart; then the save gives up.
 * - On any failure the temporary file is removed, the target is left as it was, and a
 *   `FileError` says in words what happened (`errors.ts`). Nothing is thrown but `FileError`.
 * - After the rename the folder is flushed too, where the platform allows it (Windows and some
 *   network drives refuse to open a folder; the rename has happened by then, so such a refusal
 *   is not a failed save).
 * - A symbolic link is saved through: the file it points to is replaced, the link stays. An
 *   existing file's permission bits are kept.
 * - It resolves with the saved file's modification time in ms (what `watchForChanges` must
 *   treat as ours).
 * A temporary file can only be left behind when the process dies mid-save; the next start
 * removes it (`leftovers.ts`).
 */
import { constants } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { errnoCode, FileError, quotedName, saveError } from './errors';
import { backupPathFor, tempPathFor } from './temp-name';

/** The part of an open file a save uses. */
export interface SaveFileHandle {
  writeFile(data: string | Uint8Array, encoding?: 'utf8'): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The fs operations a save uses; `node:fs/promises` by default, a fake in tests. */
export interface SaveFs {
  open(filePath: string, flags: string, mode?: number): Promise<SaveFileHandle>;
  rename(oldPath: string, newPath: string): Promise<void>;
  copyFile(source: string, destination: string, mode?: number): Promise<void>;
  unlink(filePath: string): Promise<void>;
  stat(
    filePath: string,
  ): Promise<{ mtimeMs: number; mode: number; isFile(): boolean; isDirectory(): boolean }>;
  realpath(filePath: string): Promise<string>;
}

export interface SaveOptions {
  fs?: SaveFs;
  /** Keep the previous version as `NAME.bak` (default true). */
  backup?: boolean;
  /** How many times a create or rename refused with EPERM, EBUSY or EACCES is tried in all. */
  attempts?: number;
  /** Wait between two tries, in ms. */
  retryDelayMs?: number;
}

export interface SavedFile {
  /** The saved file's modification time, in ms since the epoch. */
  modifiedAt: number;
  /** Where the previous version was kept, or null (a new file, or the backup failed). */
  backupPath: string | null;
}

export const DEFAULT_SAVE_ATTEMPTS = 5;
export const DEFAULT_RETRY_DELAY_MS = 75;

/** Refusals that a moment later may be gone; EEXIST only on create, where a new name is drawn. */
const TRANSIENT = new Set(['EPERM', 'EBUSY', 'EACCES', 'EEXIST']);

const ignore = (): void => undefined;

/** Save `data` (text as UTF-8, or bytes) to `filePath`; see the header for the promises. */
export async function saveAtomically(
  filePath: string,
  data: string | Uint8Array,
  options: SaveOptions = {},
): Promise<SavedFile> {
  const {
    fs = nodeFs,
    backup = true,
    attempts = DEFAULT_SAVE_ATTEMPTS,
    retryDelayMs = DEFAULT_RETRY_DELAY_MS,
  } = options;
  const retry = <T>(operation: () => Promise<T>): Promise<T> =>
    withRetries(operation, attempts, retryDelayMs);

  let existing: ExistingFile | null = null;
  let handle: SaveFileHandle | undefined;
  let tempPath: string | undefined;
  let backupPath: string | null = null;
  let target = filePath;
  try {
    existing = await inspectTarget(fs, filePath);
    target = existing?.realPath ?? filePath;
    const mode = existing ? existing.mode & 0o777 : 0o666;
    // A fresh name on each try: EEXIST means the random name was taken.
    ({ tempPath, handle } = await retry(async () => {
      const candidate = tempPathFor(target);
      return { tempPath: candidate, handle: await fs.open(candidate, 'wx', mode) };
    }));
    await (typeof data === 'string' ? handle.writeFile(data, 'utf8') : handle.writeFile(data));
    await handle.sync();
    const written = handle;
    handle = undefined;
    // Some network file systems report a failed write only here.
    await written.close();
    if (existing && backup) backupPath = await keepBackup(fs, target, retry);
    const renamed = tempPath;
    await retry(() => fs.rename(renamed, target));
    tempPath = undefined;
  } catch (error) {
    if (handle) await handle.close().catch(ignore);
    if (tempPath !== undefined) await fs.unlink(tempPath).catch(ignore);
    throw saveError(filePath, error, existing !== null);
  }
  await syncFolder(fs, path.dirname(target));
  // The rename keeps the temporary file's time; a stat that fails now changes nothing saved.
  const modifiedAt = await fs.stat(target).then(
    (info) => info.mtimeMs,
    () => Date.now(),
  );
  return { modifiedAt, backupPath };
}

interface ExistingFile {
  realPath: string;
  mode: number;
}

/** The file now at `filePath` (through links), or null when there is none yet. */
async function inspectTarget(fs: SaveFs, filePath: string): Promise<ExistingFile | null> {
  let info: Awaited<ReturnType<SaveFs['stat']>>;
  try {
    info = await fs.stat(filePath);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null;
    throw error;
  }
  if (info.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
  if (!info.isFile())
    throw new FileError(
      'unwritable',
      `${quotedName(filePath)} could not be saved: it is not an ordinary file (a device or a pipe has that name). Nothing was written. Use Save As to choose another name.`,
    );
  return { realPath: await fs.realpath(filePath), mode: info.mode };
}

/**
 * Copy the current target to `NAME.bak` through a temporary file, so the backup is whole too.
 * Copy-on-write where the file system offers it (APFS, Btrfs). Null when it could not be made.
 */
async function keepBackup(
  fs: SaveFs,
  target: string,
  retry: <T>(operation: () => Promise<T>) => Promise<T>,
): Promise<string | null> {
  const backup = backupPathFor(target);
  const staging = tempPathFor(backup);
  try {
    await fs.copyFile(target, staging, constants.COPYFILE_FICLONE);
    await retry(() => fs.rename(staging, backup));
    return backup;
  } catch {
    await fs.unlink(staging).catch(ignore);
    return null;
  }
}

/** Flush the folder entry of the rename; refused on Windows and some drives, which is fine. */
async function syncFolder(fs: SaveFs, folder: string): Promise<void> {
  let handle: SaveFileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // EISDIR or EPERM (Windows), EINVAL (some network drives): the rename is done already.
  } finally {
    await handle?.close().catch(ignore);
  }
}

async function withRetries<T>(
  operation: () => Promise<T>,
  attempts: number,
  delayMs: number,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (attempt >= attempts || !TRANSIENT.has(errnoCode(error) ?? '')) throw error;
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}

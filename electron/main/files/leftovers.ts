/**
 * Removing the temporary files a save leaves behind when the app is killed mid-save.
 *
 * Promises of `removeLeftoverTempFiles(folder)`: only files whose names match the temporary
 * pattern (`temp-name.ts`: `.NAME.<8 hex>.flowcase-tmp`) are removed, never a project, a backup
 * or anything else of the user's; it resolves with the paths it removed. It never throws: a
 * folder that cannot be listed, or a file that cannot be removed (locked, gone already), is
 * skipped, since tidying up must not stop a project from opening.
 * Call it for a project's folder when the project is opened, before any save of this run (a
 * temporary file of a save in progress would be removed too; the app is single-instance).
 */
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { isTempFileName } from './temp-name';

/** The fs operations the clean-up uses; `node:fs/promises` by default, a fake in tests. */
export interface LeftoverFs {
  readdir(folder: string): Promise<string[]>;
  unlink(filePath: string): Promise<void>;
}

export async function removeLeftoverTempFiles(
  folder: string,
  options: { fs?: LeftoverFs } = {},
): Promise<string[]> {
  const { fs = nodeFs } = options;
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.filter(isTempFileName)) {
    const filePath = path.join(folder, name);
    try {
      await fs.unlink(filePath);
      removed.push(filePath);
    } catch {
      // Locked or already gone: the next start tries again.
    }
  }
  return removed;
}

/**
 * Names of the files a save leaves beside a project for a moment.
 *
 * Promises: a temporary file lives in the same folder as its target (so the final rename never
 * crosses drives), starts with a dot (hidden on macOS and Linux), and is named
 * `.NAME.<8 hex>.flowcase-tmp`; `isTempFileName` is true for exactly those names, so
 * `removeLeftoverTempFiles` never touches a user's own file. The backup of the previous
 * version is `NAME.bak` beside the target (`Invoice.flowcase.bak`).
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';

export const TEMP_SUFFIX = '.flowcase-tmp';

/** `.Invoice.flowcase.1a2b3c4d.flowcase-tmp`, and nothing else. */
export const TEMP_FILE_PATTERN = /^\..+\.[0-9a-f]{8}\.flowcase-tmp$/;

/** True when `fileName` (a name, not a path) is one of our temporary files. */
export function isTempFileName(fileName: string): boolean {
  return TEMP_FILE_PATTERN.test(fileName);
}

/** A fresh temporary path beside `targetPath`; `random` is 8 hex digits (tests fix it). */
export function tempPathFor(
  targetPath: string,
  random: string = randomBytes(4).toString('hex'),
): string {
  return path.join(
    path.dirname(targetPath),
    `.${path.basename(targetPath)}.${random}${TEMP_SUFFIX}`,
  );
}

/** Where the previous version of `targetPath` is kept: `Invoice.flowcase.bak`. */
export function backupPathFor(targetPath: string): string {
  return `${targetPath}.bak`;
}

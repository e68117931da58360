/**
 * The document controller's `FileService` over the real file service (electron/main/files),
 * and `describeError`, which lets the errors written for people through the IPC layer.
 *
 * Bytes (a PDF) go through the same `saveAtomically` as project text, without a `.bak`: an
 * exported PDF is made again at will.
 */
import type { IpcError } from '../../../shared/ipc/contract';
import type { FileService } from '../document/ports';
import {
  FileError,
  modifiedTimeOf,
  readProjectFile,
  removeLeftoverTempFiles,
  saveAtomically,
  watchForChanges,
} from '../files';
import { PdfExportError } from '../pdf';

export function nodeFileService(): FileService {
  return {
    read: (filePath) => readProjectFile(filePath),
    modifiedAt: (filePath) => modifiedTimeOf(filePath),
    save: (filePath, data) => saveAtomically(filePath, data, { backup: typeof data === 'string' }),
    removeLeftoverTempFiles: (folder) => removeLeftoverTempFiles(folder),
    watch: (filePath, options) => watchForChanges(filePath, options),
  };
}

/** FileError and PdfExportError carry sentences for the user; everything else is generic. */
export function describeError(error: unknown): IpcError | null {
  if (error instanceof FileError) return { code: error.code, message: error.message };
  if (error instanceof PdfExportError) return { code: 'failed', message: error.message };
  return null;
}

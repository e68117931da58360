/**
 * The document controller's `FileService` over the real file service (electron/main/files),
 * and `describeError`, which lets the errors written for people through the IPC layer.
 *
 * Bytes (a PDF) go through the same `saveAtomically` as project text: its `fs` is
 * injectable, so the temp file's handle writes the bytes instead of the (empty) text and the
 * whole temp-fsync-rename-backup procedure stays the file service's own.
 */
import * as nodeFs from 'node:fs/promises';
import type { IpcError } from '../../../shared/ipc/contract';
import type { FileService } from '../document/ports';
import {
  FileError,
  readProjectFile,
  removeLeftoverTempFiles,
  saveAtomically,
  watchForChanges,
  type SaveFs,
} from '../files';
import { PdfExportError } from '../pdf';

/** `node:fs/promises` whose written files get `bytes` instead of the text handed over. */
export function bytesFs(bytes: Uint8Array, fs: SaveFs = nodeFs): SaveFs {
  return {
    ...fs,
    open: async (filePath, flags, mode) => {
      const handle = await fs.open(filePath, flags, mode);
      if (!flags.startsWith('w')) return handle;
      return {
        // Node's FileHandle.writeFile takes bytes as well; SaveFs only names the text form.
        writeFile: () => (handle as unknown as nodeFs.FileHandle).writeFile(bytes),
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
    },
  };
}

export function nodeFileService(): FileService {
  return {
    read: (filePath) => readProjectFile(filePath),
    save: (filePath, data) =>
      typeof data === 'string'
        ? saveAtomically(filePath, data)
        : saveAtomically(filePath, '', { fs: bytesFs(data) }),
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

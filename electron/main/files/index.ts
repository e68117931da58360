/**
 * The main process's file service: reading, atomically saving and watching project files.
 * Plain Node (no Electron), so every part runs and is tested outside the app; each function
 * takes an injectable `fs` so tests can make any operation fail.
 */
export { FileError, type FileErrorCode } from './errors';
export {
  saveAtomically,
  DEFAULT_RETRY_DELAY_MS,
  DEFAULT_SAVE_ATTEMPTS,
  type SavedFile,
  type SaveFileHandle,
  type SaveFs,
  type SaveOptions,
} from './atomic-save';
export {
  readProjectFile,
  isProjectFileName,
  modifiedTimeOf,
  PROJECT_EXTENSIONS,
  type ProjectFileText,
  type ReadFileHandle,
  type ReadFs,
  type ReadOptions,
} from './project-file';
export { removeLeftoverTempFiles, type LeftoverFs } from './leftovers';
export {
  watchForChanges,
  DEFAULT_WATCH_INTERVAL_MS,
  type WatchFs,
  type WatchOptions,
} from './watch';
export {
  backupPathFor,
  isTempFileName,
  tempPathFor,
  TEMP_FILE_PATTERN,
  TEMP_SUFFIX,
} from './temp-name';

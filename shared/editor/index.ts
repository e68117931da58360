/**
 * The editor's core, framework-free: every change to a project as a named command applied by
 * a pure function, the undo history of document states, and the helpers the canvas needs.
 */
export {
  type EditCommand,
  type EditCommandType,
  type CommandResult,
  type Created,
  type StepPatch,
} from './command';
export { applyCommand } from './apply';
export {
  createHistory,
  record,
  undo,
  redo,
  canUndo,
  canRedo,
  undoLabel,
  redoLabel,
  COALESCE_MS,
  DEFAULT_HISTORY_CAP,
  type History,
  type HistoryEntry,
  type RecordOptions,
} from './history';
export { mapOf, targetOf, replaceMap, sameMapRef, mapPathPrefix, type MapRef } from './map-ref';
export { blankProject, defaultPlan, defaultStepName, newStep } from './defaults';
export { connectionProblem } from './commands/flows';
export { roleUses, systemUses, type StepUse } from './commands/project';
export {
  CLIPBOARD_FORMAT,
  MAX_CLIPBOARD_LENGTH,
  MAX_CLIPBOARD_STEPS,
  clipboardText,
  copySteps,
  pasteProblem,
  pasteSteps,
  readClipboard,
  type ClipboardContent,
  type ClipboardRead,
  type PasteResult,
} from './clipboard';
export {
  changedFields,
  changeLines,
  compareMaps,
  pairKey,
  describeChange,
  type ChangeLine,
  type MapDiff,
} from './compare';
export {
  DEFAULT_STEP_SIZE,
  alignSteps,
  distributeSteps,
  snapToGrid,
  type AlignEdge,
  type DistributeAxis,
  type Placed,
  type Point,
  type Size,
} from './arrange';
export { uniqueId } from './unique-id';

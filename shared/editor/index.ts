/** The editor core: pure functions over the project that the renderer's commands call. */
export { uniqueId } from './unique-id';
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
export { changedFields, compareMaps, describeChange, type MapDiff } from './compare';
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

/**
 * The one IPC contract between the Electron main process and the renderer.
 *
 * Promises:
 * - Every channel is named `namespace:verb` and is either an invoke channel (renderer asks,
 *   main answers, `ipcRenderer.invoke` / `ipcMain.handle` only) or an event channel (main
 *   tells, the renderer listens through a wrapped listener that returns an unsubscribe).
 * - Every payload and every result has a zod schema here. Main validates each payload before
 *   acting and checks the sender; the preload exposes exactly one function per channel and is
 *   declared `satisfies FlowcaseApi`.
 * - Failures come back shaped (`{ ok: false, error }` with a sentence a process analyst can
 *   read), never as a thrown error or a stack trace.
 * Pure TypeScript and zod: imported by main, preload and renderer alike.
 */
import { z } from 'zod';

/** Longest project text that crosses the bridge (the schema's own limits are far below it). */
export const MAX_PROJECT_TEXT = 64 * 1024 * 1024;
/** Longest file path accepted from the renderer. */
export const MAX_PATH = 4096;

const ProjectText = z.string().max(MAX_PROJECT_TEXT);
const FilePath = z.string().min(1).max(MAX_PATH);
/** A file name without folders, as shown in the title bar ("Invoice approval.flowcase"). */
const FileName = z.string().min(1).max(255);

/** A failure told in words; `code` lets the renderer choose how to show it. */
export const IpcErrorSchema = z.strictObject({
  code: z.enum(['invalid-payload', 'forbidden', 'not-found', 'unreadable', 'unwritable', 'failed']),
  message: z.string(),
});
export type IpcError = z.infer<typeof IpcErrorSchema>;

/** Every invoke result is either `{ ok: true, value }` or `{ ok: false, error }`. */
const result = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), value }),
    z.strictObject({ ok: z.literal(false), error: IpcErrorSchema }),
  ]);

/** A project file read from disk: its path, the name to show, and its text (not yet parsed). */
export const OpenedFileSchema = z.strictObject({
  path: FilePath,
  name: FileName,
  text: ProjectText,
  /** Modification time in ms, so a later "changed on disk" can be told from our own save. */
  modifiedAt: z.number(),
});
export type OpenedFile = z.infer<typeof OpenedFileSchema>;

/** What a dialog-backed call gives: the outcome, or that the user cancelled. */
const OpenOutcome = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('opened'), file: OpenedFileSchema }),
  z.strictObject({ kind: z.literal('cancelled') }),
]);
export const SavedFileSchema = z.strictObject({
  path: FilePath,
  name: FileName,
  modifiedAt: z.number(),
});
export type SavedFile = z.infer<typeof SavedFileSchema>;
const SaveOutcome = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('saved'), file: SavedFileSchema }),
  z.strictObject({ kind: z.literal('cancelled') }),
]);

/** Commands the native menu (and the OS) hand to the renderer. */
export const MENU_COMMANDS = [
  'new-project',
  'open',
  'save',
  'save-as',
  'save-and-close',
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'duplicate',
  'select-all',
  'delete',
  'zoom-in',
  'zoom-out',
  'fit',
  'presenter',
  'export-pdf',
  'shortcuts',
] as const;
export const MenuCommandSchema = z.enum(MENU_COMMANDS);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

/** Report options the renderer hands to main for Export PDF. */
export const PdfRequestSchema = z.strictObject({
  /** The open project as `.flowcase` text (the report renders exactly this). */
  text: ProjectText,
  targetId: z.string().min(1).max(200),
  paper: z.enum(['a4', 'letter']),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
  /** The name offered in the save dialog, e.g. "Invoice approval - business case.pdf". */
  suggestedName: FileName,
});
export type PdfRequest = z.infer<typeof PdfRequestSchema>;

/**
 * Invoke channels: renderer asks, main answers. `payload` is what the renderer sends (validated
 * in main), `result` what comes back (always the `{ ok }` shape).
 */
export const INVOKE_CHANNELS = {
  /** Facts for the start of the renderer: whether the last run ended in a crash. */
  'app:start-info': {
    payload: z.strictObject({}),
    result: result(
      z.strictObject({
        /** True when the previous run did not quit cleanly: offer the autosaved drafts. */
        crashed: z.boolean(),
        /** A file to open first (command line or OS "open with"), already read. */
        openFile: OpenedFileSchema.nullable(),
        appVersion: z.string(),
      }),
    ),
  },
  /** Shows the native Open dialog and reads the chosen file. */
  'file:open': { payload: z.strictObject({}), result: result(OpenOutcome) },
  /** Reads a file the user dropped on the window (the preload turns the File into its path). */
  'file:open-dropped': { payload: z.strictObject({ path: FilePath }), result: result(OpenOutcome) },
  /** Writes the document to its file; without one, acts as Save As. */
  'file:save': {
    payload: z.strictObject({ text: ProjectText, suggestedName: FileName }),
    result: result(SaveOutcome),
  },
  /** Shows the native Save dialog and writes the document there. */
  'file:save-as': {
    payload: z.strictObject({ text: ProjectText, suggestedName: FileName }),
    result: result(SaveOutcome),
  },
  /** Reads the document's file again (after it changed on disk and the user chose to reload). */
  'file:reload': { payload: z.strictObject({}), result: result(OpenOutcome) },
  /**
   * Tells main which document the window shows: its file (one main opened or saved; any other
   * path is refused), its name for the title bar, and whether it has unsaved changes.
   */
  'document:set-state': {
    payload: z.strictObject({
      path: FilePath.nullable(),
      name: z.string().min(1).max(255),
      dirty: z.boolean(),
    }),
    result: result(z.null()),
  },
  /** Closes the window after the renderer saved (or the user chose to discard). */
  'window:close': {
    payload: z.strictObject({ discardChanges: z.boolean() }),
    result: result(z.null()),
  },
  /**
   * Asked by the hidden report window (only): the report to draw. Main answers only the window
   * it created for an Export PDF, with that request's project, target, seed, paper and date.
   */
  'report:input': {
    payload: z.strictObject({}),
    result: result(
      z.strictObject({
        text: ProjectText,
        targetId: z.string(),
        seed: z.number(),
        paper: z.enum(['a4', 'letter']),
        date: z.string(),
      }),
    ),
  },
  /** Told by the hidden report window when it has drawn the report, or why it could not. */
  'report:ready': {
    payload: z.strictObject({ problems: z.array(z.string().max(2000)).max(200) }),
    result: result(z.null()),
  },
  /** Prints the report of a target in a hidden window and saves the PDF where the user picks. */
  'report:export-pdf': { payload: PdfRequestSchema, result: result(SaveOutcome) },
} as const;

/** Event channels: main tells the renderer. */
export const EVENT_CHANNELS = {
  /** A menu item or accelerator was used. */
  'menu:command': z.strictObject({ command: MenuCommandSchema }),
  /** A file arrived from outside the window: a second launch, the OS, Open Recent. */
  'file:opened': OpenedFileSchema,
  /** The document's file was changed by another program since we read or wrote it. */
  'file:changed-on-disk': z.strictObject({ path: FilePath, name: FileName }),
} as const;

export type InvokeChannel = keyof typeof INVOKE_CHANNELS;
export type EventChannel = keyof typeof EVENT_CHANNELS;
export type InvokePayload<C extends InvokeChannel> = z.input<
  (typeof INVOKE_CHANNELS)[C]['payload']
>;
export type InvokeResult<C extends InvokeChannel> = z.output<(typeof INVOKE_CHANNELS)[C]['result']>;
export type EventPayload<C extends EventChannel> = z.output<(typeof EVENT_CHANNELS)[C]>;

/**
 * The handlers of the file channels: 'file:open', 'file:open-dropped', 'file:save',
 * 'file:save-as', 'file:reload' and 'document:set-state'.
 *
 * Promises:
 * - A file handed to the renderer in an answer becomes the window's document, clean; the
 *   renderer corrects that with 'document:set-state' if it could not show it.
 * - Save writes only to the window's known path, else asks where (Save As); the answer names
 *   the file written. A cancelled or failed save ends a pending save-and-close.
 * - A dropped path is read only when it is a project file (`.flowcase`, `.json`); 'document:set-state' accepts
 *   only known paths. Everything else is refused 'forbidden', in words.
 */
import path from 'node:path';
import type { OpenedFile } from '../../../shared/ipc/contract';
import type { InvokeHandlers, InvokeValue } from '../ipc/handle';
import { isProjectFileName } from '../files';
import { IpcRefusal } from '../ipc/outcome';
import { cleanFolderOnce, rememberFile, type DocumentContext } from './context';
import type { WindowDocument } from './documents';
import { withExtension } from './title';

type FileChannel =
  | 'file:open'
  | 'file:open-dropped'
  | 'file:save'
  | 'file:save-as'
  | 'file:reload'
  | 'document:set-state';

type SaveValue = InvokeValue<'file:save'>;

export const PROJECT_EXTENSION = '.flowcase';

/** Reads a file for a window: it becomes known, recent, and the window's document. */
export async function openForWindow(
  ctx: DocumentContext,
  doc: WindowDocument,
  filePath: string,
): Promise<OpenedFile> {
  const file = await ctx.files.read(filePath);
  rememberFile(ctx, file.path, file.modifiedAt);
  ctx.documents.show(doc, { path: file.path, name: file.name, dirty: false });
  return file;
}

async function saveTo(
  ctx: DocumentContext,
  doc: WindowDocument,
  filePath: string,
  text: string,
): Promise<SaveValue> {
  ctx.documents.pauseWatching(doc);
  try {
    const { modifiedAt } = await ctx.files.save(filePath, text);
    rememberFile(ctx, filePath, modifiedAt);
    ctx.documents.show(doc, { path: filePath, name: path.basename(filePath), dirty: false });
    cleanFolderOnce(ctx, filePath);
    return { kind: 'saved', file: { path: filePath, name: path.basename(filePath), modifiedAt } };
  } finally {
    ctx.documents.resumeWatching(doc);
  }
}

async function saveAs(
  ctx: DocumentContext,
  doc: WindowDocument,
  text: string,
  suggestedName: string,
): Promise<SaveValue> {
  const defaultName = doc.path ? path.basename(doc.path) : suggestedName;
  const chosen = await ctx.dialogs.chooseSavePath(doc.window, { defaultName, kind: 'project' });
  if (chosen === null) return { kind: 'cancelled' };
  return saveTo(ctx, doc, withExtension(chosen, PROJECT_EXTENSION), text);
}

/** A save that was meant to close the window (or quit) and did not happen ends that close. */
async function closingAware(
  ctx: DocumentContext,
  doc: WindowDocument,
  save: () => Promise<SaveValue>,
): Promise<SaveValue> {
  const abandon = (): void => {
    if (doc.closeAfterSave) ctx.quit.requested = false;
    doc.closeAfterSave = false;
  };
  try {
    const value = await save();
    if (value.kind === 'cancelled') abandon();
    return value;
  } catch (error) {
    abandon();
    throw error;
  }
}

export function fileHandlers(ctx: DocumentContext): Pick<InvokeHandlers, FileChannel> {
  const { documents } = ctx;
  return {
    'file:open': async (_payload, { webContentsId }) => {
      const doc = documents.of(webContentsId);
      const chosen = await ctx.dialogs.chooseProjectToOpen(doc.window);
      if (chosen === null) return { kind: 'cancelled' };
      return { kind: 'opened', file: await openForWindow(ctx, doc, chosen) };
    },

    'file:open-dropped': async ({ path: dropped }, { webContentsId }) => {
      const doc = documents.of(webContentsId);
      if (!path.isAbsolute(dropped) || !isProjectFileName(dropped)) {
        throw new IpcRefusal(
          'forbidden',
          'Flowcase opens .flowcase and .json project files when they are dropped on the ' +
            'window. To bring in another kind of file, use Import.',
        );
      }
      return { kind: 'opened', file: await openForWindow(ctx, doc, dropped) };
    },

    'file:save': ({ text, suggestedName }, { webContentsId }) => {
      const doc = documents.of(webContentsId);
      const known = doc.path;
      return closingAware(ctx, doc, () =>
        known === null ? saveAs(ctx, doc, text, suggestedName) : saveTo(ctx, doc, known, text),
      );
    },

    'file:save-as': ({ text, suggestedName }, { webContentsId }) => {
      const doc = documents.of(webContentsId);
      return closingAware(ctx, doc, () => saveAs(ctx, doc, text, suggestedName));
    },

    'file:reload': async (_payload, { webContentsId }) => {
      const doc = documents.of(webContentsId);
      if (doc.path === null) {
        throw new IpcRefusal(
          'not-found',
          'This project has not been saved to a file yet, so there is nothing to reload.',
        );
      }
      return { kind: 'opened', file: await openForWindow(ctx, doc, doc.path) };
    },

    'document:set-state': async ({ path: filePath, name, dirty }, { webContentsId }) => {
      const doc = documents.of(webContentsId);
      if (filePath !== null && !ctx.known.isKnown(filePath)) {
        // A file the user opened or saved in an earlier session (Open Recent lists it, and
        // only main writes that list) may be the document again: its time on disk now is the
        // one later changes are told from.
        if (!ctx.recent.list().includes(path.resolve(filePath))) {
          throw new IpcRefusal(
            'forbidden',
            'Flowcase did not open or save that file recently, so it cannot be this ' +
              'window’s file. Use Open or Save As.',
          );
        }
        ctx.known.remember(filePath, await ctx.files.modifiedAt(filePath));
      }
      documents.show(doc, { path: filePath === null ? null : path.resolve(filePath), name, dirty });
      if (dirty) doc.closeAfterSave = false;
      return null;
    },
  };
}

/**
 * Files that arrive from outside a window's own request: the command line, a second launch
 * (`second-instance`), macOS `open-file`, Open Recent.
 *
 * Promises:
 * - A file that arrives before any window has asked for its start info waits; the first
 *   window's 'app:start-info' answers with it (read, and made that window's document), and any
 *   others follow as 'file:opened' right after.
 * - Later files go to the focused window (else the first), which is brought to the front, as
 *   'file:opened'; the path becomes known, so the renderer may make it its document.
 * - A file that cannot be read is said in a native error box; a missing one leaves Open Recent.
 */
import path from 'node:path';
import type { OpenedFile } from '../../../shared/ipc/contract';
import { sendEvent } from '../ipc/events';
import type { DescribeError } from '../ipc/outcome';
import { rememberFile, type DocumentContext } from './context';
import type { WindowDocument } from './documents';
import { openForWindow } from './file-handlers';

export interface Incoming {
  deliver(filePath: string): void;
  /** For 'app:start-info': the window is started; the first waiting file, read, or null. */
  takeForStart(doc: WindowDocument): Promise<OpenedFile | null>;
}

export function createIncoming(ctx: DocumentContext, describeError: DescribeError): Incoming {
  const waiting: string[] = [];

  const fail = (doc: WindowDocument | null, filePath: string, error: unknown): void => {
    const described = describeError(error);
    if (!described) ctx.log('Flowcase: could not open a file from outside', error);
    if (described?.code === 'not-found') ctx.recent.remove(filePath);
    ctx.dialogs.showError(
      doc?.window ?? null,
      `Flowcase could not open “${path.basename(filePath)}”`,
      described?.message ?? 'The file could not be read. Check that it exists and try again.',
    );
  };

  const sendTo = async (doc: WindowDocument, filePath: string): Promise<void> => {
    try {
      const file = await ctx.files.read(filePath);
      rememberFile(ctx, file.path, file.modifiedAt);
      sendEvent(doc.window.webContents, 'file:opened', file);
    } catch (error) {
      fail(doc, filePath, error);
    }
  };

  const deliver = (filePath: string): void => {
    const doc = ctx.documents.target();
    if (!doc || !doc.started) {
      waiting.push(filePath);
      return;
    }
    doc.window.focus();
    void sendTo(doc, filePath);
  };

  return {
    deliver,
    async takeForStart(doc) {
      doc.started = true;
      const first = waiting.shift();
      const rest = waiting.splice(0);
      // After this answer has gone out: the renderer listens once it has its start info.
      setTimeout(() => rest.forEach(deliver), 0);
      if (first === undefined) return null;
      try {
        return await openForWindow(ctx, doc, first);
      } catch (error) {
        fail(doc, first, error);
        return null;
      }
    },
  };
}

/**
 * Closing a window, and quitting, never loses unsaved changes without asking.
 *
 * Promises:
 * - A window with unsaved changes does not close on its own: its 'close' is cancelled and the
 *   native question "Do you want to save the changes you made to “Name”?" is shown once.
 *   Save → the renderer gets the menu command 'save-and-close', saves, and invokes
 *   'window:close' { discardChanges: false }; Don't Save → the window closes; Cancel → nothing.
 * - Quitting with several windows goes through the same question, one window at a time: the
 *   quit is held, the first window with unsaved changes is asked, and when it has closed the
 *   quit is tried again; Cancel, or a cancelled or failed save, ends the quit.
 * - 'window:close' with discardChanges closes without asking; without it, a window that still
 *   has unsaved changes asks again.
 */
import type { InvokeHandlers } from '../ipc/handle';
import { sendEvent } from '../ipc/events';
import type { DocumentContext } from './context';
import type { WindowDocument } from './documents';
import type { SaveChangesChoice } from './ports';
import { documentName } from './title';

export interface CloseGuard {
  /** Installs the close and closed listeners on a new window's document. */
  guard(doc: WindowDocument): void;
  /** `app.on('before-quit')`. */
  beforeQuit(event: { preventDefault(): void }): void;
  readonly handlers: Pick<InvokeHandlers, 'window:close'>;
}

export function createCloseGuard(ctx: DocumentContext): CloseGuard {
  const { documents, dialogs, quit, log } = ctx;

  const resolve = (doc: WindowDocument, choice: SaveChangesChoice): void => {
    if (doc.window.isDestroyed()) return;
    if (choice === 'save') {
      doc.closeAfterSave = true;
      sendEvent(doc.window.webContents, 'menu:command', { command: 'save-and-close' });
    } else if (choice === 'discard') {
      doc.closeApproved = true;
      doc.window.close();
    } else {
      quit.requested = false;
    }
  };

  const ask = (doc: WindowDocument): void => {
    if (doc.prompting) return;
    doc.prompting = true;
    dialogs
      .askSaveChanges(doc.window, documentName(doc.name))
      .then((choice) => resolve(doc, choice))
      .catch((error: unknown) => {
        log('Flowcase: the save-changes question failed', error);
        quit.requested = false;
      })
      .finally(() => {
        doc.prompting = false;
      });
  };

  return {
    guard(doc) {
      doc.window.onClose((event) => {
        if (doc.closeApproved || !doc.dirty) return;
        event.preventDefault();
        ask(doc);
      });
      doc.window.onClosed(() => {
        documents.detach(doc);
        if (quit.requested) ctx.app.quit();
      });
    },

    beforeQuit(event) {
      if (quit.approved) return;
      const unsaved = documents.all().filter((doc) => doc.dirty && !doc.closeApproved);
      const [first] = unsaved;
      if (!first) {
        quit.approved = true;
        return;
      }
      event.preventDefault();
      quit.requested = true;
      first.window.focus();
      first.window.close();
    },

    handlers: {
      'window:close': ({ discardChanges }, { webContentsId }) => {
        const doc = documents.of(webContentsId);
        if (discardChanges) doc.closeApproved = true;
        doc.closeAfterSave = false;
        doc.window.close();
        return null;
      },
    },
  };
}

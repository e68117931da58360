/**
 * Flowcase's native dialogs over Electron's `dialog` (injected, so the options are tested):
 * Open with a Flowcase filter, Save with a default name and the right extension, the
 * save-changes question with Save / Don't Save / Cancel, and error boxes.
 * Dialogs are sheets of their window when it is still open.
 */
import type { Dialogs, DocumentWindow, SaveChangesChoice } from './ports';

/** The subset of Electron's `dialog` used, with the window already resolved by the adapter. */
export interface NativeDialog {
  showOpenDialog(
    window: DocumentWindow | null,
    options: {
      title: string;
      properties: Array<'openFile'>;
      filters: Array<{ name: string; extensions: string[] }>;
    },
  ): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(
    window: DocumentWindow | null,
    options: {
      title: string;
      defaultPath: string;
      filters: Array<{ name: string; extensions: string[] }>;
      properties: Array<'createDirectory' | 'showOverwriteConfirmation'>;
    },
  ): Promise<{ canceled: boolean; filePath?: string }>;
  showMessageBox(
    window: DocumentWindow | null,
    options: {
      type: 'warning' | 'error';
      message: string;
      detail: string;
      buttons: string[];
      defaultId: number;
      cancelId: number;
      noLink: boolean;
    },
  ): Promise<{ response: number }>;
}

const PROJECT_FILTER = { name: 'Flowcase project', extensions: ['flowcase'] };
const PDF_FILTER = { name: 'PDF document', extensions: ['pdf'] };

/** Button order: Save first (default), Don't Save, Cancel (Escape). */
const SAVE_CHANGES_BUTTONS: readonly [string, SaveChangesChoice][] = [
  ['Save', 'save'],
  ['Don’t Save', 'discard'],
  ['Cancel', 'cancel'],
];

export function createDialogs(native: NativeDialog): Dialogs {
  const live = (window: DocumentWindow | null): DocumentWindow | null =>
    window && !window.isDestroyed() ? window : null;

  return {
    async chooseProjectToOpen(window) {
      const { canceled, filePaths } = await native.showOpenDialog(live(window), {
        title: 'Open a Flowcase project',
        properties: ['openFile'],
        filters: [PROJECT_FILTER],
      });
      return canceled ? null : (filePaths[0] ?? null);
    },

    async chooseSavePath(window, { defaultName, kind }) {
      const pdf = kind === 'pdf';
      const { canceled, filePath } = await native.showSaveDialog(live(window), {
        title: pdf ? 'Export the business case as PDF' : 'Save the Flowcase project',
        defaultPath: defaultName,
        filters: [pdf ? PDF_FILTER : PROJECT_FILTER],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return canceled || !filePath ? null : filePath;
    },

    async askSaveChanges(window, documentName) {
      const { response } = await native.showMessageBox(live(window), {
        type: 'warning',
        message: `Do you want to save the changes you made to “${documentName}”?`,
        detail: 'Your changes will be lost if you don’t save them.',
        buttons: SAVE_CHANGES_BUTTONS.map(([label]) => label),
        defaultId: 0,
        cancelId: 2,
        noLink: true,
      });
      return SAVE_CHANGES_BUTTONS[response]?.[1] ?? 'cancel';
    },

    showError(window, title, message) {
      void native.showMessageBox(live(window), {
        type: 'error',
        message: title,
        detail: message,
        buttons: ['OK'],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      });
    },
  };
}

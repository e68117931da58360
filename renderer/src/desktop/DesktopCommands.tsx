// The desktop app's commands: the native menu's (routed by commands.ts to the app's existing
// actions) and the file keys Ctrl/Cmd+O, Ctrl/Cmd+S and Ctrl/Cmd+Shift+S, taken also while typing
// in a field (they replace the web build's WorkspaceShortcuts). Rendered inside React Flow's
// provider, for the canvas's camera. A key the page takes is `preventDefault`ed, and Electron
// runs a menu accelerator only for key presses the page did not take, so no command runs twice.
import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { blankProject } from '../../../shared/editor';
import type { MenuCommand } from '../../../shared/ipc/contract';
import { exportPdf } from '../app/ExportPdfButton';
import { deleteSelection, selectAll } from '../editor/actions';
import { copySelection, duplicateSelection, pasteHere } from '../editor/clipboard-actions';
import { commandKey } from '../editor/keys';
import { enterPresenter } from '../presenter/enter';
import { useAppStore } from '../store';
import { openAsNew } from '../workspace/workspace';
import { desktopApi } from './bridge';
import { isTextField, routeMenuCommand, type AppCommand } from './commands';
import { openWithDialog } from './open-file';
import { saveAndClose, saveToFile } from './save';
import { editFocusedText } from './text-editing';

export function DesktopCommands({ onHelp }: { onHelp: () => void }) {
  const view = useReactFlow();
  useEffect(() => {
    const api = desktopApi();
    if (api === null) return;
    const state = () => useAppStore.getState();
    const actions: Record<AppCommand, () => void> = {
      'new-project': () => void openAsNew(blankProject()),
      open: () => void openWithDialog(),
      save: () => void saveToFile('save'),
      'save-as': () => void saveToFile('save-as'),
      'save-and-close': () => void saveAndClose(),
      undo: () => state().undo(),
      redo: () => state().redo(),
      cut: () => void copySelection(true),
      copy: () => void copySelection(),
      paste: () => void pasteHere(view),
      duplicate: duplicateSelection,
      'select-all': selectAll,
      delete: deleteSelection,
      'zoom-in': () => void view.zoomIn({ duration: 150 }),
      'zoom-out': () => void view.zoomOut({ duration: 150 }),
      fit: () => state().frame(state().activeMapKey),
      presenter: enterPresenter,
      'export-pdf': exportPdf,
      shortcuts: onHelp,
    };
    const run = (command: MenuCommand): void => {
      const s = state();
      const route = routeMenuCommand(command, {
        typing: isTextField(document.activeElement),
        hasProject: s.project !== null,
        presenting: s.presenting,
        onMap: s.screen === 'map',
      });
      if (route.kind === 'text') void editFocusedText(route.command);
      else if (route.kind === 'app') actions[route.command]();
    };
    const onKey = (event: KeyboardEvent): void => {
      if (!commandKey(event) || event.altKey || event.defaultPrevented) return;
      const key = event.key.toLowerCase();
      const command: MenuCommand | null =
        key === 's'
          ? event.shiftKey
            ? 'save-as'
            : 'save'
          : key === 'o' && !event.shiftKey
            ? 'open'
            : null;
      if (command === null) return;
      event.preventDefault();
      actions[command]();
    };
    window.addEventListener('keydown', onKey);
    const stop = api.onMenuCommand(({ command }) => run(command));
    return () => {
      window.removeEventListener('keydown', onKey);
      stop();
    };
  }, [view, onHelp]);
  return null;
}

// The workspace's keys, also while typing in a field: Ctrl/Cmd+S saves now (instead of the
// browser saving the page), Ctrl/Cmd+O imports a file, Ctrl/Cmd+Shift+E exports the project.
import { useEffect } from 'react';
import { commandKey } from '../editor/keys';
import { useAppStore } from '../store';
import { exportOpenProject } from '../workspace/import-export';
import { saveNow } from '../workspace/workspace';
import { IMPORT_INPUT_ID } from './FileButtons';

export function WorkspaceShortcuts() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!commandKey(event) || event.altKey || event.defaultPrevented) return;
      const key = event.key.toLowerCase();
      if (key === 's' && !event.shiftKey) {
        event.preventDefault();
        void saveNow();
      } else if (key === 'o' && !event.shiftKey) {
        event.preventDefault();
        document.getElementById(IMPORT_INPUT_ID)?.click();
      } else if (key === 'e' && event.shiftKey) {
        event.preventDefault();
        if (useAppStore.getState().project !== null) exportOpenProject();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return null;
}

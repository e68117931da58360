// The desktop app's file buttons in the top bar: "Open" (Ctrl/Cmd+O), "Save" (Ctrl/Cmd+S) and
// "Save As" (Ctrl/Cmd+Shift+S), in place of the web build's Import and Export. Each names its
// key and what it does in its tooltip; the keys themselves are DesktopCommands'.
import { FolderOpen, Save, SaveAll } from 'lucide-react';
import { MOD_KEY } from '../editor/keys';
import { useAppStore } from '../store';
import { openWithDialog } from './open-file';
import { saveToFile } from './save';

export function DesktopFileButtons() {
  const hasProject = useAppStore((s) => s.project !== null);
  const fileName = useAppStore((s) => s.fileLink?.name ?? null);
  return (
    <>
      <button
        type="button"
        className="fc-tool fc-tool--text"
        title={`Open a .flowcase file (${MOD_KEY}+O)`}
        onClick={() => void openWithDialog()}
      >
        <FolderOpen size={14} aria-hidden="true" />
        Open
      </button>
      <button
        type="button"
        className="fc-tool fc-tool--text"
        disabled={!hasProject}
        title={
          fileName === null
            ? `Save the project as a .flowcase file (${MOD_KEY}+S)`
            : `Save the changes to “${fileName}” (${MOD_KEY}+S)`
        }
        onClick={() => void saveToFile('save')}
      >
        <Save size={14} aria-hidden="true" />
        Save
      </button>
      <button
        type="button"
        className="fc-tool fc-tool--text"
        disabled={!hasProject}
        title={`Save the project as a new .flowcase file (${MOD_KEY}+Shift+S)`}
        onClick={() => void saveToFile('save-as')}
      >
        <SaveAll size={14} aria-hidden="true" />
        Save As
      </button>
    </>
  );
}

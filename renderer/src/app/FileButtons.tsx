// "Import" (a file picker for .flowcase files; each becomes a new project in the library) and
// "Export" (the open project as a .flowcase download).
import { Download, Upload } from 'lucide-react';
import { useRef } from 'react';
import { exportOpenProject, importFiles } from '../workspace/import-export';

export const IMPORT_ACCEPT = '.flowcase,.json,application/json';
export const IMPORT_INPUT_ID = 'fc-import-input';

export function FileButtons() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="fc-tool fc-tool--text"
        title="Import a .flowcase file as a new project (Ctrl+O), or drop it on the window"
        onClick={() => input.current?.click()}
      >
        <Upload size={14} aria-hidden="true" />
        Import
      </button>
      <input
        ref={input}
        id={IMPORT_INPUT_ID}
        type="file"
        accept={IMPORT_ACCEPT}
        multiple
        hidden
        aria-label="Import"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          void importFiles(files);
        }}
      />
      <button
        type="button"
        className="fc-tool fc-tool--text"
        title="Export the open project as a .flowcase file (Ctrl+Shift+E)"
        onClick={exportOpenProject}
      >
        <Download size={14} aria-hidden="true" />
        Export
      </button>
    </>
  );
}

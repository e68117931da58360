// Dropping files on the window imports them; in the desktop app a `.flowcase` file is opened
// instead, as Open does (linked to its file). Only drags that carry files are taken; dragging a
// step kind from the palette onto the map is left to the canvas.
import { useEffect, useState } from 'react';
import { desktopApi } from '../desktop/bridge';
import { openDroppedFile } from '../desktop/open-file';
import { importFiles } from '../workspace/import-export';

const isProjectFile = (file: File): boolean => file.name.toLowerCase().endsWith('.flowcase');

function dropped(files: readonly File[]): void {
  if (desktopApi() === null) {
    void importFiles(files);
    return;
  }
  for (const file of files.filter(isProjectFile)) void openDroppedFile(file);
  const others = files.filter((file) => !isProjectFile(file));
  if (others.length > 0) void importFiles(others);
}

const carriesFiles = (event: DragEvent): boolean =>
  event.dataTransfer?.types.includes('Files') === true;

export function FileDrop() {
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth += 1;
      setOver(true);
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const overHandler = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setOver(false);
      dropped([...(event.dataTransfer?.files ?? [])]);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overHandler);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overHandler);
      window.removeEventListener('drop', drop);
    };
  }, []);
  if (!over) return null;
  return (
    <div className="fc-filedrop" aria-hidden="true">
      <p>
        {desktopApi() === null
          ? 'Drop a .flowcase file to import it as a new project'
          : 'Drop a .flowcase file to open it'}
      </p>
    </div>
  );
}

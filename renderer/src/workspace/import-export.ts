// `.flowcase` files in and out of the web build: import through a file picker or a drop on the
// window, export as a download (said in a notice: the browser may show nothing). An import
// becomes a new library project and never replaces the open one; a bad file lists every
// problem in the validator's words. A map without positions (written by another tool) is laid
// out before it opens.
import { applyCommand } from '../../../shared/editor';
import { needsLayout } from '../../../shared/layout';
import { decodeProjectBytes, readProjectDocument, serializeDocument } from '../../../shared/model';
import { placedProblem } from '../figures/problem-place';
import { capitalised } from '../../../shared/util/capitalised';
import type { Project } from '../../../shared/model/schema';
import { downloadBlob } from '../export/download';
import { downloadName } from '../export/file-name';
import { autoLayout } from '../layout/auto-layout';
import { useAppStore } from '../store';
import { openAsNew } from './workspace';

const state = () => useAppStore.getState();

/** Larger files are refused before they are read: the file format's own limit is far below. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

export async function importFiles(files: readonly File[]): Promise<void> {
  for (const file of files) await importFile(file);
}

async function importFile(file: File): Promise<void> {
  if (file.size > MAX_FILE_BYTES) {
    state().setWorkspace({
      importReport: {
        fileName: file.name,
        problems: [
          `The file is ${Math.round(file.size / 1048576)} MB; a Flowcase project is far smaller. Nothing was imported.`,
        ],
      },
    });
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    state().setWorkspace({
      importReport: { fileName: file.name, problems: ['The file could not be read.'] },
    });
    return;
  }
  const decoded = decodeProjectBytes(bytes);
  if (!decoded.ok) {
    state().setWorkspace({
      importReport: {
        fileName: file.name,
        problems: [`${capitalised(decoded.message)}. Nothing was imported.`],
      },
    });
    return;
  }
  const read = readProjectDocument(decoded.text);
  if (!read.ok) {
    state().setWorkspace({
      importReport: {
        fileName: file.name,
        // Named as the Problems list names them ("Role "AP clerk": ..."), not by file path.
        problems: read.issues.map((issue) => placedProblem(read.document, issue)),
      },
    });
    return;
  }
  const project = await laidOut(read.project);
  await openAsNew(project);
  const problems = read.problems.length;
  state().say(
    problems === 0
      ? `Imported “${project.name}” from ${file.name}.`
      : `Imported “${project.name}” from ${file.name}, with ${problems} process problem${problems === 1 ? '' : 's'} listed under Problems.`,
  );
}

/** Lay out every map whose steps all sit on one point; a failed layout keeps the map as read. */
export async function laidOut(project: Project): Promise<Project> {
  let result = project;
  const maps = [
    { ref: 'current' as const, map: project.maps.current },
    ...project.maps.targets.map((t) => ({ ref: { targetId: t.id }, map: t })),
  ];
  for (const { ref, map } of maps) {
    if (!needsLayout(map)) continue;
    try {
      const positions = await autoLayout(map, { laneByRole: false });
      const moves = [...positions].map(([id, p]) => ({ id, x: p.x, y: p.y }));
      const moved = applyCommand(result, { type: 'moveSteps', map: ref, moves, label: 'Layout' });
      if (moved.ok) result = moved.project;
    } catch {
      state().say(`“${map.name}” could not be laid out; use Auto-layout once it is open.`);
    }
  }
  return result;
}

/** A file name for the project: its name without characters file systems refuse. */
export function exportFileName(project: Project): string {
  return downloadName([project.name], 'flowcase', 'project');
}

export function exportOpenProject(): void {
  const { project } = state();
  if (project === null) return;
  let text: string;
  try {
    text = serializeDocument(project);
  } catch (error) {
    state().say(`The project cannot be exported: ${(error as Error).message}`, 'refusal');
    return;
  }
  const name = exportFileName(project);
  downloadBlob(new Blob([text], { type: 'application/json' }), name);
  state().say(`Downloaded “${name}”.`);
}

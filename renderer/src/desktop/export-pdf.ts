// Export PDF in the desktop app: main prints the report of a target in a hidden window and saves
// the PDF where the person picks. Promises: a notice says the PDF is being made while it runs
// (it stays until replaced), then names the file saved; a cancel says nothing was saved; a
// failure says why in main's words. One export at a time (the file-command queue).
import type { Paper } from '../report/input';
import { serializeDocument } from '../../../shared/model';
import { downloadName } from '../export/file-name';
import { useAppStore } from '../store';
import { ask } from './bridge';
import { desktopSession } from './session';

const state = () => useAppStore.getState();

/** The report's seed: the same as the web build's report and `flowcase report`'s default. */
const REPORT_SEED = 1;

export function exportPdfInDesktop(targetId: string, paper: Paper): Promise<void> {
  const session = desktopSession();
  if (session === null) return Promise.resolve();
  return session.queue(async () => {
    const { project } = state();
    const target = project?.maps.targets.find((t) => t.id === targetId);
    if (project === null || target === undefined) return;
    let text: string;
    try {
      text = serializeDocument(project);
    } catch (error) {
      state().say(`The report cannot be made: ${(error as Error).message}`, 'refusal');
      return;
    }
    state().say(`Making the business case PDF of “${target.name}”…`, 'progress');
    const outcome = await ask(() =>
      session.api.exportPdf({
        text,
        targetId,
        paper,
        seed: REPORT_SEED,
        suggestedName: downloadName([project.name, 'business case'], 'pdf', 'Business case'),
      }),
    );
    if (outcome === null) return; // the failure is the notice now
    if (outcome.kind === 'cancelled') state().say('Export PDF cancelled; no file was saved.');
    else state().say(`Saved the business case as “${outcome.file.name}”.`);
  });
}

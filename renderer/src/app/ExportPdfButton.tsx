// "Export PDF": opens the business case report (report.html) of the active target, or the
// first target when the current map is shown, in a new window of this origin and hands it the
// open project when it asks (renderer/src/report/input.ts); the report then opens the
// browser's print dialog, where the PDF is saved. In the desktop app main prints the same page
// through printToPDF and saves the file (desktop/export-pdf.ts).
import { FileDown } from 'lucide-react';
import { desktopApi } from '../desktop/bridge';
import { exportPdfInDesktop } from '../desktop/export-pdf';
import { useAppStore } from '../store';
import { REPORT_HELLO, REPORT_INPUT, today, type Paper, type ReportInput } from '../report/input';

/** Letter where it is the usual paper, A4 elsewhere. */
function paperFor(language: string): Paper {
  return /^(en-US|en-CA|es-MX|es-US|fr-CA)$/i.test(language) ? 'letter' : 'a4';
}

/** Export PDF (the button, and the desktop menu's command). */
export function exportPdf(): void {
  const { project, activeMapKey, say } = useAppStore.getState();
  if (project === null) return;
  const targetId = activeMapKey === 'current' ? project.maps.targets[0]?.id : activeMapKey.targetId;
  if (targetId === undefined) {
    say('Add a target map first: the report is the business case of a target.');
    return;
  }
  if (desktopApi() !== null) {
    void exportPdfInDesktop(targetId, paperFor(navigator.language));
    return;
  }
  const input: ReportInput = {
    project,
    targetId,
    seed: 1,
    date: today(),
    paper: paperFor(navigator.language),
    print: true,
  };
  const report = window.open('report.html', '_blank');
  if (report === null) {
    say(
      'The report could not open: the browser blocked its new window. Allow pop-ups for this page, then press Export PDF again.',
      'refusal',
    );
    return;
  }
  const origin = window.location.origin;
  const onMessage = (event: MessageEvent): void => {
    if (event.source !== report || event.origin !== origin) return;
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null || !('type' in data)) return;
    if (data.type !== REPORT_HELLO) return;
    window.removeEventListener('message', onMessage);
    report.postMessage({ type: REPORT_INPUT, input }, origin);
  };
  window.addEventListener('message', onMessage);
  // A report window closed before it asked leaves nothing behind for long.
  window.setTimeout(() => window.removeEventListener('message', onMessage), 60_000);
}

export function ExportPdfButton() {
  const hasTarget = useAppStore((s) => (s.project?.maps.targets.length ?? 0) > 0);
  return (
    <button
      type="button"
      className="fc-button"
      disabled={!hasTarget}
      title={
        hasTarget
          ? 'Open the business case report of this target, ready to print or save as PDF'
          : 'Add a target map first: the report is the business case of a target'
      }
      onClick={exportPdf}
    >
      <FileDown size={14} aria-hidden="true" />
      Export PDF
    </button>
  );
}

// Report entry (`report.html`): receives its input (input.ts), computes every figure
// (compute.ts), draws the report, and says it is done on <html>: `data-report-ready="true"`
// once the figures are drawn and the fonts loaded, or `data-report-error` with the reason.
// The same moment is told to `flowcase report` through the function it gave the page
// (`REPORT_SETTLED`) and, in the desktop app's hidden report window, to main (`reportReady`).
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles/global.css';
import '../business/business.css';
import '../results/results.css';
import './report.css';
import { breakableSubject } from './breakable';
import { computeReport, type ReportData } from './compute';
import { desktopApi, settle } from '../desktop/window-bridge';
import { obtainReportInput } from './input';
import { REPORT_PROGRESS, REPORT_SETTLED } from '../../../shared/ipc/report-page';
import { ReportView } from './ReportView';
import { pageStyle } from './page-style';
import { loadReportFonts } from './fonts';

type State =
  | { readonly phase: 'waiting' }
  | { readonly phase: 'failed'; readonly problems: readonly string[] }
  | { readonly phase: 'ready'; readonly data: ReportData };

// Loaded while the figures are computed: the text is then laid out once, in its own face.
const fontsLoaded = loadReportFonts().then(
  () => null,
  () => 'The report’s typeface (Inter, shipped with Flowcase) could not be loaded.',
);

function ReportPage() {
  const [state, setState] = useState<State>({ phase: 'waiting' });
  useEffect(() => {
    let live = true;
    void (async () => {
      const checked = await obtainReportInput();
      if (!live) return;
      if (!checked.ok) {
        setState({ phase: 'failed', problems: checked.problems });
        return;
      }
      const [outcome, fontProblem] = await Promise.all([
        computeReport(breakableSubject(checked.subject), tellProgress),
        fontsLoaded,
      ]);
      if (!live) return;
      if (fontProblem !== null) {
        setState({ phase: 'failed', problems: [fontProblem] });
        return;
      }
      if (outcome.ok) dressPage(outcome.data);
      setState(
        outcome.ok
          ? { phase: 'ready', data: outcome.data }
          : { phase: 'failed', problems: [outcome.message] },
      );
    })();
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    const root = document.documentElement;
    if (state.phase === 'failed') {
      root.dataset['reportError'] = state.problems.join('\n');
      tellHost(state.problems);
    }
    if (state.phase !== 'ready') return;
    void document.fonts.ready.then(() => {
      root.dataset['reportReady'] = 'true';
      tellHost([]);
      if (state.data.print) window.print();
    });
  }, [state]);
  if (state.phase === 'waiting')
    return (
      <p className="fc-report__status" role="status">
        Computing the business case…
      </p>
    );
  if (state.phase === 'failed')
    return (
      <div className="fc-report__status" role="alert">
        <h1>The report cannot be drawn</h1>
        <p>Nothing was exported. Fix what is listed below, then export the PDF again.</p>
        <ul>
          {state.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </div>
    );
  return <ReportView data={state.data} />;
}

/**
 * The page's title and its paper, margins and footer: set before the report is drawn, so
 * nothing about the page changes once it is laid out.
 */
function dressPage(data: ReportData): void {
  document.title = `${data.project.name} — business case`;
  const style = document.createElement('style');
  style.textContent = pageStyle(data.project.name, data.paper);
  document.head.append(style);
}

/** Milliseconds between two progress reports to the program printing the page. */
const PROGRESS_EVERY_MS = 200;
let progressToldAt = -Infinity;

/** Tell `flowcase report`, when it prints this page, how far the figures are; a few times a second. */
function tellProgress(share: number): void {
  const report = window[REPORT_PROGRESS];
  const now = performance.now();
  if (report === undefined || now - progressToldAt < PROGRESS_EVERY_MS) return;
  progressToldAt = now;
  try {
    void Promise.resolve(report(share)).catch(() => undefined);
  } catch {
    // the printer went away; the report is drawn all the same
  }
}

/**
 * Tell whoever prints this page that the report is drawn, or why it is not: main in the desktop
 * app's report window, `flowcase report` through the function it gave the page.
 */
function tellHost(problems: readonly string[]): void {
  void window[REPORT_SETTLED]?.(problems);
  const api = desktopApi();
  if (api === null) return;
  const words = problems.slice(0, 200).map((p) => p.slice(0, 2000));
  // Nothing to show a failure to here: main's own wait for the report times out instead.
  void settle(() => api.reportReady({ problems: words }));
}

const container = document.getElementById('report-root');
if (!container) throw new Error('Flowcase: the report page has no #report-root element.');
createRoot(container).render(
  <StrictMode>
    <ReportPage />
  </StrictMode>,
);

// Report entry (`report.html`): receives its input (input.ts), computes every figure
// (compute.ts), draws the report, and says it is done on <html>: `data-report-ready="true"`
// once the figures are drawn and the fonts loaded, or `data-report-error` with the reason.
// `flowcase report` waits for one of the two before it prints; in the desktop app's hidden
// report window the same moment is told to main through `reportReady`.
import '@fontsource-variable/inter';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles/global.css';
import '../business/business.css';
import '../results/results.css';
import './report.css';
import { computeReport, type ReportData } from './compute';
import { desktopApi, settle } from '../desktop/window-bridge';
import { obtainReportInput } from './input';
import { ReportView } from './ReportView';
import { pageStyle } from './page-style';

type State =
  | { readonly phase: 'waiting' }
  | { readonly phase: 'failed'; readonly problems: readonly string[] }
  | { readonly phase: 'ready'; readonly data: ReportData };

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
      const outcome = await computeReport(checked.subject);
      if (!live) return;
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
      tellDesktop(state.problems);
    }
    if (state.phase !== 'ready') return;
    document.title = `${state.data.project.name} — business case`;
    const style = document.createElement('style');
    style.textContent = pageStyle(state.data.project.name, state.data.paper);
    document.head.append(style);
    void document.fonts.ready.then(() => {
      root.dataset['reportReady'] = 'true';
      tellDesktop([]);
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

/** In the desktop app's report window: tell main the report is drawn, or why it is not. */
function tellDesktop(problems: readonly string[]): void {
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

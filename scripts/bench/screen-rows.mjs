/**
 * Issue 12's screen figures in the benchmark's table (figures 20-21): judged against their
 * targets, and turned into rows. What each figure times is said in
 * scripts/bench/editor/screens.ts.
 */
import { verdict } from './report.mjs';

export const SCREEN_TARGETS = {
  businessCaseMs: 150,
  resultsViewMs: 500,
};

/** The figures with their verdicts, or the reason they failed. */
export function judgeScreens(figure) {
  if (!figure.ok) return { error: figure.reason };
  const { ok: _ok, figure: _figure, ...figures } = figure;
  return {
    ...figures,
    meetsBusinessCase: figures.businessCase.ms <= SCREEN_TARGETS.businessCaseMs,
    meetsResultsView: figures.resultsView.ms <= SCREEN_TARGETS.resultsViewMs,
  };
}

const ms = (x) => `${x.toFixed(x >= 100 ? 0 : 1)} ms`;

export function screenRows(s) {
  if (s.error)
    return [
      { label: '20-21 Screens: business case, results view', measured: `failed: ${s.error}` },
    ];
  const { businessCase, resultsView } = s;
  return [
    {
      label: '20 Business case: edit to updated charts',
      measured: `${ms(businessCase.ms)} median`,
      target: `<= ${SCREEN_TARGETS.businessCaseMs} ms`,
      verdict: verdict(s.meetsBusinessCase),
      notes: [
        `Ctrl+Z / Ctrl+Shift+Z on the invoice sample's business case (10 000 Monte Carlo samples and the tornado)`,
        `to the frame showing the new NPV; the engines in the worker ${businessCase.engineMs === null ? 'n/a' : ms(businessCase.engineMs)}; runs ${businessCase.runsMs.map(ms).join(', ')}`,
      ],
    },
    {
      label: '21 Results view of the 1 000-step map',
      measured: `${ms(resultsView.ms)} median`,
      target: `<= ${SCREEN_TARGETS.resultsViewMs} ms`,
      verdict: verdict(s.meetsResultsView),
      notes: [
        `a click on the "Simulation" tab to the frame showing the results' figures and tables; runs ${resultsView.runsMs.map(ms).join(', ')}`,
      ],
    },
  ];
}

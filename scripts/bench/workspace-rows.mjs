/**
 * Issue 11's workspace figures in the benchmark's table (figures 15-17): judged against their
 * targets, and turned into rows. What each figure times is said in
 * scripts/bench/editor/workspace.ts.
 */
import { verdict } from './report.mjs';

export const WORKSPACE_TARGETS = {
  autosaveMs: 30,
  openStoredMs: 300,
  libraryRenderMs: 200,
};

/** The figures with their verdicts, or the reason they failed. */
export function judgeWorkspace(figure) {
  if (!figure.ok) return { error: figure.reason };
  const { ok: _ok, figure: _figure, ...figures } = figure;
  return {
    ...figures,
    meetsAutosave: figures.autosave.taskMs <= WORKSPACE_TARGETS.autosaveMs,
    meetsOpen: figures.open.ms <= WORKSPACE_TARGETS.openStoredMs,
    meetsLibrary: figures.library.renderMs <= WORKSPACE_TARGETS.libraryRenderMs,
  };
}

const ms = (x) => `${x.toFixed(x >= 100 ? 0 : 1)} ms`;

export function workspaceRows(w) {
  if (w.error)
    return [{ label: '15-17 Workspace: autosave, open, library', measured: `failed: ${w.error}` }];
  const { autosave, open, library } = w;
  return [
    {
      label: '15 Workspace: autosave, 1 000 steps',
      measured: `${ms(autosave.taskMs)} main thread`,
      target: `<= ${WORKSPACE_TARGETS.autosaveMs} ms`,
      verdict: verdict(w.meetsAutosave),
      notes: [
        `tasks from the autosave timer's to the frame showing "Saved" (Chrome trace), median of ${w.runs};`,
        `their CPU time ${ms(autosave.cpuMs)}; the timer's task (serialising, the write begun) ${ms(autosave.timerTaskMs)};`,
        `wall ${ms(autosave.windowMs)}; runs ${autosave.taskRunsMs.map(ms).join(', ')}`,
      ],
    },
    {
      label: '16 Workspace: open it from the library',
      measured: `${ms(open.ms)} median`,
      target: `<= ${WORKSPACE_TARGETS.openStoredMs} ms`,
      verdict: verdict(w.meetsOpen),
      notes: [
        `click on its item in "Projects" to the first frame drawing its steps in view; runs ${open.runsMs.map(ms).join(', ')};`,
        `of which click to the item marked open (read, checked, swapped in, committed) ${ms(open.markedOpenMs)}`,
      ],
    },
    {
      label: `17 Workspace: library of ${library.projects}, render`,
      measured: `${ms(library.renderMs)} median`,
      target: `<= ${WORKSPACE_TARGETS.libraryRenderMs} ms`,
      verdict: verdict(w.meetsLibrary),
      notes: [
        `the library's read handing over its rows to the frame showing them all; runs ${library.renderRunsMs.map(ms).join(', ')};`,
        `from navigation start (start-up included) ${ms(library.fromNavigationMs)} median`,
      ],
    },
  ];
}

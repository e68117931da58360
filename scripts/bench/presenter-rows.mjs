/**
 * Issue 13's presenter figures in the benchmark's table (figures 22-23): judged against their
 * targets, and turned into rows. What each figure times is said in
 * scripts/bench/editor/presenter.ts.
 */
import { verdict } from './report.mjs';

export const PRESENTER_TARGETS = {
  whatIfMs: 50,
  replayFps: 55,
};

/** The figures with their verdicts, or the reason they failed. */
export function judgePresenter(figure) {
  if (!figure.ok) return { error: figure.reason };
  const { ok: _ok, figure: _figure, ...figures } = figure;
  return {
    ...figures,
    meetsWhatIf: figures.whatIf.ms <= PRESENTER_TARGETS.whatIfMs,
    meetsReplay: figures.replay.fps >= PRESENTER_TARGETS.replayFps,
  };
}

const ms = (x) => `${x.toFixed(x >= 100 ? 0 : 1)} ms`;

export function presenterRows(p) {
  if (p.error)
    return [{ label: '22-23 Presenter: what-if, token replay', measured: `failed: ${p.error}` }];
  const { whatIf, replay } = p;
  return [
    {
      label: '22 Presenter what-if to figures',
      measured: `${ms(whatIf.ms)} median`,
      target: `<= ${PRESENTER_TARGETS.whatIfMs} ms`,
      verdict: verdict(p.meetsWhatIf),
      notes: [
        `an automation-rate slider step to the frame showing the new NPV, at 1280 x 720; runs ${whatIf.runsMs.map(ms).join(', ')}`,
        `P(NPV > 0) from the worker (10 000 samples) ${whatIf.probabilityMs === null ? 'n/a' : ms(whatIf.probabilityMs)}`,
      ],
    },
    {
      label: '23 Presenter token replay',
      measured: `${replay.fps.toFixed(1)} fps`,
      target: `>= ${PRESENTER_TARGETS.replayFps} fps`,
      verdict: verdict(p.meetsReplay),
      notes: [
        `3 s of the replay once both maps draw >= 300 tokens; tokens drawn: median ${replay.tokensMedian}, fewest ${replay.tokensMin}`,
      ],
    },
  ];
}

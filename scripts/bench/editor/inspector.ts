/**
 * Figure "one committed inspector value to updated key figures" (target <= 16 ms of
 * main-thread work). With the map pasted, the AI step `EDITED_STEP` is clicked, a new
 * automation rate typed into the inspector (not yet committed), and then Enter pressed.
 *
 * The work is the renderer main thread's busy time from just before the Enter until after the
 * second frame that follows it (the commit, the problems check, the flow model, React's render,
 * style, layout and paint all run in between), read from Chrome's own counter: the difference
 * of `TaskDuration` from CDP `Performance.getMetrics`, taken before the key is sent and after
 * the probe saw those frames painted. It counts every task on the main thread in that window,
 * so it is an upper bound: the probe's own few callbacks and the idle frame wait's small tasks
 * are in it too. A run that presses Enter on an unchanged value (nothing is committed) gives
 * that floor, reported beside it. The rate goes 70 % -> 20 % -> 70 % ..., each a change of
 * the key figures (checked: their text must differ after each commit). Median over the runs.
 *
 * To see where the time goes: FLOWCASE_BENCH_PROFILE (profile.ts) records a CPU profile of the
 * timed runs, FLOWCASE_BENCH_TRACE=FILE.json a Chrome trace of one extra commit.
 */
import type { CDPSession, Page } from '@playwright/test';
import { openEmptyMap, pasteAndClick } from './app';
import type { Bench } from './browser';
import { armCommitProbe, boxes, commitResult, settleFrames } from './probes';
import { profileIfAsked } from './profile';
import { median } from './stats';

/** The first AI step of the benchmark map, in view where the paste lands. */
export const EDITED_STEP = 's2';
const RATES = ['20', '70'] as const;

type Metrics = Record<string, number>;

async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Main-thread busy time between two metric readings, ms, by kind of work. */
function busy(before: Metrics, after: Metrics) {
  const ms = (name: string): number => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
  return {
    taskMs: ms('TaskDuration'),
    scriptMs: ms('ScriptDuration'),
    styleMs: ms('RecalcStyleDuration'),
    layoutMs: ms('LayoutDuration'),
  };
}

/** Select step `id` by a click on its card, so the inspector shows it. */
export async function selectStep(page: Page, id: string): Promise<void> {
  const { node } = await page.evaluate(boxes, { nodeId: id });
  if (node === null) throw new Error(`step ${id} is not drawn`);
  await page.mouse.click(node.x + node.width * 0.3, node.y + node.height * 0.3);
}

export const inspectorField = (page: Page, label: string) =>
  page.getByRole('complementary', { name: 'Inspector' }).getByLabel(label, { exact: true });

/** One Enter in the focused field, timed; the field holds what is to be committed. */
interface CommitSample {
  taskMs: number;
  scriptMs: number;
  styleMs: number;
  layoutMs: number;
  toSecondFrameMs: number;
}

async function commitOnce(page: Page, cdp: CDPSession): Promise<CommitSample> {
  await page.evaluate(settleFrames, 5);
  await page.evaluate(armCommitProbe);
  const before = await metrics(cdp);
  await page.keyboard.press('Enter');
  const probe = await page.evaluate(commitResult);
  const after = await metrics(cdp);
  return { ...busy(before, after), toSecondFrameMs: probe.paintedAt - probe.keyAt };
}

export async function benchInspector(bench: Bench, text: string, runs: number) {
  const { context, page } = await bench.newPage();
  try {
    await openEmptyMap(page, context, bench.appUrl);
    await pasteAndClick(page, text);
    await page.keyboard.press('Escape');
    await selectStep(page, EDITED_STEP);
    const field = inspectorField(page, 'Automation rate');
    const figures = page.getByRole('region', { name: 'Key figures' });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');

    // The floor: Enter on the value the field already holds commits nothing.
    await field.focus();
    const floor: CommitSample[] = [];
    for (let run = 0; run < 3; run++) floor.push(await commitOnce(page, cdp));

    const samples: CommitSample[] = [];
    let unchanged = 0;
    const stopProfile = await profileIfAsked(context, page);
    for (let run = 0; run < runs; run++) {
      await field.fill(RATES[run % 2] as string);
      const shown = await figures.textContent();
      samples.push(await commitOnce(page, cdp));
      if ((await figures.textContent()) === shown) unchanged++;
    }
    await stopProfile();
    const trace = process.env.FLOWCASE_BENCH_TRACE;
    if (trace !== undefined) {
      await field.fill('45');
      await bench.browser.startTracing(page, { path: trace, screenshots: false });
      await commitOnce(page, cdp);
      await bench.browser.stopTracing();
    }
    if (unchanged > 0) throw new Error(`${unchanged} commits left the key figures as they were`);
    const pick = (list: readonly CommitSample[], key: keyof CommitSample) =>
      median(list.map((s) => s[key]));
    return {
      runs,
      taskMs: pick(samples, 'taskMs'),
      taskRunsMs: samples.map((s) => s.taskMs),
      scriptMs: pick(samples, 'scriptMs'),
      styleMs: pick(samples, 'styleMs'),
      layoutMs: pick(samples, 'layoutMs'),
      toSecondFrameMs: pick(samples, 'toSecondFrameMs'),
      floorTaskMs: pick(floor, 'taskMs'),
    };
  } finally {
    await context.close();
  }
}

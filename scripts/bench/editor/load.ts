/**
 * Figures "ready to interact" (target <= 1.0 s) and "undo of a 1 000-step paste" (target
 * <= 50 ms), each run in a fresh page: the map pasted into an emptied blank project and timed
 * until a click on a step selects it (app.ts), then Ctrl+Z timed from its keydown until the
 * first frame with no step drawn (after that frame's paint). Medians over the runs.
 */
import { openEmptyMap, pasteAndClick, type ReadyTiming } from './app';
import type { Bench } from './browser';
import { armUndoProbe, settleFrames, undoResult } from './probes';
import { median } from './stats';

export async function benchLoad(bench: Bench, text: string, runs: number) {
  const ready: ReadyTiming[] = [];
  const undoMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    const { context, page } = await bench.newPage();
    try {
      await openEmptyMap(page, context, bench.appUrl);
      ready.push(await pasteAndClick(page, text));
      await page.evaluate(settleFrames, 10);
      await page.evaluate(armUndoProbe);
      await page.keyboard.press('Control+z');
      const undo = await page.evaluate(undoResult);
      undoMs.push(undo.paintedAt - undo.keyAt);
    } finally {
      await context.close();
    }
  }
  const pick = (key: keyof ReadyTiming): number[] => ready.map((r) => r[key]);
  return {
    runs,
    readyMs: median(pick('readyMs')),
    readyRunsMs: pick('readyMs'),
    pasteToDrawnMs: median(pick('pasteToDrawnMs')),
    deselectMs: median(pick('deselectMs')),
    selectMs: median(pick('selectMs')),
    undoMs: median(undoMs),
    undoRunsMs: undoMs,
  };
}

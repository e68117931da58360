/**
 * Figure "memory after 500 edits less than twice the memory after load". With the map pasted
 * (load), the page's heap is read; then 500 edits are made in the inspector on the AI step
 * `EDITED_STEP`, alternating two different fields so each is its own undo step (a committed
 * field value is one step and never merges with the next): the automation rate (a new value
 * each time) and the name. Then the heap is read again. The history keeps its last 200 steps
 * (shared/editor/history.ts), so this shows what those steps and anything keyed by them cost.
 *
 * A heap reading is CDP `HeapProfiler.collectGarbage` (twice, so objects freed by finalizers
 * go too), then `Runtime.getHeapUsage`: the V8 heap in use (the page's JavaScript objects)
 * plus, where Chromium reports it, the embedder heap (Blink's DOM objects) in use.
 */
import type { CDPSession } from '@playwright/test';
import { openEmptyMap, pasteAndClick } from './app';
import type { Bench } from './browser';
import { EDITED_STEP, inspectorField, selectStep } from './inspector';
import { settleFrames } from './probes';

const MB = 1024 * 1024;

async function heap(cdp: CDPSession) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as {
    usedSize: number;
    embedderHeapUsedSize?: number;
  };
  const jsMb = usage.usedSize / MB;
  const domMb = (usage.embedderHeapUsedSize ?? 0) / MB;
  return { jsMb, domMb, totalMb: jsMb + domMb };
}

export async function benchMemory(bench: Bench, text: string, edits: number) {
  const { context, page } = await bench.newPage();
  try {
    await openEmptyMap(page, context, bench.appUrl);
    await pasteAndClick(page, text);
    await page.keyboard.press('Escape');
    await page.evaluate(settleFrames, 10);
    const cdp = await context.newCDPSession(page);
    const afterLoad = await heap(cdp);

    await selectStep(page, EDITED_STEP);
    const rate = inspectorField(page, 'Automation rate');
    const name = inspectorField(page, 'Name');
    const t0 = performance.now();
    for (let i = 0; i < edits; i++) {
      const field = i % 2 === 0 ? rate : name;
      const value = i % 2 === 0 ? String(20 + ((i / 2) % 60)) : `AI step 2, edit ${i}`;
      await field.fill(value);
      await page.keyboard.press('Enter');
    }
    const editSeconds = (performance.now() - t0) / 1000;
    await page.evaluate(settleFrames, 10);
    const undoTitle = await page.getByRole('button', { name: 'Undo' }).getAttribute('title');
    const afterEdits = await heap(cdp);
    return {
      edits,
      afterLoad,
      afterEdits,
      ratio: afterEdits.totalMb / afterLoad.totalMb,
      jsRatio: afterEdits.jsMb / afterLoad.jsMb,
      editsPerS: edits / editSeconds,
      undoTitle,
    };
  } finally {
    await context.close();
  }
}

/**
 * Getting the 1 000-step map into the app the way an analyst can, with no test-only door in
 * the product: New project > Blank project, select all and delete (the blank start and end),
 * then paste the map's clipboard text (written to the system clipboard in the page, as the
 * app's own Copy would) with Ctrl+V. The roles travel with the paste, and the map is then
 * exactly the benchmark map, valid, so the key figures are computed.
 *
 * "Ready to interact" runs from the Ctrl+V keydown until the steps in view are drawn (the
 * canvas draws only those) and a click on a step selects it: the app is responsive. A paste selects everything it pasted, and a click on a selected step keeps
 * the selection as it is, so the analyst clicks the empty pane first, then the step: both
 * clicks are inside the figure. So are Playwright's round trips between seeing the steps drawn
 * and sending the clicks (a few milliseconds each), which makes the figure a little worse.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { armPasteProbe, hitAt, pasteResult, selectResult, settleFrames } from './probes';

/** The step clicked after the paste: the first task, in view where the paste lands. */
export const CLICKED_STEP = 's1';

export interface ReadyTiming {
  /** Ctrl+V to the frame that draws the pasted steps in view (see `PasteTiming`). */
  pasteToDrawnMs: number;
  /** Ctrl+V to the frame that draws the clicked step selected: ready to interact. */
  readyMs: number;
  /** The click on the pane to its frame (1 000 steps deselected). */
  deselectMs: number;
  /** The click on the step to its frame. */
  selectMs: number;
}

/** Open the app on a blank project with an empty current map (start and end deleted). */
export async function openEmptyMap(page: Page, context: BrowserContext, appUrl: string) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(appUrl).origin,
  });
  await page.goto(appUrl);
  await page.getByTestId('map-canvas').waitFor();
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByRole('menuitem', { name: 'Blank project' }).click();
  await page.getByTestId('step-start').waitFor();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.getByTestId('step-start').waitFor({ state: 'detached' });
}

/** The top-left corner of the canvas: empty pane after a paste (checked). */
export async function emptyPanePoint(page: Page): Promise<{ x: number; y: number }> {
  const pane = await page.locator('.react-flow').boundingBox();
  if (pane === null) throw new Error('no canvas on screen');
  const point = { x: pane.x + 40, y: pane.y + 40 };
  const hit = await page.evaluate(hitAt, point);
  if (hit !== 'pane') throw new Error(`the canvas corner is not empty (found ${hit})`);
  return point;
}

/** Paste `text` into the open map and time it until a click on a step selects it. */
export async function pasteAndClick(page: Page, text: string): Promise<ReadyTiming> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  const paneAt = await emptyPanePoint(page);
  await page.evaluate(settleFrames, 3);
  await page.evaluate(armPasteProbe, { clickTestId: `step-${CLICKED_STEP}` });
  await page.keyboard.press('Control+v');
  const paste = await page.evaluate(pasteResult);
  await page.mouse.click(paneAt.x, paneAt.y);
  // Inside the card, clear of the connection points in the middle of each side.
  await page.mouse.click(paste.box.x + paste.box.width * 0.3, paste.box.y + paste.box.height * 0.3);
  const select = await page.evaluate(selectResult);
  return {
    pasteToDrawnMs: paste.paintedAt - paste.keyAt,
    readyMs: select.paintedAt - paste.keyAt,
    deselectMs: select.deselectedAt - select.deselectClickAt,
    selectMs: select.paintedAt - select.clickAt,
  };
}

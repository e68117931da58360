/**
 * Figures "dragging one step" (p95 frame <= 17 ms, and within 1.2x of plain React Flow) and
 * "panning with the whole map in view" (>= 30 frames per second), measured identically on the
 * app and on the baseline page (plain React Flow, scripts/bench/baseline) in the same run.
 *
 * Both pages show the same map at the same place on screen with the same camera: the app's
 * canvas box and camera are read after the paste (and again after Shift+1 fits the map), and
 * the baseline page is opened with that box and camera, moved by where the paste put the map.
 * Then, in turns (app, baseline, app, ...), one run each:
 * - drag: mouse down on step `DRAGGED_STEP`, 60 moves of (-10, +4) px one frame (16.7 ms)
 *   apart, as a hand moves a mouse at about 600 px/s; back again on the next run;
 * - pan: mouse down on the empty pane in the canvas's corner, 120 moves of (+3, +1) px a frame
 *   apart (2 s); back again on the next run.
 * Frame times are requestAnimationFrame times in the page from mouse down to the last move
 * (the drop is not in them). Drag: p95 of the frame intervals of all runs. Pan: frames per
 * second over each run, the median run; and the p95 interval.
 */
import type { CDPSession, Page } from '@playwright/test';
import { emptyPanePoint, openEmptyMap, pasteAndClick } from './app';
import type { Bench } from './browser';
import {
  boxes,
  nodeSizes,
  nodesOutsidePane,
  readViewport,
  settleFrames,
  startFrames,
  stopFrames,
} from './probes';
import { deltas, median, quantile } from './stats';

/** A task of the first band, in view where the paste lands; the benchmark map's start. */
const DRAGGED_STEP = 's3';
const MAP_ORIGIN_STEP = 'start';
const FRAME_MS = 1000 / 60;
const DRAG = { moves: 60, step: { x: -10, y: 4 } } as const;
const PAN = { moves: 120, step: { x: 3, y: 1 } } as const;

type Camera = { x: number; y: number; zoom: number };
type Box = { x: number; y: number; width: number; height: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Hold the left button down at `from` and move `moves` times by `step`, one frame apart, as a
 * mouse would: each move is sent on its own clock through CDP without waiting for the page to
 * handle the one before (Playwright's `mouse.move` waits, which would slow the hand down to
 * the page's pace). Chromium queues and coalesces them as it does real mouse input.
 */
async function gesture(
  page: Page,
  cdp: CDPSession,
  from: { x: number; y: number },
  moves: number,
  step: { x: number; y: number },
): Promise<number[]> {
  const mouse = (
    type: 'mousePressed' | 'mouseReleased' | 'mouseMoved',
    x: number,
    y: number,
    clickCount = 0,
  ) => cdp.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', buttons: 1, clickCount });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: from.x, y: from.y });
  await mouse('mousePressed', from.x, from.y, 1);
  await page.evaluate(startFrames);
  const sent: Promise<unknown>[] = [];
  const t0 = performance.now();
  for (let i = 1; i <= moves; i++) {
    const wait = t0 + i * FRAME_MS - performance.now();
    if (wait > 0) await sleep(wait);
    sent.push(mouse('mouseMoved', from.x + step.x * i, from.y + step.y * i));
  }
  await Promise.all(sent);
  const frames = await page.evaluate(stopFrames);
  const end = { x: from.x + step.x * moves, y: from.y + step.y * moves };
  await mouse('mouseReleased', end.x, end.y, 1);
  await page.evaluate(settleFrames, 10);
  return frames;
}

/** Where on screen to grab step `id`: inside its card, clear of the connection points. */
async function grabPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const { node } = await page.evaluate(boxes, { nodeId: id });
  if (node === null) throw new Error(`step ${id} is not drawn`);
  return { x: node.x + node.width * 0.3, y: node.y + node.height * 0.3 };
}

/**
 * The baseline camera that shows what the app shows: the app's camera, shifted by where the
 * paste put the map's origin (the benchmark map's start is at 0, 0).
 */
async function matchingCamera(app: Page): Promise<{ pane: Box; camera: Camera }> {
  const camera = await app.evaluate(readViewport);
  const { pane, node } = await app.evaluate(boxes, { nodeId: MAP_ORIGIN_STEP });
  if (pane === null || node === null) throw new Error('the app shows no map');
  // With the node origin at the centre, a step's position is the centre of its box.
  const originX = (node.x + node.width / 2 - pane.x - camera.x) / camera.zoom;
  const originY = (node.y + node.height / 2 - pane.y - camera.y) / camera.zoom;
  return {
    pane,
    camera: {
      x: camera.x + originX * camera.zoom,
      y: camera.y + originY * camera.zoom,
      zoom: camera.zoom,
    },
  };
}

async function openBaseline(bench: Bench, view: { pane: Box; camera: Camera }) {
  const { context, page } = await bench.newPage();
  const { pane, camera } = view;
  const query = new URLSearchParams({
    left: String(pane.x),
    top: String(pane.y),
    width: String(pane.width),
    height: String(pane.height),
    x: String(camera.x),
    y: String(camera.y),
    zoom: String(camera.zoom),
  });
  await page.goto(`${bench.baselineUrl}?${query.toString()}`);
  await page.locator('body[data-baseline-ready]').waitFor({ state: 'attached' });
  await page.evaluate(settleFrames, 10);
  return { context, page };
}

interface Runs {
  drag: number[][];
  pan: number[][];
}

function summary(runs: Runs) {
  const drag = runs.drag.flatMap(deltas);
  const pan = runs.pan.flatMap(deltas);
  const fps = runs.pan.map((t) => ((t.length - 1) * 1000) / ((t.at(-1) ?? 0) - (t[0] ?? 0)));
  return {
    drag: {
      p95Ms: quantile(drag, 0.95),
      medianMs: median(drag),
      maxMs: Math.max(...drag),
      frames: drag.length,
    },
    pan: {
      fps: median(fps),
      fpsRuns: fps,
      p95Ms: quantile(pan, 0.95),
      maxMs: Math.max(...pan),
      frames: pan.length,
    },
  };
}

export async function benchFrames(bench: Bench, text: string, runs: number) {
  const app = await bench.newPage();
  const appRuns: Runs = { drag: [], pan: [] };
  const baseRuns: Runs = { drag: [], pan: [] };
  try {
    await openEmptyMap(app.page, app.context, bench.appUrl);
    await pasteAndClick(app.page, text);
    // Nothing selected, as on the baseline page.
    await app.page.keyboard.press('Escape');
    await app.page.evaluate(settleFrames, 10);
    const appSizes = await app.page.evaluate(nodeSizes);

    const dragView = await matchingCamera(app.page);
    const base = await openBaseline(bench, dragView);
    const baseSizes = await base.page.evaluate(nodeSizes);
    for (let run = 0; run < runs; run++) {
      const sign = run % 2 === 0 ? 1 : -1;
      const step = { x: DRAG.step.x * sign, y: DRAG.step.y * sign };
      for (const [page, into] of [
        [app.page, appRuns],
        [base.page, baseRuns],
      ] as const) {
        await page.bringToFront();
        const cdp = await page.context().newCDPSession(page);
        const from = await grabPoint(page, DRAGGED_STEP);
        into.drag.push(await gesture(page, cdp, from, DRAG.moves, step));
        await cdp.detach();
      }
    }
    await base.context.close();

    // The whole map in view: Shift+1 fits it (an animation of 200 ms).
    await app.page.bringToFront();
    await app.page.keyboard.press('Shift+Digit1');
    await app.page.waitForTimeout(600);
    await app.page.evaluate(settleFrames, 10);
    const fitView = await matchingCamera(app.page);
    const fitBase = await openBaseline(bench, fitView);
    const outside = {
      app: await app.page.evaluate(nodesOutsidePane),
      baseline: await fitBase.page.evaluate(nodesOutsidePane),
    };
    for (let run = 0; run < runs; run++) {
      const sign = run % 2 === 0 ? 1 : -1;
      const step = { x: PAN.step.x * sign, y: PAN.step.y * sign };
      for (const [page, into] of [
        [app.page, appRuns],
        [fitBase.page, baseRuns],
      ] as const) {
        await page.bringToFront();
        const cdp = await page.context().newCDPSession(page);
        const from = await emptyPanePoint(page);
        into.pan.push(await gesture(page, cdp, from, PAN.moves, step));
        await cdp.detach();
      }
    }
    await fitBase.context.close();

    const appFigures = summary(appRuns);
    const baseFigures = summary(baseRuns);
    return {
      runs,
      app: appFigures,
      baseline: baseFigures,
      dragRatio: appFigures.drag.p95Ms / baseFigures.drag.p95Ms,
      dragZoom: dragView.camera.zoom,
      fitZoom: fitView.camera.zoom,
      canvas: { width: dragView.pane.width, height: dragView.pane.height },
      nodeSizes: { app: appSizes, baseline: baseSizes },
      /** Steps not wholly in view before the pan runs (0: the whole map is in view). */
      stepsOutsideView: outside,
    };
  } finally {
    await app.context.close();
  }
}

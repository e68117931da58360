/**
 * The workspace's figures (issue 11, "Speed"), in the production web build like the editor's.
 *
 * Autosave of a 1 000-step project (target <= 30 ms of main-thread work). The map is pasted
 * into a blank project (app.ts) and saved; then, run after run, one inspector value is
 * committed (an automation rate, as in inspector.ts) and the autosave that follows about a
 * second later is timed. The work is Chrome's own count of the renderer main thread's busy
 * time (`TaskDuration` of CDP `Performance.getMetrics`), read once the edit's own frames have
 * settled (the top bar still says "Edited": checked, else the run is refused) and again after
 * the frame that shows "Saved". It holds every task in that window: the timer, the
 * `JSON.stringify` of the project, Dexie's transaction and the structured clone of the text
 * into IndexedDB, the library entry's update, React's renders of "Saving…" and "Saved", style,
 * layout and paint, and whatever idle tasks the page runs meanwhile. That last part is the
 * floor: the same reading over a window as long with no edit, reported beside it and not
 * subtracted, so the figure is an upper bound. IndexedDB's own writing runs in the browser
 * process, off the main thread, and is not in it.
 *
 * Opening it from the library (target <= 300 ms). With that project and the sample in the
 * list "Projects", the sample is opened, then the 1 000-step project's item is clicked: timed
 * from the click's mousedown to after the first frame that draws its steps in view, each
 * measured by React Flow (the canvas draws only those; the paste probe's test). Reading and
 * validating the stored text, opening it and drawing it are all inside.
 *
 * The library list of 500 projects (target <= 200 ms for its render). 500 projects (small
 * blank documents, in the app's own row shapes) are written straight into the workspace's
 * IndexedDB, and the page reloaded. Two times: from navigation start to after the first frame
 * showing 500 items in the list, start-up included (reported); and the list's own render, from
 * the moment the library's read hands its rows to Dexie (the success event of the `updatedAt`
 * index read, seen by wrapping IndexedDB in the page before the app loads; the store gets the
 * rows within that task) to after that same frame (judged).
 */
import type { Page } from '@playwright/test';
import { CLICKED_STEP, openEmptyMap, pasteAndClick } from './app';
import type { Bench } from './browser';
import { EDITED_STEP, inspectorField, selectStep } from './inspector';
import { settleFrames } from './probes';
import { profileIfAsked } from './profile';
import { median } from './stats';

const RATES = ['20', '70'] as const;
/**
 * The app's pause before an autosave (AUTOSAVE_DELAY_MS in renderer/src/workspace/autosave.ts;
 * the bench's TypeScript does not reach into the renderer). Its timer is found by it.
 */
const AUTOSAVE_DELAY_MS = 1000;
/** The library size of issue 11's figure. */
export const LIBRARY_PROJECTS = 500;

const saveState = (page: Page) => page.getByTestId('save-state');

async function waitSaved(page: Page): Promise<void> {
  await saveState(page)
    .filter({ hasText: /^Saved$/ })
    .waitFor({ timeout: 60_000 });
}

/** The mark the page sets after the frame that shows "Saved" (see `savedFrame`). */
const SAVED_MARK = 'flowcase-bench-saved';

/**
 * Page-side: once the top bar has left "Saved" (the edit) and come back to it, mark the time
 * after the frame that shows "Saved" (self-contained: sent to the page as source text).
 */
function savedFrame(mark: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const node = document.querySelector('[data-testid="save-state"]');
    if (node === null) return reject(new Error('no save state on the page'));
    let left = false;
    const check = (): void => {
      const text = node.textContent ?? '';
      if (text !== 'Saved') left = true;
      if (text !== 'Saved' || !left) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          performance.mark(mark);
          resolve();
        };
        channel.port2.postMessage(null);
      });
    };
    const observer = new MutationObserver(check);
    observer.observe(node, { childList: true, characterData: true, subtree: true });
    check();
  });
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  /** Microseconds. */
  ts: number;
  dur?: number;
  /** The thread's own CPU time, microseconds. */
  tdur?: number;
  args?: { data?: { timerId?: number; timeout?: number } };
}

export interface AutosaveSample {
  /** Main-thread tasks from the autosave timer's task to after the "Saved" frame, summed. */
  taskMs: number;
  /** The same tasks' CPU time: less than `taskMs` when the machine took the thread away. */
  cpuMs: number;
  /** The autosave timer's task alone: the serialising and the start of the transaction. */
  timerTaskMs: number;
  /** The same window's wall time. */
  windowMs: number;
  tasks: number;
}

/**
 * Read one autosave out of a Chrome trace: the last one-second timer installed before the
 * "Saved" mark is the autosave's (it is re-armed on every edit); from the start of the task
 * that fires it to the mark, every top-level task of that thread is summed.
 */
export function autosaveFromTrace(events: readonly TraceEvent[], mark: string): AutosaveSample {
  const end = events.find((e) => e.name === mark);
  if (end === undefined) throw new Error('the trace has no "Saved" mark');
  const installs = events.filter(
    (e) =>
      e.name === 'TimerInstall' &&
      e.pid === end.pid &&
      e.args?.data?.timeout === AUTOSAVE_DELAY_MS &&
      e.ts < end.ts,
  );
  const install = installs.at(-1);
  if (install === undefined) throw new Error('the trace has no autosave timer');
  const timerId = install.args?.data?.timerId;
  const fire = events.find(
    (e) => e.name === 'TimerFire' && e.pid === end.pid && e.args?.data?.timerId === timerId,
  );
  if (fire === undefined) throw new Error('the autosave timer never fired in the trace');
  const tasks = events.filter(
    (e) => TASK_NAMES.has(e.name) && e.ph === 'X' && e.pid === fire.pid && e.tid === fire.tid,
  );
  const first = tasks.find((t) => t.ts <= fire.ts && fire.ts <= t.ts + (t.dur ?? 0));
  if (first === undefined) throw new Error('no task holds the autosave timer');
  let busyUs = 0;
  let cpuUs = 0;
  let count = 0;
  for (const t of tasks) {
    if (t.ts < first.ts || t.ts > end.ts) continue;
    busyUs += Math.min(t.ts + (t.dur ?? 0), end.ts) - t.ts;
    cpuUs += t.tdur ?? 0;
    count++;
  }
  return {
    taskMs: busyUs / 1000,
    cpuMs: cpuUs / 1000,
    timerTaskMs: (first.dur ?? 0) / 1000,
    windowMs: (end.ts - first.ts) / 1000,
    tasks: count,
  };
}

/** A top-level task of a Chromium thread's message loop, as its trace names it. */
const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/** The categories of Chrome's trace that hold tasks, timers and the page's marks. */
const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'blink.user_timing'];

async function autosaveOnce(bench: Bench, page: Page, rate: string): Promise<AutosaveSample> {
  const field = inspectorField(page, 'Automation rate');
  await field.fill(rate);
  await bench.browser.startTracing(page, { categories: TRACE_CATEGORIES });
  let trace: Buffer;
  try {
    const saved = page.evaluate(savedFrame, SAVED_MARK);
    await field.press('Enter');
    await saved;
  } finally {
    trace = await bench.browser.stopTracing();
  }
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  return autosaveFromTrace(events, SAVED_MARK);
}

interface OpenTiming {
  /** The click's mousedown. */
  at: number;
  /** React's commit that marks the item open: the project is read, checked and swapped in. */
  markedAt: number;
  /** After the first frame drawing the steps in view. */
  paintedAt: number;
}

/**
 * Page-side: arm the open probe. From the next mousedown, watch each frame until the canvas
 * draws the step with test id `testId` (in view where the map starts) and every node it draws
 * is measured; resolve with the mousedown's time and after that frame.
 */
function armOpenProbe(testId: string): void {
  const bench = window as unknown as {
    __flowcaseOpen?: Promise<OpenTiming>;
  };
  bench.__flowcaseOpen = new Promise((resolve, reject) => {
    const onDown = (event: MouseEvent): void => {
      window.removeEventListener('mousedown', onDown, true);
      const at = event.timeStamp;
      const give = performance.now() + 60_000;
      let markedAt = Number.NaN;
      const list = document.querySelector('ul[aria-label="Projects"]');
      const clicked = event.target instanceof Element ? event.target.closest('button') : null;
      const marked = new MutationObserver(() => {
        if (list?.querySelector('[aria-current="true"]') !== clicked) return;
        markedAt = performance.now();
        marked.disconnect();
      });
      if (list !== null)
        marked.observe(list, {
          subtree: true,
          attributes: true,
          attributeFilter: ['aria-current'],
        });
      const frame = (): void => {
        const nodes = document.querySelector('.react-flow__nodes')?.children;
        const ready =
          nodes !== undefined &&
          document.querySelector(`[data-testid="${testId}"]`) !== null &&
          Array.prototype.every.call(nodes, (n: HTMLElement) => n.style.visibility !== 'hidden');
        if (!ready) {
          if (performance.now() > give) reject(new Error(`${testId} never drawn`));
          else requestAnimationFrame(frame);
          return;
        }
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ at, markedAt, paintedAt: performance.now() });
        channel.port2.postMessage(null);
      };
      requestAnimationFrame(frame);
    };
    window.addEventListener('mousedown', onDown, true);
  });
}

function openResult(): Promise<OpenTiming> {
  const probe = (window as unknown as { __flowcaseOpen?: Promise<OpenTiming> }).__flowcaseOpen;
  if (probe === undefined) throw new Error('the open probe was not armed');
  return probe;
}

const projectsList = (page: Page) => page.getByRole('list', { name: 'Projects' });

/** The library item of the project named `name` (its open button). */
const itemNamed = (page: Page, name: string) =>
  projectsList(page).getByRole('button', { name, exact: true });

export async function benchAutosaveAndOpen(bench: Bench, text: string, runs: number) {
  const { context, page } = await bench.newPage();
  try {
    await openEmptyMap(page, context, bench.appUrl);
    await pasteAndClick(page, text);
    await page.keyboard.press('Escape');
    await waitSaved(page);
    await selectStep(page, EDITED_STEP);
    const saves: AutosaveSample[] = [];
    for (let run = 0; run < runs; run++) {
      saves.push(await autosaveOnce(bench, page, RATES[run % 2] as string));
      await page.evaluate(settleFrames, 5);
    }

    // Two projects in the list: the open one (1 000 steps) and the sample of the first start.
    const list = projectsList(page);
    const names = await list.getByRole('button').evaluateAll((buttons) =>
      buttons
        .filter((b) => b.classList.contains('fc-library__open'))
        .map((b) => ({
          name: b.textContent ?? '',
          open: b.getAttribute('aria-current') === 'true',
        })),
    );
    const big = names.find((n) => n.open)?.name;
    const other = names.find((n) => !n.open)?.name;
    if (big === undefined || other === undefined || names.length !== 2)
      throw new Error(`expected the open project and one other in the list, found ${names.length}`);
    const opens: number[] = [];
    const marks: number[] = [];
    const stopProfile = await profileIfAsked(context, page);
    for (let run = 0; run < runs; run++) {
      await itemNamed(page, other).click();
      await page.getByTestId(`step-${EDITED_STEP}`).waitFor({ state: 'detached' });
      await page.evaluate(settleFrames, 10);
      await page.evaluate(armOpenProbe, `step-${CLICKED_STEP}`);
      await itemNamed(page, big).click();
      const opened = await page.evaluate(openResult);
      opens.push(opened.paintedAt - opened.at);
      marks.push(opened.markedAt - opened.at);
      await page.evaluate(settleFrames, 10);
    }
    await stopProfile();
    return {
      runs,
      autosave: {
        taskMs: median(saves.map((s) => s.taskMs)),
        taskRunsMs: saves.map((s) => s.taskMs),
        cpuMs: median(saves.map((s) => s.cpuMs)),
        timerTaskMs: median(saves.map((s) => s.timerTaskMs)),
        windowMs: median(saves.map((s) => s.windowMs)),
        tasks: median(saves.map((s) => s.tasks)),
      },
      open: { ms: median(opens), runsMs: opens, markedOpenMs: median(marks) },
    };
  } finally {
    await context.close();
  }
}

/**
 * Page-side, before the app loads: note when the library's read of the `projects` store's
 * `updatedAt` index succeeds (a getAll, or a cursor reaching its end), before Dexie's own
 * handler; and after the first frame whose list "Projects" holds `count` items.
 */
function installLibraryProbe(count: number): void {
  const probe = { readAt: [] as number[], listedAt: Number.NaN, paintedAt: Number.NaN };
  (window as unknown as { __flowcaseLibrary?: typeof probe }).__flowcaseLibrary = probe;
  const wrap = (name: 'getAll' | 'openCursor'): void => {
    // Taken off the prototype to be called on each index again: `this` is given by `call`.
    const original = Reflect.get(IDBIndex.prototype, name) as (
      this: IDBIndex,
      ...a: unknown[]
    ) => IDBRequest;
    IDBIndex.prototype[name] = function (this: IDBIndex, ...args: unknown[]) {
      const request = original.call(this, ...args);
      if (this.objectStore.name === 'projects' && this.name === 'updatedAt')
        request.addEventListener('success', () => {
          if (name === 'getAll' || request.result === null) probe.readAt.push(performance.now());
        });
      return request;
    } as never;
  };
  wrap('getAll');
  wrap('openCursor');
  const frame = (): void => {
    const list = document.querySelector('ul[aria-label="Projects"]');
    if (list === null || list.childElementCount < count) return void requestAnimationFrame(frame);
    probe.listedAt = performance.now();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (probe.paintedAt = performance.now());
    channel.port2.postMessage(null);
  };
  requestAnimationFrame(frame);
}

function libraryResult(): Promise<{ readAt: number[]; listedAt: number; paintedAt: number }> {
  type Probe = { readAt: number[]; listedAt: number; paintedAt: number };
  const probe = (window as unknown as { __flowcaseLibrary?: Probe }).__flowcaseLibrary;
  if (probe === undefined) throw new Error('the library probe was not installed');
  const give = performance.now() + 60_000;
  return new Promise((resolve, reject) => {
    const poll = (): void => {
      if (!Number.isNaN(probe.paintedAt)) return resolve(probe);
      if (performance.now() > give) return reject(new Error('the list never held every project'));
      setTimeout(poll, 20);
    };
    poll();
  });
}

/**
 * Page-side: fill the workspace to `total` projects, copies of the stored one with their own
 * names, in the app's row shapes (db.ts): a `projects` row and its `documents` row each.
 */
async function seedLibrary(total: number): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('flowcase-workspace');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('the workspace did not open'));
  });
  const done = (tx: IDBTransaction) =>
    new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('a seeding write failed'));
    });
  const read = db.transaction(['documents'], 'readonly');
  const all = read.objectStore('documents').getAll();
  await done(read);
  const first = (all.result as { text: string }[])[0];
  if (first === undefined) throw new Error('no stored project to copy');
  const project = JSON.parse(first.text) as { name: string };
  const write = db.transaction(['projects', 'documents'], 'readwrite');
  const now = Date.now();
  for (let i = (all.result as unknown[]).length; i < total; i++) {
    const id = crypto.randomUUID();
    const name = `Project ${String(i + 1).padStart(3, '0')}`;
    const text = JSON.stringify({ ...project, name });
    write.objectStore('projects').add({
      id,
      name,
      updatedAt: now - i * 60_000,
      size: text.length,
      revision: 1,
    });
    write.objectStore('documents').add({ id, text, revision: 1 });
  }
  await done(write);
  const count = db.transaction(['projects'], 'readonly').objectStore('projects').count();
  const total2 = await new Promise<number>(
    (resolve) => (count.onsuccess = () => resolve(count.result)),
  );
  db.close();
  return total2;
}

export async function benchLibrary(bench: Bench, runs: number) {
  const { context, page } = await bench.newPage();
  try {
    await page.goto(bench.appUrl);
    await projectsList(page).getByRole('listitem').first().waitFor();
    const stored = await page.evaluate(seedLibrary, LIBRARY_PROJECTS);
    if (stored !== LIBRARY_PROJECTS)
      throw new Error(`${stored} projects stored, not ${LIBRARY_PROJECTS}`);
    await page.addInitScript(installLibraryProbe, LIBRARY_PROJECTS);
    const toList: number[] = [];
    const render: number[] = [];
    for (let run = 0; run < runs; run++) {
      await page.reload();
      const r = await page.evaluate(libraryResult);
      const readAt = r.readAt.filter((t) => t <= r.listedAt).at(-1);
      if (readAt === undefined) throw new Error("the library's read was not seen");
      toList.push(r.paintedAt);
      render.push(r.paintedAt - readAt);
      await page.evaluate(settleFrames, 10);
    }
    return {
      runs,
      projects: LIBRARY_PROJECTS,
      renderMs: median(render),
      renderRunsMs: render,
      fromNavigationMs: median(toList),
      fromNavigationRunsMs: toList,
    };
  } finally {
    await context.close();
  }
}

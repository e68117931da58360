/**
 * Page-side probes for the editor benchmark, run in the page with `page.evaluate(probe, arg)`.
 * Playwright sends each function's source text to the page, so every probe is self-contained:
 * it may use only its argument and the page's globals, never anything else from this file.
 * Probes keep their state on `window.__flowcaseBench`; the page itself knows nothing of them.
 *
 * Times are `performance.now()` milliseconds of the page. A start is the `timeStamp` of the
 * input event that begins an interaction (when the browser received it, so time the event
 * waited for a busy main thread counts). "Painted" is taken in a message-channel task posted
 * from a requestAnimationFrame callback: it runs after that frame's style, layout and paint,
 * the usual way to see the end of a frame from script.
 */

export interface PasteTiming {
  /** The Ctrl+V keydown. */
  keyAt: number;
  /**
   * The first frame that draws the pasted steps in view. The canvas draws only the steps in
   * view (each placed at its estimated size until drawn), so this is the paste in view drawn,
   * not all 1 000 steps; the app is then responsive, which the click that follows shows.
   */
  renderedAt: number;
  paintedAt: number;
}

export interface SelectTiming {
  /** The mousedown of the click on the empty pane that clears the paste's selection. */
  deselectClickAt: number;
  /** After the frame that draws the step deselected. */
  deselectedAt: number;
  /** The mousedown of the click on the step. */
  clickAt: number;
  /** After the frame that draws the step selected. */
  paintedAt: number;
}

export interface KeyToFrame {
  keyAt: number;
  /** After the first frame that shows the condition the probe waited for. */
  paintedAt: number;
}

export interface ScreenBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface BenchState {
  paste?: Promise<PasteTiming & { box: ScreenBox }>;
  select?: Promise<SelectTiming>;
  undo?: Promise<KeyToFrame>;
  commit?: Promise<KeyToFrame>;
  frames?: number[];
  framesOn?: boolean;
}

declare global {
  interface Window {
    __flowcaseBench?: BenchState;
  }
}

/**
 * Arm the paste probe: from the next Ctrl+V, watch each frame until the canvas draws the step
 * with test id `clickTestId` (in view where the paste lands) and every node it draws is shown
 * (React Flow hides a node until it knows its size). Then arm a selection probe on that step
 * (see `SelectTiming`), and resolve with the times and that step's box on screen, so the
 * clicks can follow at once.
 */
export function armPasteProbe({ clickTestId }: { clickTestId: string }) {
  const bench = (window.__flowcaseBench ??= {});
  bench.paste = new Promise((resolve, reject) => {
    const afterPaint = (then: (paintedAt: number) => void): void => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => then(performance.now());
      channel.port2.postMessage(null);
    };
    const onKey = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'v') return;
      window.removeEventListener('keydown', onKey, true);
      const keyAt = event.timeStamp;
      const give = performance.now() + 60_000;
      const frame = (): void => {
        const nodes = document.querySelector('.react-flow__nodes')?.children;
        const ready =
          nodes !== undefined &&
          document.querySelector(`[data-testid="${clickTestId}"]`) !== null &&
          Array.prototype.every.call(
            nodes,
            (node: HTMLElement) => node.style.visibility !== 'hidden',
          );
        if (!ready) {
          if (performance.now() > give) reject(new Error(`${clickTestId} never drawn`));
          else requestAnimationFrame(frame);
          return;
        }
        const renderedAt = performance.now();
        const step = document.querySelector<HTMLElement>(`[data-testid="${clickTestId}"]`);
        if (step === null) return reject(new Error(`no step ${clickTestId} on the canvas`));
        // The selection probe, armed before anything else can run: every step pasted is
        // selected, so the step is first deselected (a click on the pane), then selected.
        bench.select = new Promise((selected) => {
          const clicks: number[] = [];
          window.addEventListener('mousedown', (e) => clicks.push(e.timeStamp), true);
          let deselectedAt = Number.NaN;
          const observer = new MutationObserver(() => {
            const on = step.hasAttribute('data-selected');
            if (!on && Number.isNaN(deselectedAt)) {
              deselectedAt = 0;
              requestAnimationFrame(() => afterPaint((at) => (deselectedAt = at)));
            } else if (on && !Number.isNaN(deselectedAt)) {
              observer.disconnect();
              requestAnimationFrame(() =>
                afterPaint((paintedAt) =>
                  selected({
                    deselectClickAt: clicks[0] ?? Number.NaN,
                    deselectedAt,
                    clickAt: clicks[1] ?? Number.NaN,
                    paintedAt,
                  }),
                ),
              );
            }
          });
          observer.observe(step, { attributes: true, attributeFilter: ['data-selected'] });
        });
        const rect = step.getBoundingClientRect();
        const box = { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
        afterPaint((paintedAt) => resolve({ keyAt, renderedAt, paintedAt, box }));
      };
      requestAnimationFrame(frame);
    };
    window.addEventListener('keydown', onKey, true);
  });
}

/** Arm the undo probe: from the next Ctrl+Z, until the first frame with no step drawn. */
export function armUndoProbe() {
  const bench = (window.__flowcaseBench ??= {});
  bench.undo = new Promise((resolve, reject) => {
    const onKey = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z') return;
      window.removeEventListener('keydown', onKey, true);
      const keyAt = event.timeStamp;
      const give = performance.now() + 60_000;
      const frame = (): void => {
        const left = document.querySelector('.react-flow__nodes')?.childElementCount ?? 0;
        if (left > 0) {
          if (performance.now() > give) reject(new Error(`${left} steps still drawn`));
          else requestAnimationFrame(frame);
          return;
        }
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ keyAt, paintedAt: performance.now() });
        channel.port2.postMessage(null);
      };
      requestAnimationFrame(frame);
    };
    window.addEventListener('keydown', onKey, true);
  });
}

/**
 * Arm the commit probe: from the next Enter, until after the second frame that follows it.
 * The keydown's own work (the commit, the figures, React's render) runs before the first
 * frame; the second leaves room for effects React runs after paint.
 */
export function armCommitProbe() {
  const bench = (window.__flowcaseBench ??= {});
  bench.commit = new Promise((resolve) => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Enter') return;
      window.removeEventListener('keydown', onKey, true);
      const keyAt = event.timeStamp;
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve({ keyAt, paintedAt: performance.now() });
          channel.port2.postMessage(null);
        }),
      );
    };
    window.addEventListener('keydown', onKey, true);
  });
}

/*
 * The armed probes' results, one reader each so each is typed (each rejects if what it
 * waits for never comes). Probes are sent as source text, so each repeats the check inline.
 */
export function pasteResult(): Promise<PasteTiming & { box: ScreenBox }> {
  const probe = window.__flowcaseBench?.paste;
  if (probe === undefined) throw new Error('the paste probe was not armed');
  return probe;
}
export function selectResult(): Promise<SelectTiming> {
  const probe = window.__flowcaseBench?.select;
  if (probe === undefined) throw new Error('the select probe was not armed');
  return probe;
}
export function undoResult(): Promise<KeyToFrame> {
  const probe = window.__flowcaseBench?.undo;
  if (probe === undefined) throw new Error('the undo probe was not armed');
  return probe;
}
export function commitResult(): Promise<KeyToFrame> {
  const probe = window.__flowcaseBench?.commit;
  if (probe === undefined) throw new Error('the commit probe was not armed');
  return probe;
}

/** Start recording the time of every animation frame. */
export function startFrames() {
  const bench = (window.__flowcaseBench ??= {});
  const frames: number[] = [];
  bench.frames = frames;
  bench.framesOn = true;
  const frame = (time: number): void => {
    if (bench.framesOn !== true) return;
    frames.push(time);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** Stop recording frames and give their times (the frames' start times, ms). */
export function stopFrames(): number[] {
  const bench = window.__flowcaseBench ?? {};
  bench.framesOn = false;
  return bench.frames ?? [];
}

/** Resolve after `frames` animation frames, then one more task (after that frame's paint). */
export function settleFrames(frames: number) {
  return new Promise<void>((resolve) => {
    let left = frames;
    const frame = (): void => {
      if (--left > 0) return void requestAnimationFrame(frame);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    };
    requestAnimationFrame(frame);
  });
}

/** What the element at a screen point is: 'pane' for React Flow's empty pane. */
export function hitAt({ x, y }: { x: number; y: number }): string {
  const element = document.elementFromPoint(x, y);
  if (element === null) return 'nothing';
  if (element.classList.contains('react-flow__pane')) return 'pane';
  return element.className || element.tagName;
}

/** React Flow's camera, read from its viewport transform. */
export function readViewport(): { x: number; y: number; zoom: number } {
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  const match = /translate\(([-\d.e]+)px, ?([-\d.e]+)px\) scale\(([-\d.e]+)\)/.exec(
    viewport?.style.transform ?? '',
  );
  if (match === null) throw new Error('no React Flow viewport on the page');
  return { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) };
}

/** The screen box of React Flow's pane, and of the node `id` (React Flow's data-id). */
export function boxes({ nodeId }: { nodeId: string }) {
  const box = (element: Element | null): ScreenBox | null => {
    if (element === null) return null;
    const r = element.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  };
  return {
    pane: box(document.querySelector('.react-flow')),
    node: box(document.querySelector(`.react-flow__node[data-id="${nodeId}"]`)),
  };
}

/** How many drawn nodes are not wholly inside React Flow's pane on screen. */
export function nodesOutsidePane(): number {
  const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
  if (pane === undefined) return Number.NaN;
  let outside = 0;
  for (const node of document.querySelectorAll('.react-flow__node')) {
    const r = node.getBoundingClientRect();
    if (r.left < pane.left || r.top < pane.top || r.right > pane.right || r.bottom > pane.bottom)
      outside++;
  }
  return outside;
}

/** Mean layout width and height of the drawn nodes of each React Flow node type: map units. */
export function nodeSizes(): Record<string, { count: number; width: number; height: number }> {
  const sizes: Record<string, { count: number; width: number; height: number }> = {};
  for (const node of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
    const type = /react-flow__node-(\S+)/.exec(node.className)?.[1] ?? 'unknown';
    const size = (sizes[type] ??= { count: 0, width: 0, height: 0 });
    size.count++;
    size.width += node.offsetWidth;
    size.height += node.offsetHeight;
  }
  for (const size of Object.values(sizes)) {
    size.width /= size.count;
    size.height /= size.count;
  }
  return sizes;
}

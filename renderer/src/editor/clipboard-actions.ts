// Copy, cut, paste and duplicate of steps, within a map, across maps and across projects. The
// clipboard holds the steps, the flows between them and the roles and systems they use, as text
// (shared/editor/clipboard.ts) on the system clipboard, so a copy survives a switch of project
// or window; where the system clipboard cannot be read (permission, a plain web page), the last
// copy made in this window is used. Pasting text that is not Flowcase content changes nothing
// and says so.
import {
  clipboardText,
  copySteps,
  mapOf,
  readClipboard,
  type ClipboardContent,
} from '../../../shared/editor';
import { useAppStore } from '../store';
import type { CanvasView } from './actions';

/** Where a duplicate goes, relative to the original (one grid step down and right). */
const DUPLICATE_OFFSET = 40;

function selectedContent(): ClipboardContent | null {
  const state = useAppStore.getState();
  if (state.project === null || state.selection.stepIds.length === 0) return null;
  const map = mapOf(state.project, state.activeMapKey);
  if (map === null) return null;
  return copySteps(state.project, map, state.selection.stepIds);
}

async function writeSystemClipboard(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // The window may not be focused or allowed: the in-window copy still works.
  }
}

async function readSystemClipboard(): Promise<string | null> {
  try {
    return await navigator.clipboard.readText();
  } catch {
    return null;
  }
}

/** Copy the selected steps; with `cut`, delete them as well (one undo step). */
export async function copySelection(cut = false): Promise<void> {
  const content = selectedContent();
  const state = useAppStore.getState();
  if (content === null) {
    state.say('Select the steps to copy first.');
    return;
  }
  const text = clipboardText(content);
  state.rememberCopy(text);
  await writeSystemClipboard(text);
  const n = content.steps.length;
  if (cut) {
    const result = state.dispatch({
      type: 'deleteElements',
      map: state.activeMapKey,
      stepIds: state.selection.stepIds,
      flowIds: [],
    });
    if (result.ok) state.clearSelection();
  }
  state.say(`${cut ? 'Cut' : 'Copied'} ${n === 1 ? 'one step' : `${n} steps`}.`);
}

/** The bounding box's top-left of the content's steps, to offset a duplicate. */
function topLeft(content: ClipboardContent): { x: number; y: number } {
  return {
    x: Math.min(...content.steps.map((s) => s.position.x)),
    y: Math.min(...content.steps.map((s) => s.position.y)),
  };
}

function pasteContent(content: ClipboardContent, at: { x: number; y: number }): void {
  const state = useAppStore.getState();
  const result = state.dispatch({ type: 'paste', map: state.activeMapKey, content, at });
  if (result.ok)
    state.selectElements({ stepIds: result.created.stepIds, flowIds: result.created.flowIds });
}

/** Paste the clipboard's steps at the centre of the view, selecting what was pasted. */
export async function pasteHere(view: CanvasView): Promise<void> {
  const state = useAppStore.getState();
  // The system clipboard is the truth (the analyst may have copied text elsewhere since); our
  // own last copy stands in only where the system clipboard cannot be read.
  const text = (await readSystemClipboard()) ?? state.lastCopy;
  if (text === null || text === '') {
    state.say('The clipboard is empty: copy steps first.');
    return;
  }
  const read = readClipboard(text);
  if (!read.ok) {
    state.say(read.reason, 'refusal');
    return;
  }
  pasteContent(read.content, centreOf(view));
}

function centreOf(view: CanvasView): { x: number; y: number } {
  const element = document.querySelector('[data-testid="map-canvas"]');
  if (element === null) return { x: 0, y: 0 };
  const box = element.getBoundingClientRect();
  return view.screenToFlowPosition({ x: box.left + box.width / 3, y: box.top + box.height / 3 });
}

/** Duplicate the selected steps just below and right of them (one undo step). */
export function duplicateSelection(): void {
  const content = selectedContent();
  if (content === null) {
    useAppStore.getState().say('Select the steps to duplicate first.');
    return;
  }
  const corner = topLeft(content);
  pasteContent(content, { x: corner.x + DUPLICATE_OFFSET, y: corner.y + DUPLICATE_OFFSET });
}

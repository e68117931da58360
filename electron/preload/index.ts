/**
 * Preload for every Flowcase window. Runs sandboxed, so it is bundled to CommonJS
 * (`out/preload/index.cjs`) and requires nothing but `electron`.
 *
 * Promises:
 * - Exposes exactly `window.flowcase`, one function per channel of the contract, declared
 *   `satisfies FlowcaseApi`; never a generic `send`/`invoke`.
 * - Invoke functions always resolve to the `{ ok }` shape: if `ipcRenderer.invoke` itself
 *   rejects (no handler yet, window closing), the rejection becomes `{ ok: false, 'failed' }`.
 * - Listeners receive only the payload, never the `IpcRendererEvent` (whose `sender` would
 *   hand the page `ipcRenderer`); each returns an unsubscribe that removes exactly it.
 * Imports only types and channel names from `shared/ipc/api` (not `contract.ts`, which
 * would pull zod into the preload): main validates every payload anyway.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { DroppedFile, FlowcaseApi } from '../../shared/ipc/api';
import type {
  EventChannel,
  EventPayload,
  InvokeChannel,
  InvokePayload,
  InvokeResult,
} from '../../shared/ipc/contract';

const BRIDGE_FAILURE =
  'Flowcase could not reach its main process. Try again; if it keeps happening, restart Flowcase.';

function invoke<C extends InvokeChannel>(
  channel: C,
  payload: InvokePayload<C>,
): Promise<InvokeResult<C>> {
  return (ipcRenderer.invoke(channel, payload) as Promise<InvokeResult<C>>).catch(
    () => ({ ok: false, error: { code: 'failed', message: BRIDGE_FAILURE } }) as InvokeResult<C>,
  );
}

function listen<C extends EventChannel>(channel: C) {
  return (listener: (payload: EventPayload<C>) => void): (() => void) => {
    const unwrapped = (_event: IpcRendererEvent, payload: EventPayload<C>): void =>
      listener(payload);
    ipcRenderer.on(channel, unwrapped);
    return () => {
      ipcRenderer.removeListener(channel, unwrapped);
    };
  };
}

/** The path of a dropped file, or '' when it is not a file on disk (main refuses '' as invalid). */
function pathOf(file: DroppedFile): string {
  try {
    return webUtils.getPathForFile(file as File);
  } catch {
    return '';
  }
}

const api = {
  startInfo: () => invoke('app:start-info', {}),
  open: () => invoke('file:open', {}),
  openDropped: (file) => invoke('file:open-dropped', { path: pathOf(file) }),
  save: (payload) => invoke('file:save', payload),
  saveAs: (payload) => invoke('file:save-as', payload),
  reload: () => invoke('file:reload', {}),
  setDocumentState: (payload) => invoke('document:set-state', payload),
  closeWindow: (payload) => invoke('window:close', payload),
  exportPdf: (payload) => invoke('report:export-pdf', payload),
  reportInput: () => invoke('report:input', {}),
  reportReady: (payload) => invoke('report:ready', payload),
  onMenuCommand: listen('menu:command'),
  onFileOpened: listen('file:opened'),
  onFileChangedOnDisk: listen('file:changed-on-disk'),
} satisfies FlowcaseApi;

contextBridge.exposeInMainWorld('flowcase', api);

/**
 * `FlowcaseApi`: what the preload exposes as `window.flowcase` inside the desktop app, one
 * function per channel of `contract.ts` and nothing else. The preload is declared
 * `satisfies FlowcaseApi`; the renderer imports this type to call it. In the web build
 * `window.flowcase` is undefined.
 */
import type {
  EventChannel,
  EventPayload,
  InvokeChannel,
  InvokePayload,
  InvokeResult,
} from './contract';

/** A file dropped on the window, as the DOM gives it (the preload asks Electron for its path). */
export interface DroppedFile {
  readonly name: string;
  readonly size: number;
}

type Invoke<C extends InvokeChannel> = (payload: InvokePayload<C>) => Promise<InvokeResult<C>>;
type Ask<C extends InvokeChannel> = () => Promise<InvokeResult<C>>;
type Listen<C extends EventChannel> = (listener: (payload: EventPayload<C>) => void) => () => void;

export interface FlowcaseApi {
  readonly startInfo: Ask<'app:start-info'>;
  readonly open: Ask<'file:open'>;
  readonly openDropped: (file: DroppedFile) => Promise<InvokeResult<'file:open-dropped'>>;
  readonly save: Invoke<'file:save'>;
  readonly saveAs: Invoke<'file:save-as'>;
  readonly reload: Ask<'file:reload'>;
  readonly setDocumentState: Invoke<'document:set-state'>;
  readonly closeWindow: Invoke<'window:close'>;
  readonly exportPdf: Invoke<'report:export-pdf'>;
  readonly reportInput: Ask<'report:input'>;
  readonly reportReady: Invoke<'report:ready'>;
  readonly onMenuCommand: Listen<'menu:command'>;
  readonly onFileOpened: Listen<'file:opened'>;
  readonly onFileChangedOnDisk: Listen<'file:changed-on-disk'>;
}

/** Which function of the API serves each channel: exactly one each, checked by a test. */
export const API_FUNCTION_OF = {
  'app:start-info': 'startInfo',
  'file:open': 'open',
  'file:open-dropped': 'openDropped',
  'file:save': 'save',
  'file:save-as': 'saveAs',
  'file:reload': 'reload',
  'document:set-state': 'setDocumentState',
  'window:close': 'closeWindow',
  'report:export-pdf': 'exportPdf',
  'report:input': 'reportInput',
  'report:ready': 'reportReady',
  'menu:command': 'onMenuCommand',
  'file:opened': 'onFileOpened',
  'file:changed-on-disk': 'onFileChangedOnDisk',
} as const satisfies Record<InvokeChannel | EventChannel, keyof FlowcaseApi>;

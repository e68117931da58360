/**
 * Preload for every Flowcase window. Runs sandboxed, so it is bundled to CommonJS
 * (`out/preload/index.cjs`) and may import nothing but `electron`'s renderer-safe modules.
 *
 * Contract: exposes exactly `window.flowcase`, typed `FlowcaseBridge`. The typed IPC contract
 * (`shared/ipc`) will add one function per channel here; never a generic `send`/`invoke`.
 */
import { contextBridge } from 'electron';

/** What the page sees as `window.flowcase` when it runs inside the desktop app. */
export interface FlowcaseBridge {
  readonly platform: 'electron';
}

const bridge = { platform: 'electron' } as const satisfies FlowcaseBridge;

contextBridge.exposeInMainWorld('flowcase', bridge);

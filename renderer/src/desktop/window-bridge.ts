// The desktop shell's bridge as the page finds it, with no app state behind it: what pages
// without the app's store (the report page) may import. bridge.ts adds the app's notices.
// Promises: `desktopApi()` is the preload's `FlowcaseApi` inside the desktop app and null in the
// web build and in the CLI's report page; `settle` never rejects: a call that throws (a broken
// bridge) comes back as a failure in words, never a stack trace.
import type { FlowcaseApi } from '../../../shared/ipc/api';
import type { IpcError } from '../../../shared/ipc/contract';

declare global {
  interface Window {
    /** Set by the desktop app's preload; undefined in the web build. */
    flowcase?: FlowcaseApi;
  }
}

export function desktopApi(): FlowcaseApi | null {
  return typeof window === 'undefined' ? null : (window.flowcase ?? null);
}

/** What every invoke channel answers. */
export type Answer<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** What the person is told when the shell itself could not be reached. */
export const UNREACHABLE =
  'Flowcase’s window could not reach the rest of the app. Save your work with Save As, then restart Flowcase.';

/** The answer of `call`, or a failure in words when it threw or rejected. */
export async function settle<T>(call: () => Promise<Answer<T>>): Promise<Answer<T>> {
  try {
    return await call();
  } catch {
    return { ok: false, error: { code: 'failed', message: UNREACHABLE } };
  }
}

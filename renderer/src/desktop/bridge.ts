// The renderer's side of the desktop shell's bridge. Promises:
// - `desktopApi()` is the preload's `FlowcaseApi` inside the desktop app and null in the web
//   build: every desktop branch of the renderer starts there (window-bridge.ts);
// - `ask` turns a call into its value, or into null after telling the person why in the app's
//   notice: main's failures are already sentences (shared/ipc/contract.ts), and a call that
//   throws is told in words too.
import { useAppStore } from '../store';
import { settle, type Answer } from './window-bridge';

export { desktopApi, settle, UNREACHABLE, type Answer } from './window-bridge';

/** The value of `call`, or null after the failure was shown as a refusal notice. */
export async function ask<T>(call: () => Promise<Answer<T>>): Promise<T | null> {
  const answer = await settle(call);
  if (answer.ok) return answer.value;
  useAppStore.getState().say(answer.error.message, 'refusal');
  return null;
}

/**
 * Who may talk on which invoke channel. The main process checks the sender of every message,
 * as VS Code's `validatedIpcMain` does, because a page that escaped its origin or an injected
 * subframe must not reach the file system.
 *
 * Promises:
 * - A sender is trusted only when the event has a sender frame, that frame is a main frame
 *   (no parent), and its URL is on one of the app origins (`isAppUrl`).
 * - The report channels answer only the hidden report windows main created for an Export PDF
 *   (`isReportWindow`), and those windows may use nothing but the report channels: they never
 *   open, save or close documents.
 * Reading a disposed frame throws in Electron; that counts as untrusted.
 */
import type { InvokeChannel } from '../../../shared/ipc/contract';
import { isAppUrl } from '../url-policy';

/** What the checks read from an `IpcMainInvokeEvent` (a structural subset, so tests fake it). */
export interface InvokeEventLike {
  readonly sender: { readonly id: number };
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

export type SenderCheck = (event: InvokeEventLike, channel: InvokeChannel) => boolean;

export const REPORT_CHANNELS: readonly InvokeChannel[] = ['report:input', 'report:ready'];

/** True when the message comes from the top frame of a page on an app origin. */
export function isAppMainFrame(event: InvokeEventLike, appOrigins: readonly string[]): boolean {
  try {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    return isAppUrl(frame.url, appOrigins);
  } catch {
    return false;
  }
}

export interface SenderPolicyOptions {
  appOrigins: readonly string[];
  /** True for the web contents id of a hidden report window main is printing right now. */
  isReportWindow: (webContentsId: number) => boolean;
}

/** The sender check `registerHandlers` applies to every channel. */
export function createSenderPolicy({
  appOrigins,
  isReportWindow,
}: SenderPolicyOptions): SenderCheck {
  return (event, channel) => {
    if (!isAppMainFrame(event, appOrigins)) return false;
    return REPORT_CHANNELS.includes(channel) === isReportWindow(event.sender.id);
  };
}

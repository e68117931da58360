/**
 * Main → renderer events of the contract. `sendEvent` validates the payload against
 * `EVENT_CHANNELS` before sending, so a bug in main cannot hand the page something the
 * renderer's types do not describe; it never sends to a destroyed web contents.
 * Returns whether the event was sent.
 */
import type { z } from 'zod';
import { EVENT_CHANNELS, type EventChannel, type EventPayload } from '../../../shared/ipc/contract';

/** The part of `WebContents` used here. */
export interface EventTarget {
  isDestroyed(): boolean;
  send(channel: string, payload: unknown): void;
}

export function sendEvent<C extends EventChannel>(
  target: EventTarget,
  channel: C,
  payload: EventPayload<C>,
  log: (message: string, error: unknown) => void = (m, e) => console.error(m, e),
): boolean {
  const parsed = (EVENT_CHANNELS[channel] as z.ZodType).safeParse(payload);
  if (!parsed.success) {
    log(
      `Flowcase IPC: refused to send '${channel}' with a payload outside the contract`,
      parsed.error,
    );
    return false;
  }
  if (target.isDestroyed()) return false;
  target.send(channel, parsed.data);
  return true;
}

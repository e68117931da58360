/**
 * `ipcMain.handle` for the typed contract. Every invoke channel goes through `handleInvoke`,
 * which promises, in this order:
 * 1. the sender passes `isTrustedSender`, else `{ ok: false, code: 'forbidden' }`;
 * 2. the payload (exactly one argument) passes the channel's zod schema, else
 *    'invalid-payload' with one short sentence;
 * 3. the handler runs with the parsed payload and the sender's web contents id;
 * 4. the answer always resolves to the contract's `{ ok }` shape (checked against the result
 *    schema too); a thrown error becomes its code and words (`toIpcError`), never a rejection.
 * `registerHandlers` does this for every channel of `INVOKE_CHANNELS` at once, so a channel
 * cannot be forgotten: the handler map's type requires all of them.
 */
import type { z } from 'zod';
import {
  INVOKE_CHANNELS,
  type InvokeChannel,
  type InvokeResult,
} from '../../../shared/ipc/contract';
import { failure, ok, toIpcError, type DescribeError, type IpcOutcome } from './outcome';
import { describePayloadProblem } from './payload-words';
import type { InvokeEventLike, SenderCheck } from './sender';

export type InvokeInput<C extends InvokeChannel> = z.output<(typeof INVOKE_CHANNELS)[C]['payload']>;
export type InvokeValue<C extends InvokeChannel> = Extract<InvokeResult<C>, { ok: true }>['value'];

/** Who asked: handlers find their window from this. */
export interface HandlerContext {
  readonly webContentsId: number;
}

export type InvokeHandler<C extends InvokeChannel> = (
  payload: InvokeInput<C>,
  context: HandlerContext,
) => Promise<InvokeValue<C>> | InvokeValue<C>;

export type InvokeHandlers = { readonly [C in InvokeChannel]: InvokeHandler<C> };

/** The part of Electron's `ipcMain` used here (tests pass a Map-backed fake). */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>,
  ): void;
  removeHandler(channel: string): void;
}

export interface HandleOptions {
  isTrustedSender: SenderCheck;
  /** Errors written for people, e.g. the file service's `FileError`. */
  describeError?: DescribeError;
  /** Where unexpected errors are logged: the main process console by default. */
  log?: (message: string, error: unknown) => void;
}

const FORBIDDEN = 'This window is not allowed to ask Flowcase for that.';

const consoleLog = (message: string, error: unknown): void => console.error(message, error);

/** Answers one invoke message; exported for tests that do not need a fake `ipcMain`. */
export async function answerInvoke<C extends InvokeChannel>(
  channel: C,
  handler: InvokeHandler<C>,
  options: HandleOptions,
  event: InvokeEventLike,
  args: readonly unknown[],
): Promise<IpcOutcome<InvokeValue<C>>> {
  const log = options.log ?? consoleLog;
  if (!options.isTrustedSender(event, channel)) return failure('forbidden', FORBIDDEN);

  const schemas = INVOKE_CHANNELS[channel];
  // The schema of channel C parses to InvokeInput<C>; TypeScript cannot follow the index.
  const payloadSchema = schemas.payload as z.ZodType as z.ZodType<InvokeInput<C>>;
  const parsed = payloadSchema.safeParse(args.length === 1 ? args[0] : undefined);
  if (!parsed.success) {
    return failure('invalid-payload', describePayloadProblem(channel, parsed.error));
  }

  let outcome: IpcOutcome<InvokeValue<C>>;
  try {
    outcome = ok(await handler(parsed.data, { webContentsId: event.sender.id }));
  } catch (error) {
    return { ok: false, error: toIpcError(error, options.describeError, log, channel) };
  }
  const checked = (schemas.result as z.ZodType).safeParse(outcome);
  if (!checked.success) {
    return { ok: false, error: toIpcError(checked.error, undefined, log, channel) };
  }
  return outcome;
}

export function handleInvoke<C extends InvokeChannel>(
  ipcMain: IpcMainLike,
  channel: C,
  handler: InvokeHandler<C>,
  options: HandleOptions,
): void {
  ipcMain.handle(channel, (event, ...args) => answerInvoke(channel, handler, options, event, args));
}

/** Registers every channel; returns a function that removes them all again. */
export function registerHandlers(
  ipcMain: IpcMainLike,
  handlers: InvokeHandlers,
  options: HandleOptions,
): () => void {
  const channels = Object.keys(INVOKE_CHANNELS) as InvokeChannel[];
  for (const channel of channels) {
    // Each channel is paired with its own handler; the union needs one cast.
    handleInvoke(ipcMain, channel, handlers[channel] as InvokeHandler<typeof channel>, options);
  }
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel));
}

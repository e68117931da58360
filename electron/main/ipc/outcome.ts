/**
 * The `{ ok }` shape every invoke answer takes, and how a thrown error becomes one.
 *
 * Promises: `toIpcError` never lets a stack trace, a file path the renderer did not send, or
 * an error's internals reach the page. Errors that are meant for people (an `IpcRefusal`, or
 * whatever `describeError` recognises, such as the file service's `FileError`) keep their code
 * and sentence; anything else becomes 'failed' with a generic sentence and is logged in full
 * to the main process console only.
 */
import type { IpcError } from '../../../shared/ipc/contract';

export type IpcErrorCode = IpcError['code'];
export type IpcOutcome<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** A refusal told in words, thrown by a handler (e.g. 'forbidden' for an unknown path). */
export class IpcRefusal extends Error {
  override readonly name = 'IpcRefusal';
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Recognises errors whose message is already written for people; null for the rest. */
export type DescribeError = (error: unknown) => IpcError | null;

export const GENERIC_FAILURE =
  'Something went wrong in Flowcase while doing this. Try again; if it keeps happening, ' +
  'restart Flowcase (your autosaved draft is kept).';

export function ok<T>(value: T): IpcOutcome<T> {
  return { ok: true, value };
}

export function failure(code: IpcErrorCode, message: string): IpcOutcome<never> {
  return { ok: false, error: { code, message } };
}

/** Turns anything a handler threw into an `IpcError`; `log` receives the unexpected ones. */
export function toIpcError(
  error: unknown,
  describeError: DescribeError | undefined,
  log: (message: string, error: unknown) => void,
  channel: string,
): IpcError {
  if (error instanceof IpcRefusal) return { code: error.code, message: error.message };
  const described = describeError?.(error) ?? null;
  if (described) return described;
  log(`Flowcase IPC: handler of '${channel}' failed`, error);
  return { code: 'failed', message: GENERIC_FAILURE };
}

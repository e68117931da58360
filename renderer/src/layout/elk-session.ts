// One running ELK, wherever it runs (its own worker or the main thread), behind one contract.
import type { ElkGraphInput, ElkLayoutResult } from '../../../shared/layout';

export interface ElkSession {
  /**
   * Lays out one graph; several may be waiting at once. Rejects with `WorkerStartError` if the
   * worker never started, and once the session is terminated.
   */
  layout(graph: ElkGraphInput): Promise<ElkLayoutResult>;
  /** Stops the worker, if there is one, and fails what is still waiting on it. */
  terminate(): void;
}

/**
 * ELK's worker could not be created, or failed before it answered once (its script did not
 * load, or the page's Content-Security-Policy refused it). Laying out on the main thread
 * instead is then safe: nothing ran yet.
 */
export class WorkerStartError extends Error {
  override name = 'WorkerStartError';
}

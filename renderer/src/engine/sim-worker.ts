/**
 * The app's engine worker (a module worker started by `engine-client.ts`): runs simulation
 * replications and business cases off the main thread and answers through comlink. It keeps
 * nothing between calls; it is stopped by being terminated (comlink has no cancellation).
 */
import { expose, releaseProxy, type Remote } from 'comlink';
import { businessCaseOf, eventLogOf, replicationOf, type EngineWorkerApi } from './engine-api';

const api: EngineWorkerApi = {
  runReplication(project, mapId, plan, index, onShare) {
    // `onShare` is the page's callback behind a comlink proxy: calls are messages, not awaited.
    const remote = onShare as unknown as Remote<(share: number) => void>;
    try {
      return replicationOf(project, mapId, plan, index, (share) => void remote(share));
    } finally {
      remote[releaseProxy]();
    }
  },
  businessCase: businessCaseOf,
  async eventLog(project, mapId, request, onText, onShare) {
    // Both callbacks are the page's, behind comlink proxies: a call to `text` answers once the
    // page has taken the piece, which is what `eventLogOf` waits for between chunks.
    const text = onText as unknown as Remote<(text: string) => void>;
    const share = onShare as unknown as Remote<(share: number) => void>;
    try {
      return await eventLogOf(project, mapId, request, text, (s) => void share(s));
    } finally {
      text[releaseProxy]();
      share[releaseProxy]();
    }
  },
};

expose(api);

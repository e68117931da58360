/**
 * Replications spread over several lanes (Web Workers, worker threads, anything that can run
 * one replication at a time), with one progress figure for the whole run. Platform-free: a
 * lane is a function that runs replication `index` and resolves to its summary.
 *
 * Promises: every replication runs exactly once; a lane takes the next replication as soon
 * as it is free (so a slow lane holds up no other); the summaries come back in replication
 * order whatever order they finished in, so `combineReplications` gives `simulate`'s result;
 * progress is the share of all replications done (0..1, never decreasing, last 1). The first
 * lane to fail rejects the whole run at once with its error, and no lane starts another
 * replication after that: stopping what still runs (terminating workers) is the caller's.
 */
import type { ReplicationSummary } from './totals';

/** Runs replication `index` and resolves to its summary, reporting its share done (0..1). */
export type ReplicationLane = (
  index: number,
  onShare: (shareDone: number) => void,
) => Promise<ReplicationSummary>;

/** Run replications 0 .. `replications` − 1 over `lanes`; see the module comment. */
export function distributeReplications(
  replications: number,
  lanes: readonly ReplicationLane[],
  onProgress?: (shareDone: number) => void,
): Promise<ReplicationSummary[]> {
  if (lanes.length === 0) return Promise.reject(new RangeError('No lane to run replications on.'));
  const summaries = new Array<ReplicationSummary | undefined>(replications);
  const shares = new Float64Array(replications);
  let next = 0;
  let failed = false;
  let shown = 0;
  const report = (): void => {
    if (onProgress === undefined) return;
    let sum = 0;
    for (const share of shares) sum += share;
    const share = Math.min(1, sum / replications);
    if (share <= shown && shown > 0) return;
    shown = share;
    onProgress(share);
  };
  const drive = async (lane: ReplicationLane): Promise<void> => {
    while (!failed && next < replications) {
      const index = next++;
      try {
        const summary = await lane(index, (share) => {
          shares[index] = Math.max(shares[index] as number, Math.min(1, share));
          report();
        });
        summaries[index] = summary;
        shares[index] = 1;
        report();
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  return Promise.all(lanes.map(drive)).then(() => summaries as ReplicationSummary[]);
}

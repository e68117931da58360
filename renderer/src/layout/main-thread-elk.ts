/**
 * ELK on the main thread, for where a worker cannot start (see `layout-worker.ts`). The page
 * freezes while it lays out (about 0.1 s for a sample, seconds for a map of 1 000 steps), so
 * it is only the fallback. `elk.bundled.js` (a 1.5 MB chunk, 440 KB gzipped) is loaded on
 * first use, so it costs nothing until then.
 */
import type { ElkSession } from './elk-session';

export async function startMainThreadElk(): Promise<ElkSession> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  return {
    layout: (graph) => elk.layout(graph),
    // Its stand-in worker has no `terminate`; there is nothing running to stop.
    terminate: () => undefined,
  };
}

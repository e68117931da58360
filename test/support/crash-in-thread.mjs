// Preloaded (`node --import`) into a flowcase process by test/cli-bundle.test.ts: in worker
// threads only, it throws once the thread has started, as a thread that crashes would.
import { isMainThread } from 'node:worker_threads';

if (!isMainThread)
  setTimeout(() => {
    throw new Error('simulated crash in a worker thread');
  }, 0);

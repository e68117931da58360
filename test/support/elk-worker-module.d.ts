/**
 * Types for elkjs's worker script imported as a module, which only tests do (the app takes
 * its URL and runs it as a worker). Under Node the script is CommonJS and exports its
 * in-thread stand-in for a worker, as `Worker` and again under `default`.
 */
declare module 'elkjs/lib/elk-worker.min.js' {
  /** Runs ELK's worker dispatcher in this thread, answering through `onmessage`. */
  export class Worker {
    onmessage: (message: { data: unknown }) => void;
    postMessage(message: unknown): void;
  }
  const exported: { default: typeof Worker; Worker: typeof Worker };
  export default exported;
}

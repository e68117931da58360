/**
 * The engine client for end-to-end tests (test/e2e/engine.spec.ts), as
 * `window.__flowcaseEngine`, until the Results view drives it through the UI. main.tsx loads
 * this module only when the page's address has `?engine-test`, so a normal start never
 * fetches it; it gives a page nothing the page could not already compute.
 */
import { createEngineClient, type EngineClient } from './engine-client';

export interface EngineTestHook {
  /** The app's client: workers. */
  client: EngineClient;
  /** A client whose workers cannot start: what a page without workers gets (main thread). */
  inPage: EngineClient;
}

declare global {
  interface Window {
    __flowcaseEngine?: EngineTestHook;
  }
}

window.__flowcaseEngine = {
  client: createEngineClient(),
  inPage: createEngineClient({
    createWorker: () => {
      throw new Error('workers are switched off for this test');
    },
  }),
};

// The desktop session: the bridge, the title-bar sync and the queue of file commands, created
// once by `startDesktop` (start.ts) when the page runs inside the desktop app. Like the
// workspace's connection, it belongs to the page; null in the web build and before the start.
import type { FlowcaseApi } from '../../../shared/ipc/api';
import type { TitleSync } from './document-state';

export interface DesktopSession {
  readonly api: FlowcaseApi;
  readonly title: TitleSync;
  /**
   * Run file commands one after another (Open, Save, Save As, Export PDF, a reload): a second
   * Save waits for the first instead of writing half-way through it.
   */
  readonly queue: <T>(task: () => Promise<T>) => Promise<T>;
}

let current: DesktopSession | null = null;

export function desktopSession(): DesktopSession | null {
  return current;
}

export function setDesktopSession(session: DesktopSession | null): void {
  current = session;
}

/** A queue for `DesktopSession.queue`: each task starts when the one before has settled. */
export function serialQueue(): DesktopSession['queue'] {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

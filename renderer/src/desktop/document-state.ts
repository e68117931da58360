// What the desktop shell shows of the open document (its title bar, the "save changes?" on
// close): the file, the name and whether there are unsaved changes. Promises:
// - `documentState` is O(1) (an identity check, no serialising), so it may run on every store
//   change;
// - `TitleSync` sends `setDocumentState` only when one of the three changed, once per task (a
//   document and its link replaced together send one state), in order, and `flush` sends the
//   current state before a save, so main writes to the file the window shows.
import type { FlowcaseApi } from '../../../shared/ipc/api';
import { useAppStore, type AppState } from '../store';
import { hasUnsavedChanges } from '../workspace/file-link';
import { ask } from './bridge';

export interface DocumentState {
  readonly path: string | null;
  readonly name: string;
  readonly dirty: boolean;
}

/** The longest name the contract accepts. */
const MAX_NAME = 255;

/** The open document as the shell shows it; null while no project is open. */
export function documentState(s: AppState): DocumentState | null {
  if (s.project === null) return null;
  const name = (s.fileLink?.name ?? s.project.name).trim().slice(0, MAX_NAME);
  return {
    path: s.fileLink?.path ?? null,
    name: name === '' ? 'Untitled process' : name,
    dirty: hasUnsavedChanges(s.project, s.fileLink),
  };
}

const same = (a: DocumentState | null, b: DocumentState | null): boolean =>
  a === b ||
  (a !== null && b !== null && a.path === b.path && a.name === b.name && a.dirty === b.dirty);

export class TitleSync {
  private sent: DocumentState | null = null;
  private scheduled = false;
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly api: FlowcaseApi) {}

  /** Follow the store from now on; returns the unsubscribe. Sends the current state at once. */
  start(): () => void {
    this.schedule();
    return useAppStore.subscribe((s, prev) => {
      // Only the fields the state is made of; an edit is a new `project`, so it is looked at.
      if (s.project === prev.project && s.fileLink === prev.fileLink) return;
      if (!same(documentState(s), this.sent)) this.schedule();
    });
  }

  /** Send the current state now (unless main has it already) and wait until main took it. */
  flush(force = false): Promise<void> {
    const next = documentState(useAppStore.getState());
    if (next !== null && (force || !same(next, this.sent))) {
      this.sent = next;
      this.chain = this.chain.then(async () => {
        await ask(() => this.api.setDocumentState({ ...next }));
      });
    }
    return this.chain;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      void this.flush();
    });
  }
}

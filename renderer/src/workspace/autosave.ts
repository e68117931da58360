// Autosave of the open project: about a second after the last edit, one save at a time, the
// newest document always the one written. A failed write keeps the document in memory and
// tries again with growing pauses; a save refused by the revision check (another window saved
// first, or deleted the project) stops saving until the person chooses what to keep.
import type { Project } from '../../../shared/model/schema';
import type { ProjectRow, WorkspaceDb } from './db';
import { saveProject } from './library';
import { storageErrorMessage } from './storage-errors';

export type SaveStatus =
  | { kind: 'saved'; at: number }
  /** Edits wait for the pause after typing. */
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string; retryInMs: number }
  /** `theirs` is the newer save from elsewhere, or null when the project was deleted there. */
  | { kind: 'conflict'; theirs: ProjectRow | null };

export interface AutosaveOptions {
  readonly db: WorkspaceDb;
  readonly projectId: string;
  /** The stored revision the open document is based on. */
  readonly revision: number;
  readonly onStatus: (status: SaveStatus) => void;
  /** A save went through: the stored row, and the document it now holds. */
  readonly onSaved?: (row: ProjectRow, project: Project) => void;
  readonly delayMs?: number;
  /** Pauses before each retry after a failed write; the last one repeats. */
  readonly retryDelaysMs?: readonly number[];
}

export const AUTOSAVE_DELAY_MS = 1000;
const RETRY_DELAYS_MS = [2000, 5000, 10_000, 30_000];

export class Autosave {
  readonly projectId: string;
  private readonly options: AutosaveOptions;
  private revisionValue: number;
  private pending: Project | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private chain: Promise<void> = Promise.resolve();
  private failures = 0;
  private inConflict = false;
  private stopped = false;

  constructor(options: AutosaveOptions) {
    this.options = options;
    this.projectId = options.projectId;
    this.revisionValue = options.revision;
  }

  /** The stored revision the document in memory is based on. */
  get revision(): number {
    return this.revisionValue;
  }

  /** Whether there are edits not yet written. */
  get dirty(): boolean {
    return this.pending !== null;
  }

  get conflicted(): boolean {
    return this.inConflict;
  }

  /** The document changed: write it about a second from now. */
  edited(project: Project): void {
    if (this.stopped) return;
    this.pending = project;
    if (this.inConflict) return;
    this.options.onStatus({ kind: 'unsaved' });
    this.schedule(this.options.delayMs ?? AUTOSAVE_DELAY_MS);
  }

  /** Write what is pending now (leaving the page, switching projects). */
  flush(): Promise<void> {
    this.clearTimer();
    this.chain = this.chain.then(() => this.saveOnce());
    return this.chain;
  }

  /**
   * Continue from the stored `revision` (after the person chose whose version to keep, or
   * took another window's save): the next save is checked against it.
   */
  rebase(revision: number): void {
    this.revisionValue = revision;
    this.inConflict = false;
    if (this.pending !== null) this.schedule(0);
  }

  /** Drop pending edits (they were kept elsewhere, e.g. as a copy). */
  discard(): void {
    this.pending = null;
    this.clearTimer();
  }

  stop(): void {
    this.stopped = true;
    this.clearTimer();
  }

  private schedule(ms: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private async saveOnce(): Promise<void> {
    const project = this.pending;
    if (project === null || this.inConflict || this.stopped) return;
    this.pending = null;
    this.options.onStatus({ kind: 'saving' });
    try {
      const result = await saveProject(
        this.options.db,
        this.projectId,
        project,
        this.revisionValue,
      );
      if (result.ok) {
        this.failures = 0;
        this.revisionValue = result.row.revision;
        this.options.onSaved?.(result.row, project);
        if (this.pending === null) this.options.onStatus({ kind: 'saved', at: Date.now() });
        return;
      }
      this.pending ??= project;
      this.inConflict = true;
      this.options.onStatus({
        kind: 'conflict',
        theirs: result.reason === 'conflict' ? result.theirs : null,
      });
    } catch (error) {
      // Nothing was written (the transaction is all or nothing): keep the document and retry.
      this.pending ??= project;
      const delays = this.options.retryDelaysMs ?? RETRY_DELAYS_MS;
      const retryInMs = delays[Math.min(this.failures, delays.length - 1)] ?? 30_000;
      this.failures += 1;
      this.options.onStatus({ kind: 'failed', message: storageErrorMessage(error), retryInMs });
      if (!this.stopped) this.schedule(retryInMs);
    }
  }
}

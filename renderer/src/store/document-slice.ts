// Document slice: the open project and its undo history. Every change goes through `dispatch`
// (a shared/editor command); components never build project objects themselves. Selection,
// viewport and results live elsewhere and are never undone (STYLE.md, practice 6).
import type { StateCreator } from 'zustand';
import type { Project } from '../../../shared/model/schema';
import {
  applyCommand,
  createHistory,
  record,
  redo as redoHistory,
  undo as undoHistory,
  type CommandResult,
  type EditCommand,
  type History,
} from '../../../shared/editor';
import type { AppState } from './app-state';

export interface DispatchOptions {
  /** Edits with the same key within a second merge into one undo step (typing, nudging). */
  readonly coalesce?: string;
}

/** A short message for the person at the keyboard, e.g. why a connection was refused. */
export interface Notice {
  readonly text: string;
  /** `progress` stays until the next notice replaces it (a PDF being made). */
  readonly tone: 'info' | 'refusal' | 'progress';
  /** Increases with every notice, so the same text shown twice still announces. */
  readonly serial: number;
}

export interface DocumentSlice {
  /** The open project (the history's present); null while the initial project is loading. */
  project: Project | null;
  history: History | null;
  /** Increases with every change of `project`, so results can be keyed by it. */
  revision: number;
  /** Increases each time a project is opened (not when it is edited): the canvas starts afresh. */
  openings: number;
  /** Why no project could be opened, in words for people; null when all is well. */
  loadError: string | null;
  notice: Notice | null;
  openProject: (project: Project) => void;
  failToOpen: (message: string) => void;
  /** Apply `command` to the open project as one undo step; a refusal becomes a notice. */
  dispatch: (command: EditCommand, options?: DispatchOptions) => CommandResult;
  undo: () => void;
  redo: () => void;
  say: (text: string, tone?: Notice['tone']) => void;
  dismissNotice: () => void;
}

const NO_PROJECT: CommandResult = { ok: false, reason: 'No project is open.' };

export const createDocumentSlice: StateCreator<AppState, [], [], DocumentSlice> = (set, get) => ({
  project: null,
  history: null,
  revision: 0,
  openings: 0,
  loadError: null,
  notice: null,
  openProject: (project) =>
    set((s) => ({
      project,
      history: createHistory(project),
      revision: s.revision + 1,
      openings: s.openings + 1,
      loadError: null,
      notice: null,
      activeMapKey: 'current',
      selection: { stepIds: [], flowIds: [] },
    })),
  failToOpen: (message) => set({ loadError: message }),
  dispatch: (command, options = {}) => {
    const { history } = get();
    if (history === null) return NO_PROJECT;
    const result = applyCommand(history.present, command);
    if (!result.ok) {
      get().say(result.reason, 'refusal');
      return result;
    }
    if (result.project === history.present) return result;
    const next = record(history, result.project, result.label, {
      coalesce: options.coalesce,
      at: performance.now(),
    });
    set((s) => ({ history: next, project: next.present, revision: s.revision + 1 }));
    return result;
  },
  undo: () => step(set, get, undoHistory),
  redo: () => step(set, get, redoHistory),
  say: (text, tone = 'info') =>
    set((s) => ({ notice: { text, tone, serial: (s.notice?.serial ?? 0) + 1 } })),
  dismissNotice: () => set({ notice: null }),
});

function step(
  set: (partial: (s: AppState) => Partial<AppState>) => void,
  get: () => AppState,
  move: (h: History) => History,
): void {
  const { history } = get();
  if (history === null) return;
  const next = move(history);
  if (next === history) return;
  set((s) => ({
    history: next,
    project: next.present,
    revision: s.revision + 1,
    // A selection of things the undone edit made would point at nothing: keep what exists.
    selection: keepExisting(s, next.present),
  }));
}

function keepExisting(s: AppState, project: Project): AppState['selection'] {
  const map =
    s.activeMapKey === 'current'
      ? project.maps.current
      : project.maps.targets.find(
          (t) => s.activeMapKey !== 'current' && t.id === s.activeMapKey.targetId,
        );
  if (map === undefined) return { stepIds: [], flowIds: [] };
  const steps = new Set(map.steps.map((x) => x.id));
  const flows = new Set(map.flows.map((x) => x.id));
  return {
    stepIds: s.selection.stepIds.filter((id) => steps.has(id)),
    flowIds: s.selection.flowIds.filter((id) => flows.has(id)),
  };
}

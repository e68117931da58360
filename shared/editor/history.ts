/**
 * The undo history of a project document: states, not diffs (each is an immutable project
 * sharing structure with its neighbours, so a state costs what the edit changed). Only the
 * document lives here, never selection, viewport, panels or results (STYLE.md, practice 6).
 *
 * Promises: `record` after an edit adds one step and clears redo; a run of records with the
 * same `coalesce` key within `COALESCE_MS` of each other (typing in one field, nudging with the
 * arrow keys) is one step; at most `cap` steps are kept, the oldest dropped first; `undo` and
 * `redo` move one step and are no-ops at the ends.
 */
import type { Project } from '../model/schema';

export const DEFAULT_HISTORY_CAP = 200;
export const COALESCE_MS = 1000;

export interface HistoryEntry {
  readonly project: Project;
  /** What the edit that led away from this state did, e.g. "Move step". */
  readonly label: string;
}

export interface History {
  readonly past: readonly HistoryEntry[];
  readonly present: Project;
  readonly future: readonly HistoryEntry[];
  readonly cap: number;
  /** Key and time of the last record, for coalescing; null after undo/redo. */
  readonly lastKey: string | null;
  readonly lastAt: number;
}

export function createHistory(project: Project, cap = DEFAULT_HISTORY_CAP): History {
  return {
    past: [],
    present: project,
    future: [],
    cap: Math.max(1, cap),
    lastKey: null,
    lastAt: 0,
  };
}

export interface RecordOptions {
  /** Records with the same key close together in time merge into one step. */
  readonly coalesce?: string;
  /** Milliseconds, for coalescing (the caller's clock: deterministic in tests). */
  readonly at?: number;
}

/** The history after an edit turned `present` into `next` (labelled `label`). */
export function record(
  history: History,
  next: Project,
  label: string,
  options: RecordOptions = {},
): History {
  if (next === history.present) return history;
  const at = options.at ?? 0;
  const key = options.coalesce ?? null;
  const merge =
    key !== null &&
    key === history.lastKey &&
    history.future.length === 0 &&
    history.past.length > 0 &&
    at - history.lastAt <= COALESCE_MS;
  if (merge) return { ...history, present: next, lastAt: at };
  const past = [...history.past, { project: history.present, label }];
  const excess = past.length - history.cap;
  return {
    ...history,
    past: excess > 0 ? past.slice(excess) : past,
    present: next,
    future: [],
    lastKey: key,
    lastAt: at,
  };
}

export const canUndo = (history: History): boolean => history.past.length > 0;
export const canRedo = (history: History): boolean => history.future.length > 0;

/** The label of the step `undo` would take back, or null. */
export const undoLabel = (history: History): string | null => history.past.at(-1)?.label ?? null;
export const redoLabel = (history: History): string | null => history.future[0]?.label ?? null;

export function undo(history: History): History {
  const last = history.past.at(-1);
  if (last === undefined) return history;
  return {
    ...history,
    past: history.past.slice(0, -1),
    present: last.project,
    future: [{ project: history.present, label: last.label }, ...history.future],
    lastKey: null,
  };
}

export function redo(history: History): History {
  const next = history.future[0];
  if (next === undefined) return history;
  return {
    ...history,
    past: [...history.past, { project: history.present, label: next.label }],
    present: next.project,
    future: history.future.slice(1),
    lastKey: null,
  };
}

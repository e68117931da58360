/**
 * The undo history: one step per edit, typing coalesced, a cap, and undo/redo that walk the
 * document states exactly.
 */
import { describe, expect, it } from 'vitest';
import type { Project } from '../model/schema';
import { blankProject } from './defaults';
import {
  canRedo,
  canUndo,
  createHistory,
  record,
  redo,
  redoLabel,
  undo,
  undoLabel,
} from './history';

const named = (name: string): Project => ({ ...blankProject(), name });

describe('undo history', () => {
  it('undoes and redoes one edit at a time, with its label', () => {
    // Given three edits
    const a = named('a');
    let h = createHistory(a);
    h = record(h, named('b'), 'Rename', { at: 0 });
    h = record(h, named('c'), 'Rename again', { at: 5000 });
    // When undoing twice and redoing once
    expect(undoLabel(h)).toBe('Rename again');
    h = undo(h);
    expect(h.present.name).toBe('b');
    h = undo(h);
    expect(h.present).toBe(a);
    expect(canUndo(h)).toBe(false);
    expect(redoLabel(h)).toBe('Rename');
    h = redo(h);
    // Then the document is the state after the first edit, and one more redo is possible
    expect(h.present.name).toBe('b');
    expect(canRedo(h)).toBe(true);
  });

  it('clears redo when a new edit follows an undo', () => {
    let h = createHistory(named('a'));
    h = record(h, named('b'), 'Rename', { at: 0 });
    h = undo(h);
    h = record(h, named('x'), 'Rename', { at: 10 });
    expect(canRedo(h)).toBe(false);
    expect(h.past).toHaveLength(1);
  });

  it('makes typing in one field one step: same key, close together', () => {
    let h = createHistory(named(''));
    for (const [i, text] of ['A', 'AP', 'AP ', 'AP c', 'AP cl'].entries())
      h = record(h, named(text), 'Edit name', { coalesce: 'name', at: i * 300 });
    expect(h.past).toHaveLength(1);
    expect(h.present.name).toBe('AP cl');
    // a pause longer than a second, or another field, starts a new step
    h = record(h, named('AP clerk'), 'Edit name', { coalesce: 'name', at: 5000 });
    h = record(h, named('AP clerks'), 'Edit notes', { coalesce: 'notes', at: 5100 });
    expect(h.past).toHaveLength(3);
    expect(undo(h).present.name).toBe('AP clerk');
  });

  it('keeps at most its cap of steps, dropping the oldest', () => {
    let h = createHistory(named('0'), 3);
    for (let i = 1; i <= 5; i++) h = record(h, named(String(i)), `Edit ${i}`, { at: i * 5000 });
    expect(h.past.map((e) => e.project.name)).toEqual(['2', '3', '4']);
    h = undo(undo(undo(h)));
    expect(h.present.name).toBe('2');
    expect(canUndo(h)).toBe(false);
  });

  it('ignores an edit that changed nothing', () => {
    const h = createHistory(named('a'));
    expect(record(h, h.present, 'Nothing')).toBe(h);
  });
});

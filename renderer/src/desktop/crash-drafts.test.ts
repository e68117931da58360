// Which drafts Flowcase offers after it closed unexpectedly: given library rows as the crashed
// session left them, when the drafts are selected, then exactly the ones with changes no file
// has are offered, the most recent first.
import { describe, expect, it } from 'vitest';
import { UNLINKED, type ProjectRow } from '../workspace/db';
import { selectCrashDrafts, sessionStart } from './crash-drafts';

const CRASHED_SESSION_START = 10_000;

function row(id: string, updatedAt: number, patch: Partial<ProjectRow> = {}): ProjectRow {
  return { id, name: `Project ${id}`, updatedAt, size: 1, revision: 3, ...UNLINKED, ...patch };
}

const linked = (id: string, updatedAt: number, fileRevision: number | null): ProjectRow =>
  row(id, updatedAt, {
    filePath: `/work/${id}.flowcase`,
    fileName: `${id}.flowcase`,
    fileModifiedAt: 5,
    fileRevision,
  });

describe('crash drafts', () => {
  it('offers file-linked drafts whose revision is not the file’s, whenever they were edited', () => {
    // Given a saved file project, an unsaved one edited long ago and one edited in the session
    const rows = [linked('saved', 20_000, 3), linked('old', 1, 2), linked('new', 12_000, null)];
    // When the drafts are selected
    const drafts = selectCrashDrafts(rows, CRASHED_SESSION_START);
    // Then the two unsaved ones, the most recent first, with their files
    expect(drafts.map((d) => d.projectId)).toEqual(['new', 'old']);
    expect(drafts[0]!.file).toEqual({ path: '/work/new.flowcase', name: 'new.flowcase' });
  });

  it('offers library-only projects edited since the crashed session started, and no others', () => {
    // Given library-only projects edited before, at and after the session's start, and one
    // only created in the session (revision 1: nothing the person made)
    const rows = [
      row('before', 9_999),
      row('at', 10_000),
      row('after', 15_000),
      row('created', 16_000, { revision: 1 }),
    ];
    // When the drafts are selected, Then the ones of the session, without a file
    const drafts = selectCrashDrafts(rows, CRASHED_SESSION_START);
    expect(drafts.map((d) => [d.projectId, d.file])).toEqual([
      ['after', null],
      ['at', null],
    ]);
  });

  it('offers no library-only project when the crashed session’s start is unknown', () => {
    const drafts = selectCrashDrafts([row('a', 15_000), linked('b', 1, 1)], null);
    expect(drafts.map((d) => d.projectId)).toEqual(['b']);
  });

  it('leaves out the file the shell is opening anyway (it asks about its draft itself)', () => {
    const drafts = selectCrashDrafts(
      [linked('x', 1, 1), linked('y', 2, 1)],
      null,
      '/work/x.flowcase',
    );
    expect(drafts.map((d) => d.projectId)).toEqual(['y']);
  });

  it('reads a recorded session start back only when it is a time', () => {
    expect(sessionStart(1234)).toBe(1234);
    expect(sessionStart('1234')).toBeNull();
    expect(sessionStart(undefined)).toBeNull();
    expect(sessionStart(Number.NaN)).toBeNull();
  });
});

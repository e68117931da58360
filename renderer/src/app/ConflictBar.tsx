// Told when a save was refused because another window saved this project first (or deleted it):
// what happened and the choices, each of which keeps the other version (as a snapshot or a
// project of its own), so nothing is lost.
import { useAppStore } from '../store';
import { resolveConflict } from '../workspace/actions';

export function ConflictBar() {
  const status = useAppStore((s) => s.saveStatus);
  // Always in the page (an empty row of the shell's grid when there is nothing to tell).
  if (status?.kind !== 'conflict') return <div className="fc-conflict-slot" />;
  const deleted = status.theirs === null;
  return (
    <div className="fc-conflict" role="alert">
      <p className="fc-conflict__text">
        {deleted
          ? 'This project was deleted in another window. Your work here is not saved yet.'
          : 'This project was changed in another window while you edited it here. Neither version is lost: choose which one to keep working on; the other is kept as a snapshot.'}
      </p>
      <div className="fc-conflict__actions">
        {!deleted && (
          <>
            <button
              type="button"
              className="fc-button fc-button--primary"
              onClick={() => void resolveConflict('mine')}
            >
              Keep this window’s version
            </button>
            <button
              type="button"
              className="fc-button"
              onClick={() => void resolveConflict('theirs')}
            >
              Use the other window’s version
            </button>
          </>
        )}
        <button
          type="button"
          className={`fc-button${deleted ? ' fc-button--primary' : ''}`}
          onClick={() => void resolveConflict('copy')}
        >
          Save as a new project
        </button>
      </div>
    </div>
  );
}

// Told when another program changed the open document's file: reload it (one undoable step) or
// keep this version (the next Save overwrites the file). Shown in the conflict bar's row, and
// only while the changed file is still the open document's.
import { ConflictBar } from '../app/ConflictBar';
import { useAppStore } from '../store';
import { keepMyVersion, reloadFromDisk } from './changed-on-disk';

/** The desktop app's bar row: a conflict with another window first, else a change on disk. */
export function DesktopBar() {
  const conflict = useAppStore((s) => s.saveStatus?.kind === 'conflict');
  return conflict ? <ConflictBar /> : <ChangedOnDiskBar />;
}

export function ChangedOnDiskBar() {
  const changed = useAppStore((s) =>
    s.changedOnDisk !== null && s.changedOnDisk.path === s.fileLink?.path ? s.changedOnDisk : null,
  );
  if (changed === null) return <div className="fc-conflict-slot" />;
  return (
    <div className="fc-conflict" role="alert">
      <p className="fc-conflict__text">
        “{changed.name}” was changed by another program. Reload it to see those changes (Undo brings
        back yours), or keep your version and save it over theirs.
      </p>
      <div className="fc-conflict__actions">
        <button
          type="button"
          className="fc-button fc-button--primary"
          onClick={() => void reloadFromDisk()}
        >
          Reload from disk
        </button>
        <button type="button" className="fc-button" onClick={() => void keepMyVersion()}>
          Keep my version
        </button>
      </div>
    </div>
  );
}

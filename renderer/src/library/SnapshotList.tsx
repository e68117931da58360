// The open project's named snapshots: "Save snapshot" names and stores the project as it is;
// "Restore" brings one back as a single undoable step.
import { Camera, History } from 'lucide-react';
import { useState } from 'react';
import { RenameDialog } from '../app/RenameDialog';
import { useAppStore } from '../store';
import { restoreSnapshot, takeSnapshot } from '../workspace/actions';
import { describeWhen } from './when';

function defaultName(): string {
  const now = new Date();
  const day = now.toLocaleDateString([], { day: 'numeric', month: 'short' });
  const time = now.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return `Snapshot ${day}, ${time}`;
}

export function SnapshotList() {
  const snapshots = useAppStore((s) => s.snapshots);
  const canSave = useAppStore((s) => s.openProjectId !== null);
  const [naming, setNaming] = useState<string | null>(null);
  return (
    <section className="fc-library__section" aria-labelledby="fc-snapshots-title">
      <div className="fc-library__head">
        <h2 className="fc-library__title" id="fc-snapshots-title">
          Snapshots
        </h2>
        <button
          type="button"
          className="fc-tool fc-tool--text fc-library__add"
          disabled={!canSave}
          onClick={() => setNaming(defaultName())}
        >
          <Camera size={13} aria-hidden="true" />
          Save snapshot
        </button>
      </div>
      <ul className="fc-library__list" aria-label="Snapshots">
        {snapshots.map((snapshot) => (
          <li key={snapshot.id} className="fc-library__item fc-library__item--snapshot">
            <span className="fc-library__snapshot">
              <span className="fc-library__name">{snapshot.name}</span>
              <span
                className="fc-library__meta"
                data-meta={describeWhen(snapshot.createdAt)}
                aria-hidden="true"
              />
            </span>
            <button
              type="button"
              className="fc-tool fc-tool--text"
              title={`Restore “${snapshot.name}” (undoable)`}
              onClick={() => void restoreSnapshot(snapshot.id)}
            >
              <History size={13} aria-hidden="true" />
              Restore
            </button>
          </li>
        ))}
      </ul>
      {snapshots.length === 0 && (
        <p className="fc-library__empty">
          None yet. A snapshot keeps the project as it is now, to come back to.
        </p>
      )}
      {naming !== null && (
        <RenameDialog
          title="Save snapshot"
          label="Snapshot name"
          value={naming}
          submitLabel="Save snapshot"
          submitUnchanged
          onClose={() => setNaming(null)}
          onRename={(name) => void takeSnapshot(name)}
        />
      )}
    </section>
  );
}

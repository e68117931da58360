// The editor toolbar above the map: undo and redo (with what they would undo), a new target
// from the current map, and the open problems count.
import { Columns2, Plus, Redo2, Undo2 } from 'lucide-react';
import { redoLabel, undoLabel } from '../../../shared/editor';
import { useAppStore } from '../store';
import { newTargetFromCurrent } from './actions';
import { AutoLayoutButton } from './AutoLayoutButton';
import { MOD_KEY } from './keys';

export function Toolbar() {
  const undoName = useAppStore((s) => (s.history ? undoLabel(s.history) : null));
  const redoName = useAppStore((s) => (s.history ? redoLabel(s.history) : null));
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const isTarget = useAppStore((s) => s.activeMapKey !== 'current');
  const comparing = useAppStore((s) => s.comparing);
  const setComparing = useAppStore((s) => s.setComparing);
  return (
    <div className="fc-toolbar" role="toolbar" aria-label="Editing">
      <button
        type="button"
        className="fc-tool"
        aria-label="Undo"
        title={undoName ? `Undo ${undoName} (${MOD_KEY}+Z)` : `Nothing to undo (${MOD_KEY}+Z)`}
        disabled={undoName === null}
        onClick={undo}
      >
        <Undo2 size={16} aria-hidden="true" />
      </button>
      <button
        type="button"
        className="fc-tool"
        aria-label="Redo"
        title={
          redoName
            ? `Redo ${redoName} (${MOD_KEY}+Shift+Z)`
            : `Nothing to redo (${MOD_KEY}+Shift+Z)`
        }
        disabled={redoName === null}
        onClick={redo}
      >
        <Redo2 size={16} aria-hidden="true" />
      </button>
      <span className="fc-toolbar__sep" aria-hidden="true" />
      <AutoLayoutButton />
      <span className="fc-toolbar__sep" aria-hidden="true" />
      <button type="button" className="fc-tool fc-tool--text" onClick={newTargetFromCurrent}>
        <Plus size={14} aria-hidden="true" />
        New target from current
      </button>
      {isTarget && (
        <button
          type="button"
          className="fc-tool fc-tool--text"
          aria-pressed={comparing}
          onClick={() => setComparing(!comparing)}
        >
          <Columns2 size={14} aria-hidden="true" />
          Compare with current
        </button>
      )}
    </div>
  );
}

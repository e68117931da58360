// The palette: a button per step kind. Click adds one beside the selected step (connected to
// it) or in the middle of the view; drag one onto the canvas to place it there.
import { useReactFlow } from '@xyflow/react';
import type { DragEvent } from 'react';
import { PALETTE_DRAG_TYPE } from '../canvas/palette-drag';
import { addStep } from './actions';
import { PALETTE } from './step-kinds';

export function Palette() {
  const view = useReactFlow();
  const onDragStart = (event: DragEvent<HTMLButtonElement>, kind: string) => {
    event.dataTransfer.setData(PALETTE_DRAG_TYPE, kind);
    event.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <nav className="fc-palette" aria-label="Steps">
      {PALETTE.map(({ kind, label, key, icon: Icon }) => (
        <button
          key={kind}
          type="button"
          className={`fc-palette__item fc-palette__item--${kind}`}
          aria-label={label}
          title={`${label} (${key.toUpperCase()}), or drag onto the map`}
          draggable
          onDragStart={(event) => onDragStart(event, kind)}
          onClick={() => addStep(kind, view)}
        >
          <Icon size={18} aria-hidden="true" />
          <kbd className="fc-palette__key" aria-hidden="true">
            {key.toUpperCase()}
          </kbd>
        </button>
      ))}
    </nav>
  );
}

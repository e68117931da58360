// What can be done to the active map from its tab: rename it; for a target also duplicate,
// delete (after asking: undo brings it back) and move it left or right among the targets.
import { ChevronLeft, ChevronRight, Copy, MoreHorizontal, Pencil, Trash2 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { mapOf } from '../../../shared/editor';
import { useAppStore } from '../store';
import { ConfirmDialog } from './ConfirmDialog';
import { RenameDialog } from './RenameDialog';

type Open = 'menu' | 'rename' | 'delete' | null;

export function TabActions() {
  const project = useAppStore((s) => s.project);
  const key = useAppStore((s) => s.activeMapKey);
  const dispatch = useAppStore((s) => s.dispatch);
  const showMap = useAppStore((s) => s.showMap);
  const [open, setOpen] = useState<Open>(null);
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open !== 'menu') return;
    const close = (event: MouseEvent): void => {
      if (!menu.current?.contains(event.target as Node)) setOpen(null);
    };
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [open]);
  if (project === null) return null;
  const map = mapOf(project, key);
  if (map === null) return null;
  const targetId = key === 'current' ? null : key.targetId;
  const index = targetId === null ? -1 : project.maps.targets.findIndex((t) => t.id === targetId);
  const last = project.maps.targets.length - 1;
  const act = (run: () => void) => () => {
    setOpen(null);
    run();
  };
  return (
    <div
      className="fc-menu fc-tab-actions"
      ref={menu}
      onKeyDown={(event) => {
        // Escape closes the menu (not the dialogs it opens, which close themselves) and gives
        // the focus back to its button; the editor then leaves the key alone.
        if (event.key !== 'Escape' || open !== 'menu') return;
        event.preventDefault();
        setOpen(null);
        menu.current?.querySelector('button')?.focus();
      }}
    >
      <button
        type="button"
        className="fc-icon-button"
        aria-label={`Actions for ${map.name}`}
        aria-haspopup="menu"
        aria-expanded={open === 'menu'}
        onClick={() => setOpen(open === 'menu' ? null : 'menu')}
      >
        <MoreHorizontal size={16} aria-hidden="true" />
      </button>
      {open === 'menu' && (
        <div
          className="fc-menu__list fc-menu__list--left"
          role="menu"
          aria-label={`Actions for ${map.name}`}
        >
          <button
            type="button"
            role="menuitem"
            className="fc-menu__item"
            onClick={() => setOpen('rename')}
          >
            <Pencil size={13} aria-hidden="true" /> Rename
          </button>
          {targetId !== null && (
            <>
              <button
                type="button"
                role="menuitem"
                className="fc-menu__item"
                onClick={act(() => {
                  const result = dispatch({ type: 'duplicateTarget', targetId });
                  const copy = result.ok ? result.project.maps.targets[index + 1] : undefined;
                  if (copy !== undefined) showMap({ targetId: copy.id });
                })}
              >
                <Copy size={13} aria-hidden="true" /> Duplicate
              </button>
              <button
                type="button"
                role="menuitem"
                className="fc-menu__item"
                disabled={index <= 0}
                onClick={act(() => dispatch({ type: 'moveTarget', targetId, toIndex: index - 1 }))}
              >
                <ChevronLeft size={13} aria-hidden="true" /> Move left
              </button>
              <button
                type="button"
                role="menuitem"
                className="fc-menu__item"
                disabled={index >= last}
                onClick={act(() => dispatch({ type: 'moveTarget', targetId, toIndex: index + 1 }))}
              >
                <ChevronRight size={13} aria-hidden="true" /> Move right
              </button>
              <button
                type="button"
                role="menuitem"
                className="fc-menu__item fc-menu__item--danger"
                onClick={() => setOpen('delete')}
              >
                <Trash2 size={13} aria-hidden="true" /> Delete
              </button>
            </>
          )}
        </div>
      )}
      {open === 'rename' && (
        <RenameDialog
          title="Rename map"
          label="Map name"
          value={map.name}
          onClose={() => setOpen(null)}
          onRename={(name) => dispatch({ type: 'updateMapInfo', map: key, name })}
        />
      )}
      {open === 'delete' && targetId !== null && (
        <ConfirmDialog
          title={`Delete "${map.name}"?`}
          confirm="Delete target"
          onClose={() => setOpen(null)}
          onConfirm={() => {
            dispatch({ type: 'deleteTarget', targetId });
            showMap('current');
          }}
        >
          The target map, its plan and the uncertainty ranges on it go. Undo brings them back.
        </ConfirmDialog>
      )}
    </div>
  );
}

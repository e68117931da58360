// The editor's keyboard: undo/redo, delete, select all, nudge, zoom and fit, single keys that
// add steps, map switching (1-9, Ctrl+PageUp/PageDown) and Escape. Keys typed into a field
// belong to the field, and keys pressed while a dialog is open belong to the dialog (Escape
// closes it: handling it here would cancel that); off the Map screen only undo, redo and map
// switching apply. Rendered inside the canvas's React Flow provider, for the camera.
import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { mapTabs, neighbourMap } from '../app/map-keys';
import { useAppStore } from '../store';
import { addStep, deleteSelection, NUDGE, NUDGE_FAR, nudge, selectAll } from './actions';
import { copySelection, duplicateSelection, pasteHere } from './clipboard-actions';
import { commandKey, dialogOpen, isTypingTarget } from './keys';
import { paletteEntryForKey } from './step-kinds';

export function EditorShortcuts({ onHelp }: { onHelp: () => void }) {
  const view = useReactFlow();
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || isTypingTarget(event.target) || dialogOpen()) return;
      const state = useAppStore.getState();
      // Presenter mode has its own keys; the editor under it must not move or undo anything.
      if (state.project === null || state.presenting) return;
      // Off the Map screen only undo, redo and switching maps apply: the other keys act on
      // a canvas and a selection that are not on screen.
      const onMap = state.screen === 'map';
      const handled = ((): boolean => {
        const mod = commandKey(event);
        const key = event.key;
        if (mod && !event.altKey) {
          const lower = key.toLowerCase();
          if (lower === 'z' && !event.shiftKey) return (state.undo(), true);
          if ((lower === 'z' && event.shiftKey) || lower === 'y') return (state.redo(), true);
          if (!onMap && key !== 'PageUp' && key !== 'PageDown') return false;
          if (lower === 'a') return (selectAll(), true);
          if (lower === 'c') return (void copySelection(), true);
          if (lower === 'x') return (void copySelection(true), true);
          if (lower === 'v') return (void pasteHere(view), true);
          if (lower === 'd') return (duplicateSelection(), true);
          if (key === 'PageUp' || key === 'PageDown') {
            const next = neighbourMap(
              mapTabs(state.project.maps),
              state.activeMapKey,
              key === 'PageDown' ? 1 : -1,
            );
            if (next !== null) state.showMap(next);
            return true;
          }
          return false;
        }
        if (event.altKey || !onMap) return false;
        switch (key) {
          case 'Escape':
            state.clearSelection();
            return true;
          case 'Delete':
          case 'Backspace':
            deleteSelection();
            return true;
          case 'ArrowLeft':
            return (nudge(event.shiftKey ? -NUDGE_FAR : -NUDGE, 0), true);
          case 'ArrowRight':
            return (nudge(event.shiftKey ? NUDGE_FAR : NUDGE, 0), true);
          case 'ArrowUp':
            return (nudge(0, event.shiftKey ? -NUDGE_FAR : -NUDGE), true);
          case 'ArrowDown':
            return (nudge(0, event.shiftKey ? NUDGE_FAR : NUDGE), true);
          case '+':
          case '=':
            return (void view.zoomIn({ duration: 150 }), true);
          case '-':
            return (void view.zoomOut({ duration: 150 }), true);
          case '!':
            return (state.frame(state.activeMapKey), true);
          case '?':
            return (onHelp(), true);
          default:
            break;
        }
        if (event.shiftKey && event.code === 'Digit1')
          return (state.frame(state.activeMapKey), true);
        if (/^[1-9]$/.test(key) && !event.shiftKey) {
          const tab = mapTabs(state.project.maps)[Number(key) - 1];
          if (tab !== undefined) state.showMap(tab.key);
          return tab !== undefined;
        }
        const entry = event.shiftKey ? undefined : paletteEntryForKey(key);
        if (entry !== undefined) return (addStep(entry.kind, view), true);
        return false;
      })();
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [view, onHelp]);
  return null;
}

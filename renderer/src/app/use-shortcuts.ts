// App-wide keyboard shortcuts: 1-9 and Ctrl+PageUp/PageDown switch maps, Escape clears selection.
import { useEffect } from 'react';
import { useAppStore } from '../store';
import { mapTabs, neighbourMap } from './map-keys';

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

function handleKey(event: KeyboardEvent): void {
  if (event.defaultPrevented || isTypingTarget(event.target)) return;
  const state = useAppStore.getState();
  if (!state.project) return;
  const tabs = mapTabs(state.project.maps);

  if (event.key === 'Escape') {
    if (state.selectedStepId === null) return;
    state.clearSelection();
    event.preventDefault();
    return;
  }
  if (event.ctrlKey && !event.altKey && (event.key === 'PageUp' || event.key === 'PageDown')) {
    const next = neighbourMap(tabs, state.activeMapKey, event.key === 'PageDown' ? 1 : -1);
    if (next !== null) state.showMap(next);
    event.preventDefault();
    return;
  }
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  if (/^[1-9]$/.test(event.key)) {
    const tab = tabs[Number(event.key) - 1];
    if (!tab) return;
    state.showMap(tab.key);
    event.preventDefault();
  }
}

export function useShortcuts(): void {
  useEffect(() => {
    window.addEventListener('keydown', handleKey);
    return () => window.removeEventListener('keydown', handleKey);
  }, []);
}

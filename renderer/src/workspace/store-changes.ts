// What the controller does with each change of the store: an edit of the open document goes to
// its autosave (and a new name to the library list at once); a change of the open project, map
// or selection is remembered in localStorage, so the next start shows the same view. Documents
// the controller opens itself (`applying`) are not edits and are not autosaved from here.
import { useAppStore } from '../store';
import { workspaceConnection } from './connection';
import { writeSession } from './hot-exit';

const state = () => useAppStore.getState();

/** The store's listener while the workspace is connected (subscribed in workspace.ts). */
export function onStoreChange(s: ReturnType<typeof state>, prev: ReturnType<typeof state>): void {
  const c = workspaceConnection();
  if (c === null) return;
  if (s.project !== prev.project && s.project !== null && !c.applying) {
    c.autosave?.edited(s.project);
    if (s.project.name !== prev.project?.name) renameInList(s.openProjectId, s.project.name);
  }
  if (
    s.activeMapKey !== prev.activeMapKey ||
    s.selection !== prev.selection ||
    s.openProjectId !== prev.openProjectId
  )
    rememberView();
}

function renameInList(id: string | null, name: string): void {
  if (id === null) return;
  state().setWorkspace({
    library: state().library.map((row) => (row.id === id ? { ...row, name } : row)),
  });
}

/** Keep the open project, map and selection for the next start (none while nothing is stored). */
export function rememberView(): void {
  const { openProjectId, activeMapKey, selection } = state();
  if (openProjectId === null) return;
  writeSession({
    projectId: openProjectId,
    map: activeMapKey,
    selection: { stepIds: [...selection.stepIds], flowIds: [...selection.flowIds] },
  });
}

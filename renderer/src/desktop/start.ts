// The desktop app's start, after the workspace has opened its project (workspace.ts). Promises:
// - in the web build (no bridge) it does nothing;
// - the title bar follows the open document from now on; files the shell hands over (second
//   launch, the OS, Open Recent) open as Open does; a change on disk of the open file shows its
//   bar;
// - this session's start is recorded in the workspace, after the previous one is read: when the
//   last run crashed, its drafts are offered (crash-drafts.ts) once the file to open first, if
//   any, is open (so two questions never stack);
// - never rejects: what fails is said in words.
import { useAppStore, type CrashDraft } from '../store';
import { listProjects, readSetting, writeSetting } from '../workspace/library';
import { storageErrorMessage } from '../workspace/storage-errors';
import { workspaceConnection } from '../workspace/workspace';
import { ask, desktopApi } from './bridge';
import { fileChangedOnDisk } from './changed-on-disk';
import { SESSION_START_KEY, selectCrashDrafts, sessionStart } from './crash-drafts';
import { TitleSync } from './document-state';
import { openReceived } from './open-file';
import { desktopSession, serialQueue, setDesktopSession } from './session';

const state = () => useAppStore.getState();

let stops: (() => void)[] = [];

export async function startDesktop(): Promise<void> {
  const api = desktopApi();
  if (api === null || desktopSession() !== null) return;
  const title = new TitleSync(api);
  setDesktopSession({ api, title, queue: serialQueue() });
  stops = [
    title.start(),
    api.onFileOpened((file) => void openReceived(file)),
    api.onFileChangedOnDisk(fileChangedOnDisk),
  ];
  const info = await ask(() => api.startInfo());
  const drafts = await recordSession(info?.crashed === true, info?.openFile?.path ?? null);
  if (info?.openFile) await openReceived(info.openFile);
  if (drafts.length > 0) state().setDesktop({ crashDrafts: drafts });
}

/** Stop following the shell (tests; the page's end needs none of it). */
export function stopDesktop(): void {
  for (const stop of stops) stop();
  stops = [];
  setDesktopSession(null);
}

/**
 * Record this session's start (the page's, so edits made while the workspace opened count as
 * this session's) and return the crashed session's drafts when `crashed`.
 */
async function recordSession(crashed: boolean, openingPath: string | null): Promise<CrashDraft[]> {
  const c = workspaceConnection();
  if (c === null) return [];
  try {
    const previous = sessionStart(await readSetting(c.db, SESSION_START_KEY));
    await writeSetting(c.db, SESSION_START_KEY, Math.floor(performance.timeOrigin));
    if (!crashed) return [];
    return selectCrashDrafts(await listProjects(c.db), previous, openingPath);
  } catch (error) {
    state().say(storageErrorMessage(error), 'refusal');
    return [];
  }
}

/**
 * Entering and leaving presenter mode. Full screen is asked for on entry (it needs the key
 * press or click that enters, so it is asked for here and not later); where the browser or
 * shell refuses, the presenter simply fills the window. Leaving ends full screen only if
 * presenter mode started it, and a full screen ended by the browser (its own Escape) leaves
 * presenter mode too.
 */
import { useAppStore } from '../store';

let startedFullscreen = false;

/** The target presenter mode shows: the active map when it is a target, else the first. */
export function presentedTargetId(): string | null {
  const { project, activeMapKey } = useAppStore.getState();
  if (project === null) return null;
  if (activeMapKey !== 'current') return activeMapKey.targetId;
  return project.maps.targets[0]?.id ?? null;
}

export function enterPresenter(): void {
  const state = useAppStore.getState();
  if (state.presenting) return;
  if (presentedTargetId() === null) {
    // F5 with nothing to present: the key was taken from the browser, so say why nothing came.
    if (state.project !== null)
      state.say(
        'Presenter mode shows the current process beside a target: make one first with “New target from current”.',
        'refusal',
      );
    return;
  }
  state.setPresenting(true);
  const root = document.documentElement;
  if (document.fullscreenElement === null && typeof root.requestFullscreen === 'function') {
    root.requestFullscreen({ navigationUI: 'hide' }).then(
      () => {
        startedFullscreen = true;
      },
      () => {
        // Refused (no user gesture, a policy, a test browser): filling the window will do.
      },
    );
  }
}

export function leavePresenter(): void {
  useAppStore.getState().setPresenting(false);
  if (startedFullscreen && document.fullscreenElement !== null)
    void document.exitFullscreen().catch(() => undefined);
  startedFullscreen = false;
}

/** Call when full screen changes: a full screen the presenter started, now ended, leaves it. */
export function onFullscreenChange(): void {
  if (document.fullscreenElement === null && startedFullscreen) {
    startedFullscreen = false;
    useAppStore.getState().setPresenting(false);
  }
}

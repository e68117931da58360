// The top bar's way into presenter mode, and its key (F5, as in slide software). F5 would
// reload the page in a browser: it is taken here while a project with a target is open.
import { Presentation } from 'lucide-react';
import { useEffect } from 'react';
import { useAppStore } from '../store';
import { enterPresenter, onFullscreenChange } from './enter';

export function PresenterButton() {
  const hasTarget = useAppStore((s) => (s.project?.maps.targets.length ?? 0) > 0);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'F5' || event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      enterPresenter();
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreenChange);
    };
  }, []);
  return (
    <button
      type="button"
      className="fc-tool fc-tool--text"
      disabled={!hasTarget}
      title={
        hasTarget
          ? 'Present the current and target process full screen (F5)'
          : 'Add a target map to present it against the current one'
      }
      onClick={enterPresenter}
    >
      <Presentation size={15} aria-hidden="true" />
      Presenter mode
    </button>
  );
}

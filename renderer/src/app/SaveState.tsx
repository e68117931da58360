// Where the open project stands with the workspace: saved, saving, waiting for the pause after
// typing, or not saved (and why, and when it tries again). In the desktop app a project linked
// to a file also says when its changes are kept in the library but not yet written to the
// file. Announced politely.
import { AlertTriangle, Check, FileWarning, Loader2 } from 'lucide-react';
import { useAppStore } from '../store';
import { hasUnsavedChanges } from '../workspace/file-link';

export function SaveState() {
  const status = useAppStore((s) => s.saveStatus);
  const storage = useAppStore((s) => s.storage);
  const unsavedFile = useAppStore((s) =>
    hasUnsavedChanges(s.project, s.fileLink) ? (s.fileLink?.name ?? null) : null,
  );
  let text: string;
  let tone: 'ok' | 'busy' | 'warn' | 'file' = 'ok';
  let title: string | undefined;
  if (storage.kind === 'unavailable') {
    text = 'Not saved';
    tone = 'warn';
    title = `${storage.message} Export the project to keep it.`;
  } else if (status === null) {
    text = storage.kind === 'starting' ? 'Opening…' : '';
  } else if (status.kind === 'saved' && unsavedFile !== null) {
    text = 'Not saved to file';
    tone = 'file';
    title = `Your changes are kept as a draft in the library; Save (Ctrl+S) writes them to “${unsavedFile}”.`;
  } else if (status.kind === 'saved') {
    text = 'Saved';
  } else if (status.kind === 'saving' || status.kind === 'unsaved') {
    text = status.kind === 'saving' ? 'Saving…' : 'Edited';
    tone = 'busy';
  } else if (status.kind === 'failed') {
    text = `Not saved · retrying in ${Math.round(status.retryInMs / 1000)} s`;
    tone = 'warn';
    title = `${status.message} Your work is kept in this window.`;
  } else {
    text = 'Not saved · see above';
    tone = 'warn';
  }
  const Icon =
    tone === 'warn'
      ? AlertTriangle
      : tone === 'busy'
        ? Loader2
        : tone === 'file'
          ? FileWarning
          : Check;
  return (
    <span
      className={`fc-save fc-save--${tone}`}
      role="status"
      title={title}
      data-testid="save-state"
    >
      {text !== '' && <Icon size={13} aria-hidden="true" />}
      {text}
      {title !== undefined && <span className="fc-visually-hidden">. {title}</span>}
    </span>
  );
}

// "Flowcase closed unexpectedly": the drafts with changes that were not saved (crash-drafts.ts),
// each with Restore and, for a file's draft, Discard (the file's content comes back; the draft
// is kept as a snapshot) or, for a library-only project, Keep in library. "Decide later" closes
// the dialog and changes nothing: every draft stays in the library.
import { FileText, Library } from 'lucide-react';
import { useEffect, useRef } from 'react';
import './desktop.css';
import { useAppStore } from '../store';
import { closeRecovery, discardDraft, keepInLibrary, restoreDraft } from './recovery';

const when = (ms: number): string =>
  new Date(ms).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });

export function RecoveryDialog() {
  const drafts = useAppStore((s) => s.crashDrafts);
  const dialog = useRef<HTMLDialogElement>(null);
  const shown = drafts !== null;
  useEffect(() => {
    const element = dialog.current;
    if (shown && element && !element.open) element.showModal();
    if (!shown && element?.open) element.close();
  }, [shown]);
  if (drafts === null) return null;
  return (
    <dialog
      ref={dialog}
      className="fc-dialog"
      aria-labelledby="fc-recovery-title"
      onClose={closeRecovery}
    >
      <div className="fc-dialog__body">
        <h2 className="fc-dialog__title" id="fc-recovery-title">
          Flowcase closed unexpectedly
        </h2>
        <p>
          {drafts.length === 1 ? 'This project has' : 'These projects have'} changes that were not
          saved to a file. Restore opens a draft as it was; nothing is deleted.
        </p>
        <ul className="fc-recovery" aria-label="Unsaved drafts">
          {drafts.map((draft) => (
            <li key={draft.projectId} className="fc-recovery__item">
              {draft.file === null ? (
                <Library size={16} aria-hidden="true" />
              ) : (
                <FileText size={16} aria-hidden="true" />
              )}
              <div className="fc-recovery__what">
                <span className="fc-recovery__name">{draft.projectName}</span>
                <span className="fc-recovery__where">
                  {draft.file === null ? 'In the library only' : draft.file.name} · edited{' '}
                  {when(draft.editedAt)}
                </span>
              </div>
              <button
                type="button"
                className="fc-button fc-button--primary"
                aria-label={`Restore ${draft.projectName}`}
                onClick={() => void restoreDraft(draft)}
              >
                Restore
              </button>
              {draft.file === null ? (
                <button
                  type="button"
                  className="fc-button"
                  aria-label={`Keep ${draft.projectName} in the library`}
                  title="Leave it in the library as it is, without opening it"
                  onClick={() => void keepInLibrary(draft)}
                >
                  Keep in library
                </button>
              ) : (
                <button
                  type="button"
                  className="fc-button"
                  aria-label={`Discard ${draft.projectName}`}
                  title={`Go back to “${draft.file.name}” as it is on disk (the draft is kept as a snapshot)`}
                  onClick={() => void discardDraft(draft)}
                >
                  Discard
                </button>
              )}
            </li>
          ))}
        </ul>
        <div className="fc-dialog__actions">
          <button type="button" className="fc-button" onClick={() => dialog.current?.close()}>
            Decide later
          </button>
        </div>
      </div>
    </dialog>
  );
}

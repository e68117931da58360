// Opening a file whose draft in Flowcase has changes the file does not have: keep the draft, or
// load the file (the draft is then kept as a snapshot). Escape or closing keeps the draft, which
// changes nothing.
import { useEffect, useRef } from 'react';
import { useAppStore } from '../store';

const when = (ms: number): string =>
  new Date(ms).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });

export function DraftQuestionDialog() {
  const question = useAppStore((s) => s.draftQuestion);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (question !== null && element && !element.open) element.showModal();
  }, [question]);
  if (question === null) return null;
  return (
    <dialog
      ref={dialog}
      className="fc-dialog fc-dialog--small"
      aria-labelledby="fc-draft-question-title"
      onClose={() => question.answer('draft')}
      onCancel={(event) => {
        event.preventDefault();
        question.answer('draft');
      }}
    >
      <div className="fc-dialog__body">
        <h2 className="fc-dialog__title" id="fc-draft-question-title">
          “{question.projectName}” has unsaved changes
        </h2>
        <div className="fc-dialog__text">
          <p>
            Flowcase kept changes to this project (last edited {when(question.draftEditedAt)}) that
            are not in “{question.fileName}” (saved {when(question.fileModifiedAt)}).
          </p>
          <p>Loading the file keeps your draft as a snapshot, so nothing is lost.</p>
        </div>
        <div className="fc-dialog__actions">
          <button
            type="button"
            className="fc-button fc-button--primary"
            autoFocus
            onClick={() => question.answer('draft')}
          >
            Keep the draft
          </button>
          <button type="button" className="fc-button" onClick={() => question.answer('file')}>
            Load the file
          </button>
        </div>
      </div>
    </dialog>
  );
}

// A file that could not be imported (or opened, in the desktop app): every problem the validator found, in its words. The open
// project is unchanged.
import { useEffect, useRef } from 'react';
import { useAppStore } from '../store';

export function ImportReportDialog() {
  const report = useAppStore((s) => s.importReport);
  const setWorkspace = useAppStore((s) => s.setWorkspace);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (report !== null && element && !element.open) element.showModal();
  }, [report]);
  if (report === null) return null;
  const count = report.problems.length;
  const opening = report.action === 'open';
  return (
    <dialog
      ref={dialog}
      className="fc-dialog"
      aria-label={`Cannot ${opening ? 'open' : 'import'} ${report.fileName}`}
      onClose={() => setWorkspace({ importReport: null })}
    >
      <div className="fc-dialog__body">
        <h2 className="fc-dialog__title">
          Cannot {opening ? 'open' : 'import'} “{report.fileName}”
        </h2>
        <p>
          {count === 1 ? 'One problem was' : `${count} problems were`} found. Nothing was{' '}
          {opening ? 'opened' : 'imported'} and the open project is unchanged.
        </p>
        <ul
          className="fc-import-problems"
          aria-label={opening ? 'Problems in the file' : 'Import problems'}
        >
          {report.problems.map((problem, i) => (
            <li key={i}>{problem}</li>
          ))}
        </ul>
        <div className="fc-dialog__actions">
          <button
            type="button"
            className="fc-button fc-button--primary"
            autoFocus
            onClick={() => dialog.current?.close()}
          >
            Close
          </button>
        </div>
      </div>
    </dialog>
  );
}

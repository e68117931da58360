// A modal question before something is removed: what goes, and a button that says what it does.
import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';

export function ConfirmDialog({
  title,
  confirm,
  children,
  onConfirm,
  onClose,
}: {
  title: string;
  confirm: string;
  children: ReactNode;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="fc-dialog fc-dialog--small"
      aria-label={title}
      onClose={onClose}
    >
      <div className="fc-dialog__body">
        <h2 className="fc-dialog__title">{title}</h2>
        <div className="fc-dialog__text">{children}</div>
        <div className="fc-dialog__actions">
          <button
            type="button"
            className="fc-button"
            autoFocus
            onClick={() => dialog.current?.close()}
          >
            Cancel
          </button>
          <button
            type="button"
            className="fc-button fc-button--danger"
            onClick={() => {
              onConfirm();
              dialog.current?.close();
            }}
          >
            {confirm}
          </button>
        </div>
      </div>
    </dialog>
  );
}

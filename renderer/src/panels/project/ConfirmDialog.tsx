// A modal question before a destructive edit: what will happen, in words, and two buttons.
// Cancel has the focus, so Enter or Escape right away loses nothing. Closing gives the focus
// back to where it was, or, when the edit removed that (the deleted item's button), to
// `fallbackFocus`, so the keyboard never lands on the page's body.
import type { ReactNode, RefObject } from 'react';
import { useEffect, useId, useRef } from 'react';

export interface ConfirmDialogProps {
  title: string;
  /** What the edit does and what it leaves behind. */
  children: ReactNode;
  /** The confirming button's text, e.g. "Delete role". */
  confirmLabel: string;
  onConfirm: () => void;
  /** Called when the dialog closes either way (after `onConfirm` when confirmed). */
  onClose: () => void;
  /** Where the focus goes when what had it is gone. */
  fallbackFocus?: RefObject<HTMLElement | null>;
}

export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  onClose,
  fallbackFocus,
}: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    cancel.current?.focus();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="fc-dialog fc-dialog--confirm"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onClose={() => {
        const focused = document.activeElement;
        if (focused === null || focused === document.body) fallbackFocus?.current?.focus();
        onClose();
      }}
    >
      <header className="fc-dialog__header">
        <h2 id={`${id}-title`}>{title}</h2>
      </header>
      <div className="fc-dialog__body" id={`${id}-body`}>
        {children}
      </div>
      <footer className="fc-dialog__actions">
        <button
          ref={cancel}
          type="button"
          className="fc-button"
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
          {confirmLabel}
        </button>
      </footer>
    </dialog>
  );
}

// A modal to name something (rename it, or name a new snapshot): one text field, Enter
// confirms, Escape cancels; an empty name is refused at the field.
import type { FormEvent } from 'react';
import { useEffect, useId, useRef, useState } from 'react';

export function RenameDialog({
  title,
  label,
  value,
  onRename,
  onClose,
  submitLabel = 'Rename',
  submitUnchanged = false,
}: {
  title: string;
  label: string;
  value: string;
  onRename: (name: string) => void;
  onClose: () => void;
  submitLabel?: string;
  /** Confirm the name even when it was left as offered (a new thing, not a rename). */
  submitUnchanged?: boolean;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const text = name.trim();
    if (text === '') return setError(`${label} cannot be empty.`);
    if (text !== value || submitUnchanged) onRename(text);
    dialog.current?.close();
  };
  return (
    <dialog
      ref={dialog}
      className="fc-dialog fc-dialog--small"
      aria-label={title}
      onClose={onClose}
    >
      <form className="fc-dialog__body" onSubmit={submit}>
        <h2 className="fc-dialog__title">{title}</h2>
        <label className="fc-field__label" htmlFor={id}>
          {label}
        </label>
        <input
          id={id}
          className="fc-input"
          value={name}
          maxLength={200}
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
          aria-invalid={error !== null}
          onChange={(event) => setName(event.target.value)}
        />
        {error !== null && (
          <p className="fc-field__error" role="alert">
            {error}
          </p>
        )}
        <div className="fc-dialog__actions">
          <button type="button" className="fc-button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="fc-button fc-button--primary">
            {submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}

// Text committed on Enter (single line) or when the field loses focus, as one undo step; an
// empty required text is refused at the field. Escape puts the stored text back.
import type { KeyboardEvent } from 'react';
import { useId, useState } from 'react';

export interface TextFieldProps {
  label: string;
  value: string;
  multiline?: boolean;
  required?: boolean;
  maxLength?: number;
  onCommit: (value: string) => void;
}

export function TextField({
  label,
  value,
  multiline = false,
  required = false,
  maxLength = 200,
  onCommit,
}: TextFieldProps) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  // A new stored value (undo, another field) replaces what the field shows.
  const [stored, setStored] = useState(value);
  if (stored !== value) {
    setStored(value);
    setDraft(value);
    setError(null);
  }
  const commit = (): void => {
    const text = multiline ? draft : draft.trim();
    if (required && text === '') return setError(`${label} cannot be empty.`);
    setError(null);
    if (text !== value) onCommit(text);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>): void => {
    if (event.key === 'Enter' && !multiline) {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setDraft(value);
      setError(null);
    }
  };
  const common = {
    id,
    value: draft,
    maxLength,
    'aria-invalid': error !== null,
    'aria-describedby': error !== null ? `${id}-error` : undefined,
    onBlur: commit,
    onKeyDown,
  };
  return (
    <div className="fc-field">
      <label className="fc-field__label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea
          className="fc-input fc-input--area"
          rows={3}
          {...common}
          onChange={(e) => setDraft(e.target.value)}
        />
      ) : (
        <input
          className="fc-input"
          type="text"
          {...common}
          onChange={(e) => setDraft(e.target.value)}
        />
      )}
      {error !== null && (
        <p className="fc-field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

// Text committed on Enter (single line) or when the field loses focus, as one undo step; an
// empty required text, or one `validate` refuses, is refused at the field and never enters the
// document. Escape puts the stored text back. `onDraft` lets a caller check what is being typed
// (a formula) while the field still owns the text.
import type { KeyboardEvent } from 'react';
import { memo, useId, useState } from 'react';

export interface TextFieldProps {
  label: string;
  value: string;
  multiline?: boolean;
  required?: boolean;
  maxLength?: number;
  /** A sentence under the field (what the text is for). */
  hint?: string;
  /** Why `text` cannot be committed, in words, or null when it can. */
  validate?: (text: string) => string | null;
  /**
   * Called with the text on every keystroke and on Escape. When the stored text changes (undo)
   * the field shows it without calling back: the caller sees the new `value` itself.
   */
  onDraft?: (text: string) => void;
  /** Id of an element outside the field that also describes it (live feedback). */
  describedBy?: string;
  /** Code, not prose: a monospaced face, no spelling check, no automatic capitals. */
  code?: boolean;
  onCommit: (value: string) => void;
}

export const TextField = memo(function TextField({
  label,
  value,
  multiline = false,
  required = false,
  maxLength = 200,
  hint,
  validate,
  onDraft,
  describedBy,
  code = false,
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
  const change = (text: string): void => {
    setDraft(text);
    onDraft?.(text);
  };
  const commit = (): void => {
    const text = multiline ? draft : draft.trim();
    if (required && text === '') return setError(`${label} cannot be empty.`);
    const refusal = validate?.(text) ?? null;
    if (refusal !== null) return setError(refusal);
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
      change(value);
      setError(null);
    }
  };
  const described =
    error !== null
      ? `${id}-error`
      : [hint ? `${id}-hint` : '', describedBy ?? ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value: draft,
    maxLength,
    'aria-invalid': error !== null,
    'aria-describedby': described,
    onBlur: commit,
    onKeyDown,
    ...(code ? { spellCheck: false, autoCapitalize: 'off', autoCorrect: 'off' } : {}),
  };
  const className = `fc-input${multiline ? ' fc-input--area' : ''}${code ? ' fc-input--code' : ''}`;
  return (
    <div className="fc-field">
      <label className="fc-field__label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea
          className={className}
          rows={3}
          {...common}
          onChange={(e) => change(e.target.value)}
        />
      ) : (
        <input
          className={className}
          type="text"
          {...common}
          onChange={(e) => change(e.target.value)}
        />
      )}
      {error !== null ? (
        <p className="fc-field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : (
        hint && (
          <p className="fc-field__hint" id={`${id}-hint`}>
            {hint}
          </p>
        )
      )}
    </div>
  );
});

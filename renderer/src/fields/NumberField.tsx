// A number typed in the units people use (percent, minutes, money), committed on Enter or when
// the field loses focus, as one undo step. Text that is not a number, or a number outside the
// bounds, stays in the field with the reason beside it and never enters the document; Escape
// puts the stored value back.
import type { KeyboardEvent } from 'react';
import { memo, useId, useState } from 'react';
import { formatForInput, fromDisplay, parseTyped, toDisplay, unitSuffix, type Unit } from './units';

export interface NumberFieldProps {
  label: string;
  /** Stored value (a share for percent). */
  value: number;
  unit: Unit;
  currency?: string;
  /** Bounds in stored units, inclusive. */
  min?: number;
  max?: number;
  /** Whole numbers only (months, days). */
  integer?: boolean;
  /** A sentence under the field (what the number means). */
  hint?: string;
  /** A shorter text to show above the field, when `label` (its accessible name) is shown nearby. */
  visibleLabel?: string;
  onCommit: (value: number) => void;
}

export const NumberField = memo(function NumberField(props: NumberFieldProps) {
  const { label, value, unit, currency = 'EUR', min, max, integer = false, hint, onCommit } = props;
  const { visibleLabel } = props;
  const shown = formatForInput(toDisplay(unit, value));
  const [draft, setDraft] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  // A new stored value (undo, another field) replaces what the field shows.
  const [stored, setStored] = useState(shown);
  if (stored !== shown) {
    setStored(shown);
    setDraft(shown);
    setError(null);
  }

  const bound = (v: number): string =>
    `${formatForInput(toDisplay(unit, v))}${unit === 'percent' ? ' %' : ''}`;
  const commit = (): void => {
    const typed = parseTyped(draft);
    if (typed === null) {
      setError(`${label} must be a number${unit === 'percent' ? ' of per cent' : ''}.`);
      return;
    }
    const stored = fromDisplay(unit, typed);
    if (integer && !Number.isInteger(typed)) return setError(`${label} must be a whole number.`);
    if (min !== undefined && stored < min)
      return setError(`${label} cannot be below ${bound(min)}.`);
    if (max !== undefined && stored > max)
      return setError(`${label} cannot be above ${bound(max)}.`);
    setError(null);
    if (stored !== value) onCommit(stored);
    else setDraft(shown);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setDraft(shown);
      setError(null);
    }
  };
  const suffix = unitSuffix(unit, currency);
  return (
    <div className="fc-field">
      <label className="fc-field__label" htmlFor={id}>
        {visibleLabel ?? label}
      </label>
      <div className="fc-field__control">
        <input
          id={id}
          aria-label={visibleLabel !== undefined ? label : undefined}
          className="fc-input fc-input--number"
          type="text"
          inputMode="decimal"
          value={draft}
          aria-invalid={error !== null}
          aria-describedby={error !== null ? `${id}-error` : hint ? `${id}-hint` : undefined}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={onKeyDown}
        />
        {suffix && <span className="fc-field__suffix">{suffix}</span>}
      </div>
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

// A choice from a list, committed at once as one undo step. A stored value that is not among
// the options (a deleted role) is shown as such, so the field never pretends.
import { memo, useId } from 'react';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly SelectOption[];
  /** How to show a stored value that is not an option, e.g. 'Missing role "x"'. */
  missing?: (value: string) => string;
  onCommit: (value: string) => void;
}

export const SelectField = memo(function SelectField({
  label,
  value,
  options,
  missing,
  onCommit,
}: SelectFieldProps) {
  const id = useId();
  const known = options.some((o) => o.value === value);
  return (
    <div className="fc-field">
      <label className="fc-field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="fc-input fc-select"
        value={value}
        aria-invalid={!known}
        onChange={(event) => onCommit(event.target.value)}
      >
        {!known && <option value={value}>{missing?.(value) ?? `Unknown: ${value}`}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
});

// A cost that may be left to a suggestion (a system's integration or maintenance cost): a
// switch for "own figure", the amount when on, and the suggestion in words either way.
import { useId } from 'react';
import { MAX_MONEY } from '../../../../shared/model/schema';
import { NumberField } from '../../fields/NumberField';

export interface OptionalCostProps {
  /** The amount's name, e.g. "Integration cost". */
  label: string;
  /** The own figure, or null to use the suggestion. */
  value: number | null;
  /** The amount the switch starts an own figure at. */
  suggestion: number;
  /** What is used without an own figure, a sentence shown while there is none. */
  whenEmpty: string;
  /** The suggestion, a sentence shown under an own figure. */
  whenOwn: string;
  currency: string;
  onCommit: (value: number | null) => void;
}

export function OptionalCost(props: OptionalCostProps) {
  const { label, value, suggestion, whenEmpty, whenOwn, currency, onCommit } = props;
  const id = useId();
  return (
    <div className="fc-optional">
      <label className="fc-check" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={value !== null}
          onChange={(event) => onCommit(event.target.checked ? suggestion : null)}
        />
        Own {label.toLowerCase()}
      </label>
      {value === null ? (
        <p className="fc-field__hint">{whenEmpty}</p>
      ) : (
        <NumberField
          label={label}
          value={value}
          unit="money"
          currency={currency}
          min={0}
          max={MAX_MONEY}
          hint={whenOwn}
          onCommit={onCommit}
        />
      )}
    </div>
  );
}

// A number field with its uncertainty beside it: "±" adds a low / likely / high range on the
// input's path (what Monte Carlo and the tornado vary), shows it when there is one, and lets the
// analyst change or remove it. Each change is one undo step. The range's controls do not repeat
// the field's name in their own labels, so the field's name finds exactly one input.
import { memo, useState } from 'react';
import type { Range } from '../../../shared/model/schema';
import { useAppStore } from '../store';
import { NumberField, type NumberFieldProps } from './NumberField';
import { formatForInput, toDisplay } from './units';

export interface RangedNumberFieldProps extends NumberFieldProps {
  /** The input's path as ranges name it, e.g. `maps.targets.ai.steps.match.automationRate`. */
  rangePath: string;
}

/** A first range around `value`: ±20 %, kept inside the field's bounds. */
function firstRange(
  path: string,
  value: number,
  min: number | undefined,
  max: number | undefined,
): Range {
  const clamp = (v: number): number => Math.min(max ?? Infinity, Math.max(min ?? -Infinity, v));
  return { path, low: clamp(value * 0.8), likely: value, high: clamp(value * 1.2), label: '' };
}

export const RangedNumberField = memo(function RangedNumberField(props: RangedNumberFieldProps) {
  const { rangePath, label, unit, currency, min, max, integer, value } = props;
  const range = useAppStore((s) => s.project?.ranges.find((r) => r.path === rangePath) ?? null);
  const dispatch = useAppStore((s) => s.dispatch);
  const [open, setOpen] = useState(false);
  const shown = (v: number): string =>
    `${formatForInput(toDisplay(unit, v), 2)}${unit === 'percent' ? ' %' : ''}`;
  const toggle = (): void => {
    if (range === null) {
      const added = dispatch({ type: 'addRange', range: firstRange(rangePath, value, min, max) });
      if (added.ok) setOpen(true);
    } else setOpen(!open);
  };
  const set = (patch: Partial<Range>): void => {
    dispatch({ type: 'updateRange', path: rangePath, patch });
  };
  const bounds = { unit, currency, min, max, integer };
  return (
    <div className="fc-ranged">
      <div className="fc-ranged__row">
        <NumberField {...props} />
        <button
          type="button"
          className={range === null ? 'fc-range-toggle' : 'fc-range-toggle fc-range-toggle--on'}
          aria-label={range === null ? 'Add a range' : 'Show the range'}
          aria-expanded={range === null ? undefined : open}
          title={
            range === null
              ? 'Add what we do not know about this number: low, likely and high'
              : `${shown(range.low)} – ${shown(range.high)}`
          }
          onClick={toggle}
        >
          ±
        </button>
      </div>
      {range !== null && !open && (
        <p className="fc-field__hint">
          Range {shown(range.low)} – {shown(range.high)}, likely {shown(range.likely)}
        </p>
      )}
      {range !== null && open && (
        <fieldset className="fc-range">
          <legend className="fc-field__label">Range of {label}</legend>
          <div className="fc-range__fields">
            <NumberField
              label={`${label} low`}
              visibleLabel="Low"
              value={range.low}
              {...bounds}
              onCommit={(low) => set({ low })}
            />
            <NumberField
              label={`${label} likely`}
              visibleLabel="Likely"
              value={range.likely}
              {...bounds}
              onCommit={(likely) => set({ likely })}
            />
            <NumberField
              label={`${label} high`}
              visibleLabel="High"
              value={range.high}
              {...bounds}
              onCommit={(high) => set({ high })}
            />
          </div>
          {!(range.low <= range.likely && range.likely <= range.high) && (
            <p className="fc-field__error" role="status">
              Low, likely and high must go up in that order.
            </p>
          )}
          <button
            type="button"
            className="fc-button"
            onClick={() => {
              dispatch({ type: 'deleteRange', path: rangePath });
              setOpen(false);
            }}
          >
            Remove range
          </button>
        </fieldset>
      )}
    </div>
  );
});

// A duration that may be absent (a task's waiting time): a switch, and the duration when on.
import { memo, useId } from 'react';
import type { Distribution } from '../../../shared/model/distribution';
import { DistributionField } from '../fields/DistributionField';

export const OptionalDistribution = memo(function OptionalDistribution({
  label,
  hint,
  value,
  onCommit,
}: {
  label: string;
  hint: string;
  value: Distribution | null;
  onCommit: (value: Distribution | null) => void;
}) {
  const id = useId();
  return (
    <div className="fc-optional">
      <label className="fc-check" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={value !== null}
          onChange={(event) =>
            onCommit(
              event.target.checked ? { type: 'triangular', min: 30, mode: 60, max: 240 } : null,
            )
          }
        />
        {label}
      </label>
      <p className="fc-field__hint">{hint}</p>
      {value !== null && <DistributionField label={label} value={value} onCommit={onCommit} />}
    </div>
  );
});

// A duration with its variability: the typical value (labelled with the field's name, e.g.
// "Handling time"), how it varies from case to case (each distribution the file format has),
// the parameters that shape needs, and a small picture of the shape with its mean.
import { memo } from 'react';
import type { Distribution, DistributionType } from '../../../shared/model/distribution';
import { distributionMean, DISTRIBUTION_TYPES } from '../../../shared/model/distribution';
import { MAX_MINUTES } from '../../../shared/model/distribution';
import { formatMinutes } from '../format/numbers';
import { DistributionPreview } from './DistributionPreview';
import { NumberField } from './NumberField';
import { typicalValue, withType, withTypicalValue } from './reshape';
import { SelectField } from './SelectField';

const TYPE_LABELS: Readonly<Record<DistributionType, string>> = {
  fixed: 'Always the same',
  uniform: 'Anywhere between two values',
  triangular: 'Most likely, with a minimum and maximum',
  exponential: 'Mostly short, sometimes long (exponential)',
  normal: 'Around the mean (normal)',
  lognormal: 'Skewed to long (lognormal)',
};

/** What the main number of each shape is. */
const TYPICAL_LABELS: Readonly<Record<DistributionType, string>> = {
  fixed: 'Time',
  uniform: 'Middle',
  triangular: 'Most likely',
  exponential: 'Mean',
  normal: 'Mean',
  lognormal: 'Mean',
};

const OPTIONS = DISTRIBUTION_TYPES.map((t) => ({ value: t, label: TYPE_LABELS[t] }));

export interface DistributionFieldProps {
  label: string;
  value: Distribution;
  onCommit: (value: Distribution) => void;
}

export const DistributionField = memo(function DistributionField({
  label,
  value,
  onCommit,
}: DistributionFieldProps) {
  const minutes = (name: string, v: number, set: (n: number) => Distribution) => (
    <NumberField
      label={name}
      value={v}
      unit="minutes"
      min={0}
      max={MAX_MINUTES}
      onCommit={(n) => onCommit(set(n))}
    />
  );
  return (
    <fieldset className="fc-distribution">
      <legend className="fc-field__label">{label}</legend>
      <div className="fc-distribution__row">
        <NumberField
          label={label}
          visibleLabel={TYPICAL_LABELS[value.type]}
          value={typicalValue(value)}
          unit="minutes"
          min={0}
          max={MAX_MINUTES}
          onCommit={(n) => onCommit(withTypicalValue(value, n))}
        />
        <DistributionPreview distribution={value} />
      </div>
      <SelectField
        label="Variability"
        value={value.type}
        options={OPTIONS}
        onCommit={(t) => onCommit(withType(value, t as DistributionType))}
      />
      {value.type === 'triangular' && (
        <div className="fc-distribution__params">
          {minutes('Minimum', value.min, (n) => ({ ...value, min: n }))}
          {minutes('Maximum', value.max, (n) => ({ ...value, max: n }))}
        </div>
      )}
      {value.type === 'uniform' && (
        <div className="fc-distribution__params">
          {minutes('Minimum', value.min, (n) => ({ ...value, min: n }))}
          {minutes('Maximum', value.max, (n) => ({ ...value, max: n }))}
        </div>
      )}
      {(value.type === 'normal' || value.type === 'lognormal') && (
        <div className="fc-distribution__params">
          {minutes('Spread (sd)', value.sd, (n) => ({ ...value, sd: n }))}
        </div>
      )}
      <p className="fc-field__hint">Mean {formatMinutes(distributionMean(value))} per case</p>
    </fieldset>
  );
});

// The live what-if: a few large sliders, each named for the input it changes, moving the
// figures as they move; "Keep these changes" writes them into the project as one undo step.
import type { Project, TargetMap } from '../../../shared/model/schema';
import { formatCount, formatShare } from '../format/numbers';
import { aiStepsOf, type WhatIf } from './what-if';

function Slider({
  label,
  value,
  min,
  max,
  step,
  shown,
  onChange,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  shown: string;
  onChange: (value: number) => void;
}) {
  return (
    <label className="fc-p-slider">
      <span className="fc-p-slider__label">{label}</span>
      <input
        type="range"
        aria-label={label}
        aria-valuetext={shown}
        min={min}
        max={max}
        step={step}
        value={value}
        onChange={(event) => onChange(Number(event.currentTarget.value))}
      />
      <output className="fc-p-slider__value">{shown}</output>
    </label>
  );
}

export function WhatIfPanel({
  project,
  target,
  whatIf,
  changed,
  onChange,
  onKeep,
  onReset,
}: {
  project: Project;
  target: TargetMap;
  whatIf: WhatIf;
  changed: boolean;
  onChange: (next: WhatIf) => void;
  onKeep: () => void;
  onReset: () => void;
}) {
  const period = project.maps.current.demand.period;
  const base = project.maps.current.demand.casesPerPeriod;
  // Bounds from the saved volume only: a range input whose max or step moved with its own value
  // re-sanitised the value on every render, and React's onChange fed it back (an update loop).
  const volumeMax = Math.max(10, Math.ceil((base * 2) / 10) * 10);
  const volumeStep = Math.max(1, Math.round(volumeMax / 200));
  const savedMonths = project.maps.targets.find((t) => t.id === target.id)?.plan.monthsToGoLive;
  const monthsMax = Math.max(36, savedMonths ?? 0);
  return (
    <section className="fc-p-whatif" aria-label="What if">
      {aiStepsOf(target).map((step) => {
        const rate = whatIf.automationRates[step.id] ?? step.automationRate;
        return (
          <Slider
            key={step.id}
            label={`Automation rate: ${step.name}`}
            value={Math.round(rate * 100)}
            min={0}
            max={100}
            step={1}
            shown={formatShare(rate)}
            onChange={(v) =>
              onChange({
                ...whatIf,
                automationRates: { ...whatIf.automationRates, [step.id]: v / 100 },
              })
            }
          />
        );
      })}
      <Slider
        label="Steady adoption"
        value={Math.round(whatIf.steadyShare * 100)}
        min={0}
        max={100}
        step={1}
        shown={formatShare(whatIf.steadyShare)}
        onChange={(v) => onChange({ ...whatIf, steadyShare: v / 100 })}
      />
      <Slider
        label="Months to go-live"
        value={whatIf.monthsToGoLive}
        min={0}
        max={monthsMax}
        step={1}
        shown={`${whatIf.monthsToGoLive} mo`}
        onChange={(v) => onChange({ ...whatIf, monthsToGoLive: v })}
      />
      <Slider
        label={`Volume (cases per ${period})`}
        value={whatIf.casesPerPeriod}
        min={0}
        max={volumeMax}
        step={volumeStep}
        shown={formatCount(whatIf.casesPerPeriod)}
        onChange={(v) => onChange({ ...whatIf, casesPerPeriod: v })}
      />
      <div className="fc-p-whatif__actions">
        <button
          type="button"
          className="fc-p-button fc-p-button--primary"
          disabled={!changed}
          onClick={onKeep}
        >
          Keep these changes
        </button>
        <button type="button" className="fc-p-button" disabled={!changed} onClick={onReset}>
          Reset
        </button>
      </div>
    </section>
  );
}

// A plan's adoption ramp (start share, steady share, months to steady, linear or S-curve) with a
// preview of it, and how labour savings count: as cash, or as freed capacity valued at a share.
import type { Adoption, ScenarioPlan } from '../../../../shared/model/schema';
import { NumberField } from '../../fields/NumberField';
import { SelectField } from '../../fields/SelectField';
import { useAppStore } from '../../store';
import { describeRamp } from './adoption-curve';
import { AdoptionPreview } from './AdoptionPreview';
import { fieldBounds } from './bounds';
import type { PlanEdit } from './PlanSection';

const CURVE_OPTIONS = [
  { value: 's-curve', label: 'S-curve' },
  { value: 'linear', label: 'Linear' },
] as const;
const SAVINGS_OPTIONS = [
  { value: 'cash', label: 'Cash: headcount is reduced' },
  { value: 'freed-capacity', label: 'Freed capacity: hours valued at a share' },
] as const;

export function PlanAdoption({ plan, edit }: { plan: ScenarioPlan; edit: PlanEdit }) {
  const horizon = useAppStore((s) => s.project?.finance.horizonMonths ?? 36);
  const adopt = (patch: Partial<Adoption>): void =>
    edit({ adoption: { ...plan.adoption, ...patch } });
  const { adoption } = plan;
  return (
    <>
      <h4 className="fc-subhead">Adoption</h4>
      <div className="fc-grid2">
        <NumberField
          label="Start share"
          value={adoption.startShare}
          unit="percent"
          {...fieldBounds('startShare')}
          hint="First month live"
          onCommit={(startShare) => adopt({ startShare })}
        />
        <NumberField
          label="Steady share"
          value={adoption.steadyShare}
          unit="percent"
          {...fieldBounds('steadyShare')}
          hint="Once settled"
          onCommit={(steadyShare) => adopt({ steadyShare })}
        />
        <NumberField
          label="Months to steady"
          value={adoption.monthsToSteady}
          unit="months"
          {...fieldBounds('monthsToSteady')}
          onCommit={(monthsToSteady) => adopt({ monthsToSteady })}
        />
        <SelectField
          label="Curve"
          value={adoption.curve}
          options={CURVE_OPTIONS}
          onCommit={(curve) => adopt({ curve: curve as Adoption['curve'] })}
        />
      </div>
      <figure className="fc-ramp-figure">
        <AdoptionPreview plan={plan} horizonMonths={horizon} />
        <figcaption className="fc-field__hint">{describeRamp(plan, horizon)}</figcaption>
      </figure>
      <h4 className="fc-subhead">Labour savings</h4>
      <SelectField
        label="Labour savings count as"
        value={plan.labourSavings}
        options={SAVINGS_OPTIONS}
        onCommit={(v) => edit({ labourSavings: v as ScenarioPlan['labourSavings'] })}
      />
      {plan.labourSavings === 'freed-capacity' && (
        <NumberField
          label="Value of freed capacity"
          value={plan.freedCapacityValueShare}
          unit="percent"
          {...fieldBounds('freedCapacityValueShare')}
          hint="Share of the saved hours' cost counted as benefit."
          onCommit={(freedCapacityValueShare) => edit({ freedCapacityValueShare })}
        />
      )}
    </>
  );
}

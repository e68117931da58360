// A plan's money: one-off costs (data preparation, change management, training, other, and a
// contingency on them), running costs (platform and monitoring per month, integration
// maintenance as a yearly share), and retraining (its cost, every N months or never).
import { useId } from 'react';
import type { ScenarioPlan } from '../../../../shared/model/schema';
import { oneOffCosts } from '../../../../shared/roi';
import { NumberField } from '../../fields/NumberField';
import { formatMoney } from '../../format/numbers';
import { useAppStore } from '../../store';
import { selectCurrency } from '../../store/selectors';
import { fieldBounds } from './bounds';
import type { PlanEdit } from './PlanSection';

/** How often a model that starts being retrained is retrained, in months. */
const FIRST_RETRAIN_INTERVAL = 6;

type MoneyField =
  | 'dataPreparationCost'
  | 'changeManagementCost'
  | 'trainingCost'
  | 'otherOneOffCost'
  | 'platformCostPerMonth'
  | 'monitoringCostPerMonth'
  | 'retrainingCost';

export interface PlanCostsProps {
  targetId: string;
  plan: ScenarioPlan;
  edit: PlanEdit;
}

export function PlanCosts({ targetId, plan, edit }: PlanCostsProps) {
  const currency = useAppStore(selectCurrency);
  const project = useAppStore((s) => s.project);
  const target = project?.maps.targets.find((t) => t.id === targetId);
  const oneOff = project && target ? oneOffCosts(project, target) : null;
  const retrainId = useId();
  const money = (field: MoneyField, label: string, hint?: string) => (
    <NumberField
      label={label}
      value={plan[field]}
      unit="money"
      currency={currency}
      {...fieldBounds(field)}
      hint={hint}
      onCommit={(value) => edit({ [field]: value })}
    />
  );
  const retrained = plan.retrainEveryMonths !== null;
  return (
    <>
      <h4 className="fc-subhead">One-off costs</h4>
      <div className="fc-grid2">
        {money('dataPreparationCost', 'Data preparation')}
        {money('changeManagementCost', 'Change management')}
        {money('trainingCost', 'Training')}
        {money('otherOneOffCost', 'Other one-off')}
        <NumberField
          label="Contingency"
          value={plan.contingencyShare}
          unit="percent"
          {...fieldBounds('contingencyShare')}
          hint="On the one-off costs"
          onCommit={(contingencyShare) => edit({ contingencyShare })}
        />
      </div>
      {oneOff !== null && (
        <p className="fc-field__hint">
          One-off in all {formatMoney(oneOff.total, currency)}, with the integration of the systems
          its AI steps use ({formatMoney(oneOff.integration, currency)}, set under Systems) and
          contingency ({formatMoney(oneOff.contingency, currency)}).
        </p>
      )}
      <h4 className="fc-subhead">Running costs</h4>
      <div className="fc-grid2">
        {money('platformCostPerMonth', 'Platform per month')}
        {money('monitoringCostPerMonth', 'Monitoring per month')}
        <NumberField
          label="Integration maintenance"
          value={plan.integrationMaintenanceShare}
          unit="percent"
          {...fieldBounds('integrationMaintenanceShare')}
          hint="Of integration cost, yearly"
          onCommit={(integrationMaintenanceShare) => edit({ integrationMaintenanceShare })}
        />
      </div>
      <h4 className="fc-subhead">Retraining</h4>
      <label className="fc-check" htmlFor={retrainId}>
        <input
          id={retrainId}
          type="checkbox"
          checked={retrained}
          onChange={(event) =>
            edit({ retrainEveryMonths: event.target.checked ? FIRST_RETRAIN_INTERVAL : null })
          }
        />
        The model is retrained regularly
      </label>
      {retrained ? (
        <div className="fc-grid2">
          {money('retrainingCost', 'Retraining cost', 'Each time')}
          <NumberField
            label="Retrain every"
            value={plan.retrainEveryMonths ?? FIRST_RETRAIN_INTERVAL}
            unit="months"
            {...fieldBounds('retrainEveryMonths')}
            onCommit={(retrainEveryMonths) => edit({ retrainEveryMonths })}
          />
        </div>
      ) : (
        <p className="fc-field__hint">
          Never retrained: the automation rate keeps falling by each AI step&rsquo;s drift.
        </p>
      )}
    </>
  );
}

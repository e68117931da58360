// The plan that takes the active target into production (shown only on a target's tab): when
// it goes live, what it costs once and every month, how the model is retrained, how adoption
// ramps up, and how labour savings count. Every field is one `updatePlan` command.
import type { ScenarioPlan } from '../../../../shared/model/schema';
import { NumberField } from '../../fields/NumberField';
import { formatMoney } from '../../format/numbers';
import { oneOffCosts } from '../../../../shared/roi';
import { useAppStore, type AppState } from '../../store';
import { selectCurrency } from '../../store/selectors';
import { fieldBounds } from './bounds';
import { PanelSection } from './PanelSection';
import { PlanAdoption } from './PlanAdoption';
import { PlanCosts } from './PlanCosts';
import { selectActiveMapName, selectActivePlan, selectActiveTarget } from './selectors';

/** Sets fields of the plan being edited, as one undo step. */
export type PlanEdit = (patch: Partial<ScenarioPlan>) => void;

/** The active target's one-off total (integration and contingency included), or null. */
const selectOneOffTotal = (s: AppState): number | null => {
  const target = selectActiveTarget(s);
  return s.project === null || target === null ? null : oneOffCosts(s.project, target).total;
};

export function PlanSection() {
  const plan = useAppStore(selectActivePlan);
  const targetId = useAppStore((s) => selectActiveTarget(s)?.id ?? null);
  const mapName = useAppStore(selectActiveMapName);
  const currency = useAppStore(selectCurrency);
  const oneOff = useAppStore(selectOneOffTotal);
  if (plan === null || targetId === null) return null;
  const summary = `Go-live in ${plan.monthsToGoLive} months · ${formatMoney(oneOff ?? 0, currency)} one-off`;
  return (
    <PanelSection id="plan" title={`Plan · ${mapName ?? ''}`} summary={summary}>
      <PlanFields targetId={targetId} plan={plan} />
    </PanelSection>
  );
}

function PlanFields({ targetId, plan }: { targetId: string; plan: ScenarioPlan }) {
  const dispatch = useAppStore((s) => s.dispatch);
  const edit: PlanEdit = (patch) => {
    dispatch({ type: 'updatePlan', targetId, patch });
  };
  return (
    <>
      <NumberField
        label="Months to go-live"
        value={plan.monthsToGoLive}
        unit="months"
        {...fieldBounds('monthsToGoLive')}
        hint="Build, data work and integration before the first case runs on the new process."
        onCommit={(monthsToGoLive) => edit({ monthsToGoLive })}
      />
      <PlanCosts targetId={targetId} plan={plan} edit={edit} />
      <PlanAdoption plan={plan} edit={edit} />
    </>
  );
}

// The demand of the active map: how many cases arrive per day, week, month or year, and whether
// they arrive at random (Poisson) or evenly spaced. Each map has its own.
import { DEMAND_PERIODS, DemandSchema, type Demand } from '../../../../shared/model/schema';
import { NumberField } from '../../fields/NumberField';
import { SelectField } from '../../fields/SelectField';
import { describeDemand } from '../../format/labels';
import { useAppStore } from '../../store';
import { numberBounds } from './bounds';
import { PanelSection } from './PanelSection';
import { selectActiveDemand, selectActiveMapName } from './selectors';

const CASES = numberBounds(DemandSchema.shape.casesPerPeriod);
const PERIOD_OPTIONS = DEMAND_PERIODS.map((p) => ({ value: p, label: `per ${p}` }));
const ARRIVAL_OPTIONS = [
  { value: 'poisson', label: 'At random (Poisson)' },
  { value: 'regular', label: 'Evenly spaced' },
] as const;

export function DemandSection() {
  const demand = useAppStore(selectActiveDemand);
  const mapName = useAppStore(selectActiveMapName);
  if (demand === null) return null;
  return (
    <PanelSection id="demand" title={`Demand · ${mapName ?? ''}`} summary={describeDemand(demand)}>
      <DemandFields demand={demand} />
    </PanelSection>
  );
}

function DemandFields({ demand }: { demand: Demand }) {
  const dispatch = useAppStore((s) => s.dispatch);
  const mapKey = useAppStore((s) => s.activeMapKey);
  const edit = (patch: Partial<Demand>): void => {
    dispatch({ type: 'updateDemand', map: mapKey, patch });
  };
  return (
    <>
      <div className="fc-grid2">
        <NumberField
          label="Cases"
          value={demand.casesPerPeriod}
          unit="number"
          {...CASES}
          onCommit={(casesPerPeriod) => edit({ casesPerPeriod })}
        />
        <SelectField
          label="Period"
          value={demand.period}
          options={PERIOD_OPTIONS}
          onCommit={(period) => edit({ period: period as Demand['period'] })}
        />
      </div>
      <SelectField
        label="Arrivals"
        value={demand.arrivals}
        options={ARRIVAL_OPTIONS}
        onCommit={(arrivals) => edit({ arrivals: arrivals as Demand['arrivals'] })}
      />
      <p className="fc-field__hint">
        Spread over the working time of the calendar. Each map has its own demand.
      </p>
    </>
  );
}

// The working calendar (hours per day, days per year) that turns hours into days, and the
// finance assumptions of the business case (horizon, discount rate, volume growth).
import type { Calendar, Finance } from '../../../../shared/model/schema';
import { NumberField } from '../../fields/NumberField';
import { formatNumber, formatShare } from '../../format/numbers';
import { useAppStore } from '../../store';
import { fieldBounds } from './bounds';
import { PanelSection } from './PanelSection';

export function CalendarFinanceSection() {
  const calendar = useAppStore((s) => s.project?.calendar);
  const finance = useAppStore((s) => s.project?.finance);
  if (calendar === undefined || finance === undefined) return null;
  const summary =
    `${formatNumber(calendar.hoursPerDay)} h × ${calendar.daysPerYear} days · ` +
    `${finance.horizonMonths} months at ${formatShare(finance.discountRateAnnual)}`;
  return (
    <PanelSection id="calendar" title="Calendar and finance" summary={summary}>
      <CalendarFinanceFields calendar={calendar} finance={finance} />
    </PanelSection>
  );
}

function CalendarFinanceFields({ calendar, finance }: { calendar: Calendar; finance: Finance }) {
  const dispatch = useAppStore((s) => s.dispatch);
  const calendarEdit = (patch: Partial<Calendar>): void => {
    dispatch({ type: 'updateCalendar', patch });
  };
  const financeEdit = (patch: Partial<Finance>): void => {
    dispatch({ type: 'updateFinance', patch });
  };
  return (
    <>
      <h4 className="fc-subhead">Working calendar</h4>
      <div className="fc-grid2">
        <NumberField
          label="Hours per day"
          value={calendar.hoursPerDay}
          unit="hours"
          {...fieldBounds('hoursPerDay')}
          onCommit={(hoursPerDay) => calendarEdit({ hoursPerDay })}
        />
        <NumberField
          label="Days per year"
          value={calendar.daysPerYear}
          unit="count"
          {...fieldBounds('daysPerYear')}
          onCommit={(daysPerYear) => calendarEdit({ daysPerYear })}
        />
      </div>
      <h4 className="fc-subhead">Finance</h4>
      <div className="fc-grid2">
        <NumberField
          label="Horizon"
          value={finance.horizonMonths}
          unit="months"
          {...fieldBounds('horizonMonths')}
          onCommit={(horizonMonths) => financeEdit({ horizonMonths })}
        />
        <NumberField
          label="Discount rate"
          value={finance.discountRateAnnual}
          unit="percent"
          {...fieldBounds('discountRateAnnual')}
          hint="Per year"
          onCommit={(discountRateAnnual) => financeEdit({ discountRateAnnual })}
        />
        <NumberField
          label="Volume growth"
          value={finance.volumeGrowthAnnual}
          unit="percent"
          {...fieldBounds('volumeGrowthAnnual')}
          hint="Per year"
          onCommit={(volumeGrowthAnnual) => financeEdit({ volumeGrowthAnnual })}
        />
      </div>
    </>
  );
}

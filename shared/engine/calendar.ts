/**
 * Working time. The engines count **working hours**; the project calendar turns them into
 * working days, weeks, months and years. A week is a 52nd and a month a 12th of the working
 * days in a year, so demand given per any period spreads evenly over working time.
 */
import type { Calendar, Demand } from '../model/schema';
import { assertNever } from '../util/assert-never';

/** Working hours in one period of the calendar. */
export function hoursPerPeriod(calendar: Calendar, period: Demand['period']): number {
  const daysPerYear = calendar.daysPerYear;
  switch (period) {
    case 'day':
      return calendar.hoursPerDay;
    case 'week':
      return (calendar.hoursPerDay * daysPerYear) / 52;
    case 'month':
      return (calendar.hoursPerDay * daysPerYear) / 12;
    case 'year':
      return calendar.hoursPerDay * daysPerYear;
    default:
      return assertNever(period);
  }
}

/** Cases arriving per working hour. */
export function arrivalsPerHour(calendar: Calendar, demand: Demand): number {
  return demand.casesPerPeriod / hoursPerPeriod(calendar, demand.period);
}

/** Working hours one person works in a month of the calendar. */
export function hoursPerMonth(calendar: Calendar): number {
  return hoursPerPeriod(calendar, 'month');
}

/**
 * The business case's volume: how many cases a month the comparison is about. One definition,
 * used by the cash flow and by the readiness rules that put money on a month (DESIGN.md
 * "Benefit in month m", README "The business case").
 *
 * The volume is the **current** map's demand: the same cases go through either process, and
 * the business case compares what they cost today with what they would cost in the target. A
 * target map's own `demand` field is not read for money.
 */
import { arrivalsPerHour, hoursPerMonth } from '../engine';
import type { Project } from '../model/schema';

/**
 * Cases a working month in the first month of the business case (before volume growth): the
 * current map's demand spread over the calendar's working hours.
 */
export function casesPerMonth(project: Project): number {
  return (
    arrivalsPerHour(project.calendar, project.maps.current.demand) * hoursPerMonth(project.calendar)
  );
}

/**
 * The event log of a simulation run, as `flowcase simulate --event-log` and the app's
 * "Event log" buttons both write it: the writer for the format, dated on the project's working
 * calendar from `startDate`, and (XES) named after the project and map with the run's seed.
 * One place, so the file the app downloads is the file the command line writes, byte for byte.
 *
 * The log is of the first replication only: replication 0 depends on the model, the plan's
 * settings and the seed, never on how many replications run after it (split-run.ts), so a run
 * of one replication with the same cases, seed and warm-up logs the same cases.
 */
import type { ProcessMap, Project } from '../model/schema';
import { csvEventLog } from './csv';
import type { TextSink } from './text-sink';
import { parseDate, workingClock } from './working-clock';
import type { EventLogWriter } from './writer';
import { xesEventLog } from './xes';

export type EventLogFormat = 'csv' | 'xes';

/** Where working hour 0 falls when no start date is given: a Monday, so runs are repeatable. */
export const DEFAULT_START_DATE = '2025-01-06';

export interface SimulatedLogOptions {
  readonly format: EventLogFormat;
  /** The first working day of the log, `YYYY-MM-DD`. */
  readonly startDate: string;
  /** The simulation's seed, recorded in the XES log's attributes. */
  readonly seed: number;
}

/**
 * A writer for the event log of a run of `map` (of `project`) to `sink`; its header is
 * written at once. Throws a RangeError when `startDate` is not a `YYYY-MM-DD` date.
 */
export function simulatedLogWriter(
  sink: TextSink,
  project: Project,
  map: ProcessMap,
  { format, startDate, seed }: SimulatedLogOptions,
): EventLogWriter {
  const startDay = parseDate(startDate);
  if (startDay === null)
    throw new RangeError(`The start date must be written YYYY-MM-DD (got "${startDate}").`);
  const clock = workingClock(project.calendar, startDay);
  return format === 'csv'
    ? csvEventLog(sink, clock)
    : xesEventLog(sink, clock, {
        logName: `${project.name} — ${map.name}`,
        attributes: [
          ['source', 'Flowcase simulation, replication 1'],
          ['seed', String(seed)],
          ['startDate', startDate],
        ],
      });
}

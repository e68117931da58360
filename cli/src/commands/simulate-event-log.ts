/**
 * `flowcase simulate --event-log OUT.csv|OUT.xes [--start-date YYYY-MM-DD]`: the first
 * replication's cases written as an event log while the simulation runs (shared/event-log).
 * The file is streamed: the simulation waits between chunks of events while the disk catches
 * up, so memory holds at most about a chunk's text, however many cases the log has. The file
 * is put in place only when complete (files.ts): a run that fails or is cancelled leaves the
 * path as it was.
 */
import type { ProcessMap, Project } from '../../../shared/model';
import {
  recordEventLog,
  type ReplicationObserver,
  type SimulationResult,
} from '../../../shared/engine';
import {
  DEFAULT_START_DATE,
  parseDate,
  simulatedLogWriter,
  type EventLogFormat,
  type EventLogWriter,
} from '../../../shared/event-log';
import type { CliIo, TextFile } from '../io';
import { UsageError } from '../options';
import { printable } from '../printable';

export { DEFAULT_START_DATE };

export interface EventLogRequest {
  path: string;
  format: EventLogFormat;
  startDate: string;
}

/** The event-log options, checked; undefined when no log is asked for. */
export function eventLogRequest(
  path: string | undefined,
  startDate: string | undefined,
): EventLogRequest | undefined {
  if (path === undefined) {
    if (startDate !== undefined) throw new UsageError('--start-date needs --event-log');
    return undefined;
  }
  const lower = path.toLowerCase();
  const format = lower.endsWith('.csv') ? 'csv' : lower.endsWith('.xes') ? 'xes' : undefined;
  if (format === undefined)
    throw new UsageError(
      `--event-log needs a file name ending in .csv or .xes (got "${printable(path)}")`,
    );
  const date = startDate ?? DEFAULT_START_DATE;
  if (parseDate(date) === null)
    throw new UsageError(
      `--start-date must be a date written YYYY-MM-DD, such as 2025-03-03 (got "${printable(date)}")`,
    );
  return { path, format, startDate: date };
}

/** An event log being written during one simulation. */
export interface EventLogRun {
  /** Pass as `SimulationOptions.observer`. */
  readonly observer: ReplicationObserver;
  /** Pass as `SimulationOptions.betweenChunks`: waits while the file catches up. */
  readonly betweenChunks: () => Promise<void>;
  /** After the run: finish the file and say what it holds, in one sentence. */
  finish(result: SimulationResult): Promise<string>;
  /** After a failure or a cancel: stop writing and leave the path as it was. */
  discard(): Promise<void>;
}

/** Open the log file of `request` and start recording `map` of `project`. */
export async function startEventLog(
  io: CliIo,
  request: EventLogRequest,
  project: Project,
  map: ProcessMap,
  options: { seed: number; replications: number; overwrite: boolean },
): Promise<EventLogRun> {
  const file: TextFile = await io.openText(request.path, options.overwrite);
  const writer: EventLogWriter = simulatedLogWriter(file, project, map, {
    format: request.format,
    startDate: request.startDate,
    seed: options.seed,
  });
  return {
    observer: recordEventLog(project, map, (logged) => writer.writeCase(logged)),
    betweenChunks: () => file.drained(),
    async finish(result) {
      writer.end();
      await file.close();
      const simulated = result.status !== 'refused' && result.status !== 'too-short';
      const what = request.format === 'csv' ? 'rows' : 'events';
      const where = printable(request.path);
      if (!simulated)
        return `wrote an empty event log to ${where}: the map was not simulated (see above)`;
      const missing = result.cases - writer.cases;
      return (
        `wrote the event log of replication 1 of ${options.replications} to ${where}: ` +
        `${writer.cases.toLocaleString('en-GB')} cases, ${writer.events.toLocaleString('en-GB')} ${what}, ` +
        `working time from ${request.startDate}` +
        (missing > 0
          ? `; ${missing.toLocaleString('en-GB')} cases never finished and are not in it`
          : '')
      );
    },
    discard: () => file.discard(),
  };
}

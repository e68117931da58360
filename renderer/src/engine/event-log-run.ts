/**
 * A simulation run's event log, written for the app as `flowcase simulate --event-log` writes
 * it: the same writer (shared/event-log `simulatedLogWriter`) fed by the same recorder while
 * replication 1 runs again with the run's cases, seed and warm-up. Only that replication is
 * run: the log is of replication 1, which depends on neither the replications after it nor the
 * thread it runs on (shared/engine split-run.ts), so the text is the CLI's byte for byte.
 *
 * Runs where `engine-api.ts` runs: in the engine worker, or on the main thread where no worker
 * starts. The text leaves in pieces through `sink` (about 64 K characters each) and the run
 * waits for `sink.drained()` between chunks of events, so however many cases the log holds,
 * at most about one chunk's text is in flight.
 */
import { recordEventLog, simulateAsync } from '../../../shared/engine';
import { simulatedLogWriter, type EventLogFormat } from '../../../shared/event-log';
import type { Project } from '../../../shared/model/schema';
import { mapOf } from './engine-api';

/** What to log: the run's options and the file's format and first working day. */
export interface EventLogRequest {
  /** Cases arriving in the replication, as the run had them. */
  readonly cases: number;
  readonly seed: number;
  /** Working hours of warm-up; undefined: chosen from the process, as in the run. */
  readonly warmupHours?: number;
  readonly format: EventLogFormat;
  /** The first working day, `YYYY-MM-DD`. */
  readonly startDate: string;
}

/** What the log holds, for a sentence about it. */
export interface EventLogSummary {
  /** Cases written. */
  readonly cases: number;
  /** Rows (CSV) or events (XES) written. */
  readonly events: number;
  /** Cases that arrived but never finished, so are not in the log. */
  readonly unfinished: number;
  /** False when the map was not simulated (refused, or too short to measure): an empty log. */
  readonly simulated: boolean;
}

/** Where the text goes: pieces in order, and a promise that the pieces so far were taken. */
export interface LogSink {
  write(text: string): void;
  drained(): Promise<void>;
}

/** Write the event log of map `mapId` of `project` for `request` to `sink`. */
export async function writeRunEventLog(
  project: Project,
  mapId: string,
  request: EventLogRequest,
  sink: LogSink,
  onShare?: (shareDone: number) => void,
  signal?: AbortSignal,
): Promise<EventLogSummary> {
  const map = mapOf(project, mapId);
  const writer = simulatedLogWriter(sink, project, map, request);
  const result = await simulateAsync(project, map, {
    cases: request.cases,
    replications: 1,
    seed: request.seed,
    ...(request.warmupHours === undefined ? {} : { warmupHours: request.warmupHours }),
    observer: recordEventLog(project, map, (logged) => writer.writeCase(logged)),
    betweenChunks: () => sink.drained(),
    ...(onShare === undefined ? {} : { onProgress: onShare }),
    ...(signal === undefined ? {} : { signal }),
  });
  writer.end();
  await sink.drained();
  const simulated = result.status !== 'refused' && result.status !== 'too-short';
  return {
    cases: writer.cases,
    events: writer.events,
    unfinished: simulated ? Math.max(0, result.cases - writer.cases) : 0,
    simulated,
  };
}

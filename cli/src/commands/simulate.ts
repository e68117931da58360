/**
 * `flowcase simulate FILE`: the discrete-event simulation of one map (or, with --analytic,
 * the flow model's figures in the same shape). A table for people by default, one JSON
 * object with --json. Invalid projects get the same errors as `validate` and exit 1.
 */
import { parseArgs } from 'node:util';
import { findByNameOrId, type ProcessMap, type Project } from '../../../shared/model';
import { computeFlowModel, simulateAsync, type SimulationResult } from '../../../shared/engine';
import { describeFsError, EXIT, type CliIo } from '../io';
import { printable, terminalJson } from '../printable';
import { startProgress } from '../progress';
import { simulateOnThreads, ThreadCrash } from '../simulate-threads';
import { decimal, UsageError, wholeNumber } from '../options';
import { loadProject } from './validate';
import { analyticReport, simulationReport, type SimulateReport } from './simulate-report';
import { formatReport } from './simulate-table';
import {
  DEFAULT_START_DATE,
  eventLogRequest,
  startEventLog,
  type EventLogRequest,
  type EventLogRun,
} from './simulate-event-log';

/** An error from the file system (it has a code such as ENOSPC), not from the simulation. */
const isFsError = (error: unknown): boolean =>
  typeof (error as { code?: unknown } | null)?.code === 'string';

export const SIMULATE_HELP = `Usage: flowcase simulate FILE [--map NAME] [--cases N] [--replications R]
                         [--seed S] [--warmup HOURS] [--workers N] [--analytic] [--json]
                         [--event-log OUT.csv|OUT.xes [--start-date YYYY-MM-DD] [--force]]

Simulate one process map of FILE case by case and report throughput, cycle time
(mean, p50, p90, p95 with 95 % confidence intervals), waiting per step, utilisation
per role and cost per case. Times are working hours.

--map NAME          the map to simulate, by name or id (default: the current map)
--cases N           cases arriving per replication (default 20000)
--replications R    independent runs for the confidence intervals (default 5)
--seed S            random seed; the same seed gives the same result (default 1)
--warmup HOURS      working hours left out before measuring (default: chosen from the
                    process, a few cycle times or the time its busiest queue needs to
                    settle; a run too short to measure says how many cases it needs)
--workers N         run the replications side by side on N threads (default: the
                    machine's cores; 1 runs them one after another in this process);
                    the result is the same whatever N is (with --event-log: one thread)
--analytic          print the flow model's figures instead (instant; cycle time is an estimate)
--json              print one JSON object instead of a table
--event-log OUT     also write the simulated event log of the FIRST replication, every
                    case's activities with start and end times, role and AI outcome, for
                    process-mining tools: CSV (one row per activity) or XES 2.0, by the
                    file's extension. Cases arriving in the warm-up are included and
                    marked (warm_up / warmUp = true); cases that never finish are left out.
--start-date DATE   the first working day of the log (default ${DEFAULT_START_DATE}): working
                    days run Monday to Friday (to Saturday, or every day, for calendars of
                    more than 261 or 313 days a year), from 09:00 for the calendar's hours
                    per day; times are written in UTC (+00:00)
--force             replace the event-log file if it exists`;

/** The map called `name` (id or name, any case); the current map when name is undefined. */
export function findMap(project: Project, name: string | undefined): ProcessMap | undefined {
  if (name === undefined) return project.maps.current;
  return findByNameOrId([project.maps.current, ...project.maps.targets], name);
}

export async function simulateCommand(io: CliIo, args: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      map: { type: 'string' },
      cases: { type: 'string' },
      replications: { type: 'string' },
      seed: { type: 'string' },
      warmup: { type: 'string' },
      workers: { type: 'string' },
      analytic: { type: 'boolean' },
      json: { type: 'boolean' },
      'event-log': { type: 'string' },
      'start-date': { type: 'string' },
      force: { type: 'boolean' },
    },
    allowPositionals: true,
  });
  let options;
  let workers: number;
  let logRequest: EventLogRequest | undefined;
  try {
    workers = wholeNumber(values.workers, '--workers', io.threads?.cores ?? 1, 1, 256);
    logRequest = eventLogRequest(values['event-log'], values['start-date']);
    if (logRequest !== undefined && values.analytic === true)
      throw new UsageError('--event-log needs a simulation: leave out --analytic');
    options = {
      cases: wholeNumber(values.cases, '--cases', 20_000, 1, 10_000_000),
      replications: wholeNumber(values.replications, '--replications', 5, 1, 100),
      seed: wholeNumber(values.seed, '--seed', 1, 0, 2 ** 31 - 1),
      warmupHours:
        values.warmup === undefined || values.warmup === 'auto'
          ? undefined
          : decimal(values.warmup, '--warmup', 0, 0, 1_000_000),
    };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`error: ${error.message}`);
    return EXIT.usage;
  }
  const file = positionals[0];
  if (positionals.length !== 1 || file === undefined) {
    io.err('error: simulate needs exactly one FILE\n');
    io.err(SIMULATE_HELP);
    return EXIT.usage;
  }
  const project = await loadProject(io, file);
  if (project === undefined) return EXIT.invalid;
  const map = findMap(project, values.map);
  if (map === undefined) {
    const names = [project.maps.current, ...project.maps.targets].map(
      (m) => `"${printable(m.name)}"`,
    );
    io.err(
      `error: ${printable(file)}: there is no map called "${printable(values.map ?? '')}"; the maps are ${names.join(', ')}`,
    );
    return EXIT.usage;
  }
  let report: SimulateReport;
  if (values.analytic) report = analyticReport(project, map, computeFlowModel(project, map));
  else {
    let log: EventLogRun | undefined;
    if (logRequest !== undefined)
      try {
        log = await startEventLog(io, logRequest, project, map, {
          seed: options.seed,
          replications: options.replications,
          overwrite: values.force === true,
        });
      } catch (error) {
        io.err(`error: ${printable(logRequest.path)}: ${printable(describeFsError(error))}`);
        return EXIT.invalid;
      }
    const progress = startProgress(io, `Simulating ${printable(map.name)}`);
    const run = {
      ...options,
      onProgress: (share: number) => progress.update(share),
      ...(io.signal === undefined ? {} : { signal: io.signal }),
    };
    // One thread's worth of replications gains nothing from a thread of its own; the event
    // log watches the first replication, so a logged run stays in this process.
    const threads = log === undefined ? Math.min(workers, options.replications) : 1;
    let result: SimulationResult;
    let logSummary: string | undefined;
    try {
      result =
        io.threads === undefined || threads <= 1
          ? await simulateAsync(project, map, {
              ...run,
              ...(log === undefined
                ? {}
                : { observer: log.observer, betweenChunks: log.betweenChunks }),
            })
          : await simulateOnThreads(project, map, run, threads, io.threads.start);
      if (log !== undefined) logSummary = await log.finish(result);
    } catch (error) {
      await log?.discard();
      if (error instanceof ThreadCrash) {
        io.err(
          `error: the simulation stopped: ${printable(error.message)}. Run it again; ` +
            'with --workers 1 it runs in this process instead.',
        );
        return EXIT.invalid;
      }
      if (log === undefined || !isFsError(error)) throw error;
      io.err(`error: ${printable(logRequest?.path ?? '')}: ${printable(describeFsError(error))}`);
      return EXIT.invalid;
    } finally {
      progress.done();
    }
    if (logSummary !== undefined) io.err(logSummary);
    report = simulationReport(project, map, result);
  }
  // The report quotes the file (project, map, role and step names, warnings).
  if (values.json) io.out(terminalJson(report));
  else for (const line of formatReport(project, report)) io.out(printable(line));
  return EXIT.ok;
}

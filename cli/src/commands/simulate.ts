/**
 * `flowcase simulate FILE`: the discrete-event simulation of one map (or, with --analytic,
 * the flow model's figures in the same shape). A table for people by default, one JSON
 * object with --json. Invalid projects get the same errors as `validate` and exit 1.
 */
import { parseArgs } from 'node:util';
import { findByNameOrId, type ProcessMap, type Project } from '../../../shared/model';
import { computeFlowModel, simulateAsync } from '../../../shared/engine';
import { EXIT, type CliIo } from '../io';
import { printable, terminalJson } from '../printable';
import { startProgress } from '../progress';
import { simulateOnThreads, ThreadCrash } from '../simulate-threads';
import { decimal, UsageError, wholeNumber } from '../options';
import { loadProject } from './validate';
import { analyticReport, simulationReport, type SimulateReport } from './simulate-report';
import { formatReport } from './simulate-table';

export const SIMULATE_HELP = `Usage: flowcase simulate FILE [--map NAME] [--cases N] [--replications R]
                         [--seed S] [--warmup HOURS] [--workers N] [--analytic] [--json]

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
                    the result is the same whatever N is
--analytic          print the flow model's figures instead (instant; cycle time is an estimate)
--json              print one JSON object instead of a table`;

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
    },
    allowPositionals: true,
  });
  let options;
  let workers: number;
  try {
    workers = wholeNumber(values.workers, '--workers', io.threads?.cores ?? 1, 1, 256);
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
    const progress = startProgress(io, `Simulating ${printable(map.name)}`);
    const run = {
      ...options,
      onProgress: (share: number) => progress.update(share),
      ...(io.signal === undefined ? {} : { signal: io.signal }),
    };
    // One thread's worth of replications gains nothing from a thread of its own.
    const threads = Math.min(workers, options.replications);
    try {
      const result =
        io.threads === undefined || threads <= 1
          ? await simulateAsync(project, map, run)
          : await simulateOnThreads(project, map, run, threads, io.threads.start);
      report = simulationReport(project, map, result);
    } catch (error) {
      if (!(error instanceof ThreadCrash)) throw error;
      io.err(
        `error: the simulation stopped: ${printable(error.message)}. Run it again; ` +
          'with --workers 1 it runs in this process instead.',
      );
      return EXIT.invalid;
    } finally {
      progress.done();
    }
  }
  // The report quotes the file (project, map, role and step names, warnings).
  if (values.json) io.out(terminalJson(report));
  else for (const line of formatReport(project, report)) io.out(printable(line));
  return EXIT.ok;
}

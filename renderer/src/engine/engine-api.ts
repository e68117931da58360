/**
 * What the app's engine worker (`sim-worker.ts`) does, written once for both places it runs:
 * in the worker, and on the main thread where no worker can start. Everything that crosses
 * to a worker is plain data (structured-cloned by postMessage).
 */
import {
  runReplication,
  compileSimulation,
  type ReplicationSummary,
  type SimModel,
  type SimulationPlan,
} from '../../../shared/engine';
import {
  businessCase,
  type BusinessCaseFigures,
  type BusinessCaseOptions,
} from '../../../shared/business-case';
import type { ProcessMap, Project } from '../../../shared/model/schema';
import { findTarget } from '../../../shared/roi';
import {
  writeRunEventLog,
  type EventLogRequest,
  type EventLogSummary,
  type LogSink,
} from './event-log-run';

export type { BusinessCaseOptions };

/** A target's business case with its uncertainty and readiness, as `flowcase roi` gives it. */
export type BusinessCase = BusinessCaseFigures;

/** The functions the engine worker exposes (through comlink). */
export interface EngineWorkerApi {
  /** Replication `index` of `plan` for map `mapId`; reports its share done (0..1). */
  runReplication(
    project: Project,
    mapId: string,
    plan: SimulationPlan,
    index: number,
    onShare: (shareDone: number) => void,
  ): ReplicationSummary;
  /** The business case of target `targetId` (the first target when undefined). */
  businessCase(
    project: Project,
    targetId: string | undefined,
    options: BusinessCaseOptions,
  ): BusinessCase;
  /**
   * The event log of map `mapId` for `request` (event-log-run.ts), its text handed to
   * `onText` in pieces; reports its share done (0..1).
   */
  eventLog(
    project: Project,
    mapId: string,
    request: EventLogRequest,
    onText: (text: string) => unknown,
    onShare: (shareDone: number) => void,
  ): Promise<EventLogSummary>;
}

/** The map `mapId` of `project` (the current map or a target); throws a sentence if none. */
export function mapOf(project: Project, mapId: string): ProcessMap {
  const map = [project.maps.current, ...project.maps.targets].find((m) => m.id === mapId);
  if (map === undefined) throw new Error(`The project has no map with the id "${mapId}".`);
  return map;
}

export function replicationOf(
  project: Project,
  mapId: string,
  plan: SimulationPlan,
  index: number,
  onShare: (shareDone: number) => void,
): ReplicationSummary {
  return runReplication(compiledMap(project, mapId), plan, index, onShare);
}

/** The map this thread compiled last, kept while a run's replications come in one by one. */
let compiled: {
  readonly mapId: string;
  readonly project: string;
  readonly model: SimModel;
} | null = null;

/**
 * Map `mapId` of `project` compiled, or the same compiled map as for the last call when the
 * project is the same (each call brings its own copy): the simulator then runs every
 * replication of a run on the same machinery, compiled and optimised once (replication.ts).
 */
function compiledMap(project: Project, mapId: string): SimModel {
  const text = JSON.stringify(project);
  if (compiled !== null && compiled.mapId === mapId && compiled.project === text)
    return compiled.model;
  const model = compileSimulation(project, mapOf(project, mapId));
  compiled = { mapId, project: text, model };
  return model;
}

/** The same parts `flowcase roi` runs, in the same order and with the same rules. */
export function businessCaseOf(
  project: Project,
  targetId: string | undefined,
  options: BusinessCaseOptions,
): BusinessCase {
  const target = findTarget(project, targetId);
  if (target === undefined) throw new Error(`The project has no target map "${targetId}".`);
  return businessCase(project, target, options);
}

/**
 * The event log of map `mapId` for `request`, its text handed to `onText` piece by piece.
 * When `onText` returns a promise (a call across to the page), the run waits for the pieces
 * so far between chunks of events, so the page never falls more than a chunk behind.
 */
export function eventLogOf(
  project: Project,
  mapId: string,
  request: EventLogRequest,
  onText: (text: string) => unknown,
  onShare: (shareDone: number) => void,
  signal?: AbortSignal,
): Promise<EventLogSummary> {
  const taken: unknown[] = [];
  const sink: LogSink = {
    write: (piece) => void taken.push(onText(piece)),
    drained: async () => {
      await Promise.all(taken.splice(0));
    },
  };
  return writeRunEventLog(project, mapId, request, sink, onShare, signal);
}

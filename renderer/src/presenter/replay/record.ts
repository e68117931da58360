/**
 * The cases presenter mode replays: a short seeded simulation of one map (no warm-up, so the
 * room sees the process fill from empty) with its event log recorded (shared/engine
 * `recordEventLog`). A few hundred cases take a few milliseconds, so it runs where it is asked.
 * A run this short measures nothing, so `simulate` would refuse it; the replay needs no
 * figures, only the cases, so it runs one replication directly after the same refusal check.
 */
import {
  compileSimulation,
  createReplication,
  planSimulation,
  recordEventLog,
  type LoggedCase,
} from '../../../../shared/engine';
import type { ProcessMap, Project } from '../../../../shared/model/schema';
import { buildTrace, type Trace } from './trace';

/** Cases replayed per map: enough for queues to build, few enough to follow by eye. */
export const REPLAY_CASES = 400;
export const REPLAY_SEED = 7;
const MAX_EVENTS_PER_CALL = 100_000;

/** The trace of `cases` simulated cases of `map`; empty when the map cannot be simulated. */
export function recordReplay(
  project: Project,
  map: ProcessMap,
  cases = REPLAY_CASES,
  seed = REPLAY_SEED,
): Trace {
  const logged: LoggedCase[] = [];
  const plan = planSimulation(project, map, { cases, replications: 1, seed, warmupHours: 0 });
  // A map the simulator refuses (no demand, cases that never finish) replays nothing.
  if (plan.refusal !== null) return buildTrace(map, []);
  const replication = createReplication(
    compileSimulation(project, map),
    { cases, warmupHours: 0, countFromHours: 0, windowEnd: 'last-arrival', seed },
    0,
    recordEventLog(project, map, (c) => logged.push(c)),
  );
  while (!replication.run(MAX_EVENTS_PER_CALL));
  return buildTrace(map, logged);
}

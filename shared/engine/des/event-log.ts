/**
 * Recording a simulated event log: an observer (observer.ts) that turns what one replication
 * does into cases with their activities, and hands each case on the moment it completes. It
 * holds only the cases in flight, so a log of a million cases never sits in memory; what
 * becomes of a case (CSV, XES) is the caller's business (shared/event-log).
 *
 * What a case holds, in the order its activities started (ties: the order they ended):
 * - the start step, as an instant at the arrival (so a process-mining tool measures the
 *   cycle time the simulator does, waiting for the first person included);
 * - each piece of work at a task: the step's name, its role, from the moment a person takes
 *   it (queueing is the gap before it) to the end of the work; a task without a role is the
 *   same with no resource;
 * - a task's wait after its work (a delay that holds nobody): "<step> (waiting)";
 * - an AI step's model run: the step's name, no resource, with its outcome: `accepted`, or
 *   `reviewed` when the result fell below the threshold; then the review by the review role,
 *   "<step> (review)" with outcome `reviewed`, or "<step> (QA review)" with outcome
 *   `accepted` for an accepted result drawn for a QA sample;
 * - when the service is down, the manual fallback: "<step> (fallback)", by the fallback role
 *   (none when the step has no fallback role), outcome `fallback`;
 * - each end step reached, as an instant.
 * Decisions and parallel splits and joins take no time and are not activities.
 *
 * Cases are numbered 1, 2, ... in arrival order and handed on in the order they complete.
 * A case that never completes (a role with nobody in it) is never handed on.
 */
import type { ProcessMap, Project, StepKind } from '../../model/schema';
import {
  ACT_FALLBACK_DELAY,
  ACT_FALLBACK_WORK,
  ACT_LATENCY,
  ACT_REVIEW,
  ACT_WAIT,
  ACT_WORK,
  OUTCOME_ACCEPTED,
  OUTCOME_QA_SAMPLED,
  OUTCOME_REVIEWED,
  type ReplicationObserver,
} from './observer';

/** What happened at an AI step: auto-accepted, reviewed by a person, or done by hand while the service was down. */
export type AiOutcome = 'accepted' | 'reviewed' | 'fallback';

export interface LoggedActivity {
  /** The step's name, with " (waiting)", " (review)", " (QA review)" or " (fallback)" for the parts of a step. */
  readonly activity: string;
  readonly stepId: string;
  /** `start` and `end` steps are instants (start = end): the arrival and each end reached. */
  readonly stepKind: StepKind;
  /** Working hours from the start of the run. */
  readonly startHours: number;
  readonly endHours: number;
  /** The role that did the work; null when no person did (a model run, a wait, a step without a role). */
  readonly role: string | null;
  /** AI steps only; null elsewhere. */
  aiOutcome: AiOutcome | null;
}

export interface LoggedCase {
  /** 1-based arrival order. */
  readonly caseNumber: number;
  /** Arrived before the warm-up ended, so the simulation's figures leave it out. */
  readonly warmUp: boolean;
  /** Working hours from the start of the run. */
  readonly arrivalHours: number;
  readonly completionHours: number;
  /** In the order they started (module header). */
  readonly activities: readonly LoggedActivity[];
}

interface OpenCase {
  caseNumber: number;
  warmUp: boolean;
  arrivalHours: number;
  activities: LoggedActivity[];
}

/** A model run's outcome in the log, by `OUTCOME_` code: a QA sample was accepted all the same. */
const OUTCOME: Readonly<Record<number, AiOutcome>> = {
  [OUTCOME_ACCEPTED]: 'accepted',
  [OUTCOME_REVIEWED]: 'reviewed',
  [OUTCOME_QA_SAMPLED]: 'accepted',
};

/**
 * An observer that records `map` (of `project`) case by case and calls `onCase` with each
 * case as it completes. Pass it as `SimulationOptions.observer`.
 */
export function recordEventLog(
  project: Project,
  map: ProcessMap,
  onCase: (logged: LoggedCase) => void,
): ReplicationObserver {
  const roleName = new Map(project.roles.map((role) => [role.id, role.name]));
  const role = (id: string | null): string | null =>
    id === null ? null : (roleName.get(id) ?? null);
  // Per step and activity code: its name and role in the log.
  const names: string[][] = [];
  const roles: (string | null)[][] = [];
  for (const step of map.steps) {
    const work = step.kind === 'task' ? role(step.roleId) : null;
    const review = step.kind === 'ai' ? role(step.reviewRoleId) : null;
    const fallback = step.kind === 'ai' ? role(step.fallbackRoleId) : null;
    names.push([
      step.name,
      `${step.name} (waiting)`,
      step.name,
      `${step.name} (review)`,
      `${step.name} (fallback)`,
      `${step.name} (fallback)`,
    ]);
    roles.push([work, null, null, review, fallback, null]);
  }
  const stepIds = map.steps.map((step) => step.id);
  const kinds = map.steps.map((step) => step.kind);
  const startStep = map.steps.findIndex((step) => step.kind === 'start');
  const open: (OpenCase | undefined)[] = [];
  // Per token: when its activity started, its last model run (for the outcome), the outcome.
  let startedAt = new Float64Array(64);
  const lastRun: (LoggedActivity | undefined)[] = [];
  const outcomeOf: number[] = [];

  const instant = (c: OpenCase, s: number, t: number): void => {
    c.activities.push({
      activity: map.steps[s]?.name ?? '',
      stepId: stepIds[s] ?? '',
      stepKind: kinds[s] ?? 'end',
      startHours: t,
      endHours: t,
      role: null,
      aiOutcome: null,
    });
  };

  return {
    arrived(caseSlot, index, counted, t) {
      const c: OpenCase = {
        caseNumber: index + 1,
        warmUp: !counted,
        arrivalHours: t,
        activities: [],
      };
      open[caseSlot] = c;
      if (startStep >= 0) instant(c, startStep, t);
    },
    started(token, _caseSlot, _step, _act, t) {
      if (token >= startedAt.length) {
        const grown = new Float64Array(Math.max(token + 1, startedAt.length * 2));
        grown.set(startedAt);
        startedAt = grown;
      }
      startedAt[token] = t;
    },
    ended(token, caseSlot, step, act, t) {
      const c = open[caseSlot];
      if (c === undefined) return;
      const qa = act === ACT_REVIEW && outcomeOf[token] === OUTCOME_QA_SAMPLED;
      const name = names[step]?.[act] ?? '';
      const activity: LoggedActivity = {
        activity: qa ? `${map.steps[step]?.name ?? ''} (QA review)` : name,
        stepId: stepIds[step] ?? '',
        stepKind: kinds[step] ?? 'task',
        startHours: startedAt[token] as number,
        endHours: t,
        role: roles[step]?.[act] ?? null,
        aiOutcome: aiOutcomeOf(act, outcomeOf[token]),
      };
      c.activities.push(activity);
      if (act === ACT_LATENCY) lastRun[token] = activity;
    },
    decided(token, outcome) {
      outcomeOf[token] = outcome;
      const run = lastRun[token];
      if (run !== undefined) run.aiOutcome = OUTCOME[outcome] ?? null;
      lastRun[token] = undefined;
    },
    reachedEnd(caseSlot, step, t) {
      const c = open[caseSlot];
      if (c !== undefined) instant(c, step, t);
    },
    finished(caseSlot, t) {
      const c = open[caseSlot];
      if (c === undefined) return;
      open[caseSlot] = undefined;
      // Stable: activities that started together keep the order they ended in.
      c.activities.sort((a, b) => a.startHours - b.startHours);
      onCase({ ...c, completionHours: t });
    },
  };
}

/** The outcome an activity of kind `act` carries, given its token's last model-run outcome. */
function aiOutcomeOf(act: number, outcome: number | undefined): AiOutcome | null {
  switch (act) {
    case ACT_LATENCY:
      return null; // filled in by `decided`, which follows at once
    case ACT_REVIEW:
      return outcome === OUTCOME_REVIEWED ? 'reviewed' : 'accepted';
    case ACT_FALLBACK_WORK:
    case ACT_FALLBACK_DELAY:
      return 'fallback';
    case ACT_WORK:
    case ACT_WAIT:
    default:
      return null;
  }
}

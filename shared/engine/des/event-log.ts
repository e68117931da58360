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

/**
 * What an activity is, apart from when: one of the few kinds a map's steps give (a step's
 * work, its wait, a model run with each outcome, a review, a fallback, an instant). The
 * recorder makes each once and every activity of that kind shares it, so a writer can
 * prepare its text once per kind (keyed by identity) instead of once per row.
 */
export interface ActivityKind {
  /** The step's name, with " (waiting)", " (review)", " (QA review)" or " (fallback)" for the parts of a step. */
  readonly activity: string;
  readonly stepId: string;
  /** `start` and `end` steps are instants (start = end): the arrival and each end reached. */
  readonly stepKind: StepKind;
  /** The role that did the work; null when no person did (a model run, a wait, a step without a role). */
  readonly role: string | null;
  /** AI steps only; null elsewhere. */
  readonly aiOutcome: AiOutcome | null;
}

export interface LoggedActivity {
  readonly kind: ActivityKind;
  /** Working hours from the start of the run. */
  readonly startHours: number;
  readonly endHours: number;
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
  completionHours: number;
  activities: LoggedActivity[];
}

/** The kinds of activity one step gives, by activity code and, for a model run, outcome. */
interface StepKinds {
  /** By `ACT_` code; a review is the one below the threshold. */
  readonly byAct: readonly (ActivityKind | null)[];
  /** A model run, by `OUTCOME_` code. */
  readonly run: readonly ActivityKind[];
  /** A review of a QA sample. */
  readonly qaReview: ActivityKind;
  /** The start or end step itself. */
  readonly instant: ActivityKind;
}

function kindsOf(project: Project, map: ProcessMap): StepKinds[] {
  const roleName = new Map(project.roles.map((role) => [role.id, role.name]));
  const role = (id: string | null): string | null =>
    id === null ? null : (roleName.get(id) ?? null);
  return map.steps.map((step) => {
    const kind = (suffix: string, who: string | null, aiOutcome: AiOutcome | null) => ({
      activity: `${step.name}${suffix}`,
      stepId: step.id,
      stepKind: step.kind,
      role: who,
      aiOutcome,
    });
    const work = step.kind === 'task' ? role(step.roleId) : null;
    const review = step.kind === 'ai' ? role(step.reviewRoleId) : null;
    const fallback = step.kind === 'ai' ? role(step.fallbackRoleId) : null;
    const accepted = kind('', null, 'accepted');
    const byAct: (ActivityKind | null)[] = [];
    byAct[ACT_WORK] = kind('', work, null);
    byAct[ACT_WAIT] = kind(' (waiting)', null, null);
    byAct[ACT_LATENCY] = null; // by outcome, below
    byAct[ACT_REVIEW] = kind(' (review)', review, 'reviewed');
    byAct[ACT_FALLBACK_WORK] = kind(' (fallback)', fallback, 'fallback');
    byAct[ACT_FALLBACK_DELAY] = kind(' (fallback)', null, 'fallback');
    const run: ActivityKind[] = [];
    run[OUTCOME_ACCEPTED] = accepted;
    run[OUTCOME_REVIEWED] = kind('', null, 'reviewed');
    // A QA sample was accepted all the same.
    run[OUTCOME_QA_SAMPLED] = accepted;
    return {
      byAct,
      run,
      qaReview: kind(' (QA review)', review, 'accepted'),
      instant: kind('', null, null),
    };
  });
}

/**
 * An observer that records `map` (of `project`) case by case and calls `onCase` with each
 * case as it completes. Pass it as `SimulationOptions.observer`.
 */
export function recordEventLog(
  project: Project,
  map: ProcessMap,
  onCase: (logged: LoggedCase) => void,
): ReplicationObserver {
  const kinds = kindsOf(project, map);
  const startStep = map.steps.findIndex((step) => step.kind === 'start');
  const open: (OpenCase | undefined)[] = [];
  // Per token: when its activity started; for a model run that just ended, its case, step,
  // start and end until `decided` names the outcome; the last outcome (for the review).
  let startedAt = new Float64Array(64);
  let outcomeOf = new Int8Array(64);
  let runCase: OpenCase | undefined;
  let runStep = 0;
  let runStart = 0;
  let runEnd = 0;

  /** Add `activity` to `c`, keeping start order (ties: the order they came). */
  const add = (c: OpenCase, activity: LoggedActivity): void => {
    const list = c.activities;
    let i = list.length;
    while (i > 0 && (list[i - 1] as LoggedActivity).startHours > activity.startHours) i--;
    if (i === list.length) list.push(activity);
    else list.splice(i, 0, activity);
  };

  return {
    arrived(caseSlot, index, counted, t) {
      const c: OpenCase = {
        caseNumber: index + 1,
        warmUp: !counted,
        arrivalHours: t,
        completionHours: t,
        activities: [],
      };
      open[caseSlot] = c;
      const kind = kinds[startStep]?.instant;
      if (kind !== undefined) c.activities.push({ kind, startHours: t, endHours: t });
    },
    started(token, _caseSlot, _step, _act, t) {
      if (token >= startedAt.length) {
        const size = Math.max(token + 1, startedAt.length * 2);
        const times = new Float64Array(size);
        times.set(startedAt);
        startedAt = times;
        const outcomes = new Int8Array(size);
        outcomes.set(outcomeOf);
        outcomeOf = outcomes;
      }
      startedAt[token] = t;
    },
    ended(token, caseSlot, step, act, t) {
      const c = open[caseSlot];
      if (c === undefined) return;
      const startHours = startedAt[token] as number;
      if (act === ACT_LATENCY) {
        // The outcome is drawn next, in `decided`.
        runCase = c;
        runStep = step;
        runStart = startHours;
        runEnd = t;
        return;
      }
      const stepKinds = kinds[step] as StepKinds;
      const kind =
        act === ACT_REVIEW && outcomeOf[token] === OUTCOME_QA_SAMPLED
          ? stepKinds.qaReview
          : stepKinds.byAct[act];
      if (kind !== null && kind !== undefined) add(c, { kind, startHours, endHours: t });
    },
    decided(token, outcome) {
      outcomeOf[token] = outcome;
      const kind = kinds[runStep]?.run[outcome];
      if (runCase !== undefined && kind !== undefined)
        add(runCase, { kind, startHours: runStart, endHours: runEnd });
      runCase = undefined;
    },
    reachedEnd(caseSlot, step, t) {
      const c = open[caseSlot];
      const kind = kinds[step]?.instant;
      if (c !== undefined && kind !== undefined) add(c, { kind, startHours: t, endHours: t });
    },
    finished(caseSlot, t) {
      const c = open[caseSlot];
      if (c === undefined) return;
      open[caseSlot] = undefined;
      c.completionHours = t;
      onCase(c);
    },
  };
}

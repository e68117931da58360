/**
 * Small Flowcase projects that are classic queueing models, for the tests that check the
 * simulator against results known from queueing theory (and the flow model against the same).
 * Each builder returns a fresh, valid project and its one map (the project's current map).
 *
 * Conventions shared by every model here: the calendar is 8 working hours a day and 250 days
 * a year, demand is given per day, so λ cases per working hour is `casesPerPeriod = 8 λ`.
 * Durations are in minutes, as everywhere in Flowcase; rates in the comments are per hour.
 * Test-only: nothing in the app imports this file.
 */
import type { Distribution } from '../../model/distribution';
import type { AiStep, Flow, ProcessMap, Project, Role, Step } from '../../model/schema';
import {
  ai,
  branch,
  chain,
  end,
  exponential,
  fixed,
  flow,
  parallelJoin,
  parallelSplit,
  start,
  task,
  decision,
} from '../../samples/build-helpers';

export interface QueueModel {
  readonly project: Project;
  readonly map: ProcessMap;
}

/** Working hours in one day of every model's calendar. */
export const HOURS_PER_DAY = 8;

/** A role (one pool, one FIFO queue) with `headcount` servers. */
export function pool(id: string, headcount: number, costPerHour = 0): Role {
  return { id, name: id, headcount, costPerHour };
}

/** A valid project whose current map is `Start -> steps... -> End` as given by `flows`. */
export function queueProject(input: {
  name: string;
  arrivalsPerHour: number;
  roles: Role[];
  steps: Step[];
  flows: Flow[];
  arrivals?: 'poisson' | 'regular';
}): QueueModel {
  const map: ProcessMap = {
    id: 'model',
    name: input.name,
    description: '',
    demand: {
      casesPerPeriod: input.arrivalsPerHour * HOURS_PER_DAY,
      period: 'day',
      arrivals: input.arrivals ?? 'poisson',
    },
    steps: input.steps,
    flows: input.flows,
  };
  const project: Project = {
    schemaVersion: 1,
    name: input.name,
    description: '',
    currency: 'EUR',
    calendar: { hoursPerDay: HOURS_PER_DAY, daysPerYear: 250 },
    roles: input.roles,
    systems: [],
    maps: { current: map, targets: [] },
    finance: { horizonMonths: 36, discountRateAnnual: 0.08, volumeGrowthAnnual: 0 },
    ranges: [],
    formulas: [],
  };
  return { project, map };
}

/**
 * One station: Start -> Work (role `station`, `servers` people, the given handling time)
 * -> End, Poisson arrivals at `arrivalsPerHour`.
 */
export function singleStation(input: {
  name: string;
  arrivalsPerHour: number;
  servers: number;
  handlingMinutes: Distribution;
}): QueueModel {
  return queueProject({
    name: input.name,
    arrivalsPerHour: input.arrivalsPerHour,
    roles: [pool('station', input.servers, 60)],
    steps: [
      start('start', 'Arrive', [0, 1]),
      task({
        id: 'work',
        name: 'Work',
        cell: [1, 1],
        roleId: 'station',
        handlingMinutes: input.handlingMinutes,
      }),
      end('end', 'Done', [2, 1]),
    ],
    flows: chain('start', 'work', 'end'),
  });
}

/** M/M/1 with λ = 0.8/h and μ = 1/h (mean handling 60 min): ρ = 0.8. */
export function mm1Model(): QueueModel {
  return singleStation({
    name: 'M/M/1',
    arrivalsPerHour: 0.8,
    servers: 1,
    handlingMinutes: exponential(60),
  });
}

/**
 * M/M/5 with λ = 1/12 per s = 300/h and μ = 1/48 per s (mean handling 48 s = 0.8 min):
 * offered load a = λ/μ = 4, ρ = 0.8.
 */
export function mm5Model(): QueueModel {
  return singleStation({
    name: 'M/M/5',
    arrivalsPerHour: 300,
    servers: 5,
    handlingMinutes: exponential(0.8),
  });
}

/** M/G/1 with λ = 0.8/h and the given handling time (mean 60 min in the tests: ρ = 0.8). */
export function mg1Model(handlingMinutes: Distribution): QueueModel {
  return singleStation({ name: 'M/G/1', arrivalsPerHour: 0.8, servers: 1, handlingMinutes });
}

/**
 * An open Jackson network with a rework loop, λ = 0.5/h:
 *
 *   Start -> Prepare (1 person, exp 48 min) -> Check (2 people, exp 115.2 min)
 *         -> OK? --20 %--> back to Prepare
 *               --80 %--> Finish (1 person, exp 60 min, then a 30-min wait holding nobody)
 *         -> End
 *
 * Prepare and Check are each visited 1/(1 - 0.2) = 1.25 times per case.
 */
export function jacksonReworkModel(): QueueModel {
  return queueProject({
    name: 'Jackson network with rework',
    arrivalsPerHour: 0.5,
    roles: [pool('preparer', 1, 40), pool('checker', 2, 50), pool('finisher', 1, 30)],
    steps: [
      start('start', 'Arrive', [0, 1]),
      task({
        id: 'prepare',
        name: 'Prepare',
        cell: [1, 1],
        roleId: 'preparer',
        handlingMinutes: exponential(48),
      }),
      task({
        id: 'check',
        name: 'Check',
        cell: [2, 1],
        roleId: 'checker',
        handlingMinutes: exponential(115.2),
      }),
      decision('ok', 'OK?', [3, 1]),
      task({
        id: 'finish',
        name: 'Finish',
        cell: [4, 1],
        roleId: 'finisher',
        handlingMinutes: exponential(60),
        waitMinutes: fixed(30),
      }),
      end('end', 'Done', [5, 1]),
    ],
    flows: [
      ...chain('start', 'prepare', 'check', 'ok'),
      branch('ok', 'prepare', 0.2, 'rework'),
      branch('ok', 'finish', 0.8, 'ok'),
      flow('finish', 'end'),
    ],
  });
}

/** The AI step of `aiReviewModel`, for tests that derive its shares. */
export const AI_REVIEW_STEP: Omit<AiStep, 'position'> = {
  id: 'ai',
  name: 'AI extract',
  kind: 'ai',
  notes: '',
  systemIds: [],
  ownerRoleId: 'reviewer',
  availability: 0.8,
  latencyMinutes: fixed(1),
  costPerCase: 0.05,
  automationRate: 0.75,
  reviewRoleId: 'reviewer',
  reviewMinutes: exponential(45),
  qaSampleRate: 0.2,
  escapedErrorRate: 0.02,
  costPerEscapedError: 100,
  fallbackRoleId: 'clerk',
  fallbackMinutes: exponential(48),
  driftPerMonth: 0,
  operatingPoints: [],
};

/**
 * Start -> AI step -> End with λ = 10/h. The AI service is up 80 % of the time; when it is
 * down the clerk pool (2 people, exp 48 min) does the work; otherwise the model takes a fixed
 * minute, 75 % is auto-accepted, 20 % of those is QA-sampled, and the reviewed cases go to
 * the reviewer pool (3 people, exp 45 min). Reviewer 40/h, clerk 30/h.
 */
export function aiReviewModel(): QueueModel {
  return queueProject({
    name: 'AI step with review',
    arrivalsPerHour: 10,
    roles: [pool('reviewer', 3, 40), pool('clerk', 2, 30)],
    steps: [
      start('start', 'Arrive', [0, 1]),
      ai({ ...AI_REVIEW_STEP, cell: [1, 1] }),
      end('end', 'Done', [2, 1]),
    ],
    flows: chain('start', 'ai', 'end'),
  });
}

/**
 * Start -> [Prepare] -> split -> Left | Right -> join -> End, λ = 1/h, where each branch has
 * its own pool of 50 people, so (with at most a few cases in a branch at once) nobody ever
 * queues in a branch. `prepareMinutes`, when given, adds an M/M/1 station (1 person) before
 * the split. Right has an optional wait that holds nobody.
 */
export function forkJoinModel(input: {
  left: Distribution;
  right: Distribution;
  rightWait?: Distribution;
  prepareMinutes?: Distribution;
}): QueueModel {
  const steps: Step[] = [start('start', 'Arrive', [0, 1])];
  const roles: Role[] = [pool('left-team', 50, 20), pool('right-team', 50, 30)];
  const head: string[] = ['start'];
  if (input.prepareMinutes !== undefined) {
    roles.push(pool('preparer', 1, 40));
    steps.push(
      task({
        id: 'prepare',
        name: 'Prepare',
        cell: [1, 1],
        roleId: 'preparer',
        handlingMinutes: input.prepareMinutes,
      }),
    );
    head.push('prepare');
  }
  steps.push(
    parallelSplit('split', 'Split', [2, 1]),
    task({
      id: 'left',
      name: 'Left',
      cell: [3, 0],
      roleId: 'left-team',
      handlingMinutes: input.left,
    }),
    task({
      id: 'right',
      name: 'Right',
      cell: [3, 2],
      roleId: 'right-team',
      handlingMinutes: input.right,
      waitMinutes: input.rightWait ?? null,
    }),
    parallelJoin('join', 'Join', [4, 1]),
    end('end', 'Done', [5, 1]),
  );
  return queueProject({
    name: 'Fork and join',
    arrivalsPerHour: 1,
    roles,
    steps,
    flows: [
      ...chain(...head, 'split'),
      flow('split', 'left'),
      flow('split', 'right'),
      flow('left', 'join'),
      flow('right', 'join'),
      flow('join', 'end'),
    ],
  });
}

/**
 * Start -> Work (one role `clerk` of `fte` people at 40 an hour, the given handling time,
 * exponential 60 min by default) -> End, at `perHour` cases an hour (Poisson).
 */
export function oneClerkModel(
  fte: number,
  perHour: number,
  handlingMinutes: Distribution = exponential(60),
): QueueModel {
  return queueProject({
    name: 'one clerk',
    arrivalsPerHour: perHour,
    roles: [pool('clerk', fte, 40)],
    steps: [
      start('start', 'Arrive', [0, 1]),
      task({ id: 'work', name: 'Work', cell: [1, 1], roleId: 'clerk', handlingMinutes }),
      end('end', 'Done', [2, 1]),
    ],
    flows: chain('start', 'work', 'end'),
  });
}

/**
 * Start -> Fix invoice (3 clerks, a fixed minute) -> Correct now? -(back)-> Fix invoice,
 * -(out)-> End, at half a case an hour; `out` defaults to 1 − back.
 */
export function reworkLoopModel(back: number, out = 1 - back): QueueModel {
  return queueProject({
    name: 'rework',
    arrivalsPerHour: 0.5,
    roles: [pool('clerk', 3, 40)],
    steps: [
      start('start', 'Arrive', [0, 1]),
      task({
        id: 'work',
        name: 'Fix invoice',
        cell: [1, 1],
        roleId: 'clerk',
        handlingMinutes: fixed(1),
      }),
      decision('check', 'Correct now?', [2, 1]),
      end('end', 'Done', [3, 1]),
    ],
    flows: [
      ...chain('start', 'work', 'check'),
      branch('check', 'work', back, 'no'),
      branch('check', 'end', out, 'yes'),
    ],
  });
}

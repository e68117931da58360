/**
 * One replication of the discrete-event simulation, runnable in chunks of events. It owns
 * the event loop and the semantics of every step kind (see index.ts and DESIGN.md "The AI
 * step"); it promises identical results for the same (model, settings, replication) however
 * the run is chunked, no allocation per event, and memory that grows only with the cases
 * in flight. An observer (observer.ts), when given, is told each arrival, activity and
 * completion; it draws no random number and changes nothing, and without one each hook
 * costs a single null test.
 *
 * Clock: working hours. Arrival i (0-based) happens at the i-th arrival time, the first at 0;
 * cases arriving before the warm-up (`warmupHours`, see run-plan.ts) are not counted. The
 * measurement window runs from the first counted arrival to the last arrival: time averages
 * and throughput use it.
 */
import {
  K_AI,
  K_DECISION,
  K_END,
  K_JOIN,
  K_SPLIT,
  K_START,
  K_TASK,
  SLOTS_PER_STEP,
  type SimModel,
} from './compile';
import { EventHeap } from './event-heap';
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
import { cycleBinOf } from './cycle-bins';
import { LogHistogram } from './histogram';
import { IntQueue } from './int-queue';
import { nextUniform, seedStreams, STREAM_WORDS } from '../../random';
import { sampleHours } from './sampling';
import { CaseSlots, TokenSlots } from './slots';
import {
  emptyTotals,
  resetTotals,
  summarise,
  type Replication,
  type ReplicationSettings,
  type ReplicationSummary,
  type Totals,
  WINDOW_END,
  WINDOW_START,
} from './totals';

export type { Replication, ReplicationSettings } from './totals';

// SLOT maps each activity code (observer.ts) to its duration slot in the model.
const SLOT = Int8Array.of(0, 1, 0, 1, 2, 2);
const ARRIVAL = -1;
/** The end of the warm-up: the measurement window opens. */
const WARMUP_END = -2;

/** A replication's machinery, made once per compiled map and run again for each replication. */
interface Machine {
  /** A replication is running on it (started, not yet finished). */
  busy: boolean;
  start(
    settings: ReplicationSettings,
    replication: number,
    observer: ReplicationObserver | null,
  ): Replication;
}

/**
 * The machine of each compiled map: the functions of the event loop are made once and every
 * replication of the map runs on them with its state reset. Closures made afresh for each
 * replication are new call targets: V8 then threw away the optimised event loop (which had
 * them inlined) at every replication and compiled it again, and the loop lost the constants it
 * had been specialised to. Same numbers either way.
 */
const machines = new WeakMap<SimModel, Machine>();

/**
 * Start replication number `replication` (0-based) of `model`; `observer`, when given, is
 * told what happens (observer.ts) and changes nothing. The replication before it on the same
 * `model` must have finished (or be abandoned): its summary is read before this starts. One
 * started while another of the same model still runs gets a machine of its own.
 */
export function createReplication(
  model: SimModel,
  settings: ReplicationSettings,
  replication: number,
  observer: ReplicationObserver | null = null,
): Replication {
  let machine = machines.get(model);
  if (machine === undefined) {
    machine = createMachine(model);
    machines.set(model, machine);
  } else if (machine.busy) machine = createMachine(model);
  return machine.start(settings, replication, observer);
}

function createMachine(model: SimModel): Machine {
  const { kind, next, edgeStart, edgeTo, edgeCumulative, pool, fallbackPool, joinIndex } = model;
  const { inDegree, hasWait, costPerVisit, errorRate, costPerError, availability } = model;
  const { automationRate, qaSampleRate, durations, servers, pace, costPerHour, joinCount } = model;
  const gap = 1 / model.arrivalsPerHour;
  const rs = new Int32Array(model.streamCount * STREAM_WORDS);
  const heap = new EventHeap();
  const tokens = new TokenSlots();
  const slots = new CaseSlots(joinCount);
  const queues = Array.from({ length: model.poolCount }, () => new IntQueue());
  const busy = new Int32Array(model.poolCount);
  const lastChange = new Float64Array(model.poolCount);
  const totals: Totals = emptyTotals(model);
  const { busyArea, queueArea, poolWait, poolWaitCount, stepVisits, stepWait, cycleBins } = totals;
  const cycle = new LogHistogram();
  // Branches forked at parallel splits, waiting to be moved on (first in, first out).
  const forkedTokens = new IntQueue();
  const forkedSteps = new IntQueue();
  // The replication's own settings and counters, set by `start`.
  let cases = 0;
  let countFrom = 0;
  let untilLastArrival = false;
  let observer: ReplicationObserver | null = null;
  let arrived = 0;
  let wip = 0;
  let wipLast = 0;
  let events = 0;
  let windowOpen = false;
  let windowClosed = false;
  let lastEvent = 0;
  let generation = 0;

  const durationStream = (s: number): number => (1 + 2 * s) * STREAM_WORDS;
  const choiceStream = (s: number): number => (2 + 2 * s) * STREAM_WORDS;

  function touch(p: number, t: number): void {
    const dt = t - (lastChange[p] as number);
    busyArea[p] = (busyArea[p] as number) + (busy[p] as number) * dt;
    queueArea[p] = (queueArea[p] as number) + (queues[p] as IntQueue).size * dt;
    lastChange[p] = t;
  }

  function touchWip(t: number): void {
    totals.wipArea += wip * (t - wipLast);
    wipLast = t;
  }

  /** Work of `hours` hands-on hours, done at the pool's pace (fractional headcount). */
  function startService(token: number, p: number, t: number, wait: number): void {
    const s = tokens.step[token] as number;
    const slot = s * SLOTS_PER_STEP + (SLOT[tokens.act[token] as number] as number);
    const hours = sampleHours(durations, slot, rs, durationStream(s));
    if (observer !== null)
      observer.started(token, tokens.caseOf[token] as number, s, tokens.act[token] as number, t);
    if (slots.counted[tokens.caseOf[token] as number] === 1) {
      totals.labour += hours * (costPerHour[p] as number);
      stepWait[s] = (stepWait[s] as number) + wait;
      poolWait[p] = (poolWait[p] as number) + wait;
      poolWaitCount[p] = (poolWaitCount[p] as number) + 1;
    }
    heap.push(t + hours * (pace[p] as number), token);
  }

  function request(token: number, s: number, act: number, p: number, t: number): void {
    tokens.step[token] = s;
    tokens.act[token] = act;
    touch(p, t);
    if ((busy[p] as number) < (servers[p] as number)) {
      busy[p] = (busy[p] as number) + 1;
      startService(token, p, t, 0);
    } else {
      tokens.since[token] = t;
      (queues[p] as IntQueue).push(token);
    }
  }

  function release(p: number, t: number): void {
    touch(p, t);
    const queue = queues[p] as IntQueue;
    if (queue.size > 0) {
      const token = queue.shift();
      startService(token, p, t, t - (tokens.since[token] as number));
    } else busy[p] = (busy[p] as number) - 1;
  }

  function delay(token: number, s: number, act: number, t: number): void {
    tokens.step[token] = s;
    tokens.act[token] = act;
    const slot = s * SLOTS_PER_STEP + (SLOT[act] as number);
    if (observer !== null) observer.started(token, tokens.caseOf[token] as number, s, act, t);
    heap.push(t + sampleHours(durations, slot, rs, durationStream(s)), token);
  }

  function finishToken(token: number, c: number, t: number): void {
    tokens.release(token);
    const live = (slots.live[c] as number) - 1;
    slots.live[c] = live;
    if (live > 0) return;
    touchWip(t);
    wip--;
    totals.finished++;
    if (observer !== null) observer.finished(c, t);
    if (windowOpen) totals.completionsInWindow++;
    if (slots.counted[c] === 1) {
      const hours = t - (slots.arrival[c] as number);
      totals.countedCompleted++;
      totals.cycleTimeSum += hours;
      cycle.add(hours);
      const bin = cycleBinOf(hours);
      cycleBins[bin] = (cycleBins[bin] as number) + 1;
    }
    slots.release(c);
  }

  function escapedError(s: number, counted: boolean): void {
    const rate = errorRate[s] as number;
    if (rate > 0 && nextUniform(rs, choiceStream(s)) < rate && counted)
      totals.errors += costPerError[s] as number;
  }

  /** Move a token into step `entered` and on through every step that takes no time. */
  function advance(token: number, entered: number, t: number): void {
    const c = tokens.caseOf[token] as number;
    const counted = slots.counted[c] === 1;
    let s = entered;
    for (;;) {
      if (s < 0) return finishToken(token, c, t); // no way on: only in maps that fail validation
      const k = kind[s] as number;
      // A join counts one visit per case that passes it (below), not one per branch arriving.
      if (k !== K_JOIN && counted) stepVisits[s] = (stepVisits[s] as number) + 1;
      switch (k) {
        case K_TASK: {
          if (counted) totals.nonLabour += costPerVisit[s] as number;
          escapedError(s, counted);
          const p = pool[s] as number;
          return p < 0 ? delay(token, s, ACT_WORK, t) : request(token, s, ACT_WORK, p, t);
        }
        case K_AI: {
          if (nextUniform(rs, choiceStream(s)) >= (availability[s] as number)) {
            if (counted) totals.aiFallback++;
            const p = fallbackPool[s] as number;
            if (p < 0) return delay(token, s, ACT_FALLBACK_DELAY, t);
            return request(token, s, ACT_FALLBACK_WORK, p, t);
          }
          if (counted) totals.ai += costPerVisit[s] as number;
          return delay(token, s, ACT_LATENCY, t);
        }
        case K_START:
          s = next[s] as number;
          break;
        case K_END:
          if (observer !== null) observer.reachedEnd(c, s, t);
          return finishToken(token, c, t);
        case K_DECISION: {
          const u = nextUniform(rs, choiceStream(s));
          let e = edgeStart[s] as number;
          const last = (edgeStart[s + 1] as number) - 1;
          while (e < last && u >= (edgeCumulative[e] as number)) e++;
          s = e <= last ? (edgeTo[e] as number) : -1;
          break;
        }
        case K_SPLIT: {
          const first = edgeStart[s] as number;
          const end = edgeStart[s + 1] as number;
          for (let e = first + 1; e < end; e++) {
            forkedTokens.push(tokens.take(c));
            forkedSteps.push(edgeTo[e] as number);
          }
          if (end - first > 1) slots.live[c] = (slots.live[c] as number) + end - first - 1;
          s = next[s] as number;
          break;
        }
        case K_JOIN: {
          const at = c * joinCount + (joinIndex[s] as number);
          const arrivedBranches = (slots.joinArrivals[at] as number) + 1;
          if (arrivedBranches < (inDegree[s] as number)) {
            slots.joinArrivals[at] = arrivedBranches;
            tokens.release(token);
            slots.live[c] = (slots.live[c] as number) - 1;
            return;
          }
          slots.joinArrivals[at] = 0;
          if (counted) stepVisits[s] = (stepVisits[s] as number) + 1;
          s = next[s] as number;
          break;
        }
        default:
          throw new Error(`Unknown step kind code ${k} in the compiled map`);
      }
    }
  }

  function drainForks(t: number): void {
    while (forkedTokens.size > 0) advance(forkedTokens.shift(), forkedSteps.shift(), t);
  }

  function complete(token: number, t: number): void {
    const s = tokens.step[token] as number;
    const act = tokens.act[token] as number;
    if (observer !== null) observer.ended(token, tokens.caseOf[token] as number, s, act, t);
    if (act === ACT_WORK) {
      const p = pool[s] as number;
      if (p >= 0) release(p, t);
      if (hasWait[s] === 1) return delay(token, s, ACT_WAIT, t);
    } else if (act === ACT_LATENCY) {
      const counted = slots.counted[tokens.caseOf[token] as number] === 1;
      const p = pool[s] as number;
      if (p >= 0) {
        if (nextUniform(rs, choiceStream(s)) >= (automationRate[s] as number)) {
          if (counted) totals.aiReviewed++;
          if (observer !== null) observer.decided(token, OUTCOME_REVIEWED);
          return request(token, s, ACT_REVIEW, p, t);
        }
        escapedError(s, counted);
        const qa = qaSampleRate[s] as number;
        if (qa > 0 && nextUniform(rs, choiceStream(s)) < qa) {
          if (counted) totals.aiQaSampled++;
          if (observer !== null) observer.decided(token, OUTCOME_QA_SAMPLED);
          return request(token, s, ACT_REVIEW, p, t);
        }
      } else escapedError(s, counted);
      if (counted) totals.aiAccepted++;
      if (observer !== null) observer.decided(token, OUTCOME_ACCEPTED);
    } else if (act === ACT_REVIEW) release(pool[s] as number, t);
    else if (act === ACT_FALLBACK_WORK) release(fallbackPool[s] as number, t);
    advance(token, next[s] as number, t);
    drainForks(t);
  }

  function flushPools(t: number): void {
    for (let p = 0; p < model.poolCount; p++) touch(p, t);
    touchWip(t);
  }

  function openWindow(t: number): void {
    flushPools(t);
    totals.mark(WINDOW_START, t);
    windowOpen = true;
  }

  /** Close the window at `t`, once; a window that never opened stays empty. */
  function closeWindow(t: number): void {
    if (!windowOpen || windowClosed) return;
    flushPools(t);
    totals.mark(WINDOW_END, t);
    windowOpen = false;
    windowClosed = true;
  }

  function arrive(t: number): void {
    const index = arrived++;
    const c = slots.take();
    slots.arrival[c] = t;
    const counted = t >= countFrom;
    slots.counted[c] = counted ? 1 : 0;
    if (counted) totals.countedArrived++;
    slots.live[c] = 1;
    touchWip(t);
    wip++;
    if (index === cases - 1 && untilLastArrival) closeWindow(t);
    if (observer !== null) observer.arrived(c, index, counted, t);
    if (arrived < cases) {
      const next = model.regularArrivals ? gap : -Math.log(1 - nextUniform(rs, 0)) * gap;
      heap.push(t + next, ARRIVAL);
    }
    advance(tokens.take(c), model.startStep, t);
    drainForks(t);
  }

  /** At most `maxEvents` events; true once every event has been processed. */
  function process(maxEvents: number): boolean {
    let n = 0;
    while (n < maxEvents && heap.size > 0) {
      const t = heap.peekTime();
      const item = heap.pop();
      n++;
      lastEvent = t;
      if (item === ARRIVAL) arrive(t);
      else if (item === WARMUP_END) openWindow(t);
      else complete(item, t);
    }
    events += n;
    if (heap.size > 0) return false;
    closeWindow(lastEvent);
    return true;
  }

  const machine: Machine = {
    busy: false,
    start(settings, replication, watcher) {
      cases = model.arrivalsPerHour > 0 ? Math.max(0, Math.floor(settings.cases)) : 0;
      countFrom = settings.countFromHours;
      untilLastArrival = settings.windowEnd === 'last-arrival';
      observer = watcher;
      seedStreams(rs, settings.seed, replication);
      heap.clear();
      tokens.clear();
      slots.clear();
      for (const queue of queues) queue.clear();
      busy.fill(0);
      lastChange.fill(0);
      resetTotals(totals);
      cycle.clear();
      forkedTokens.clear();
      forkedSteps.clear();
      arrived = 0;
      wip = 0;
      wipLast = 0;
      events = 0;
      windowOpen = false;
      windowClosed = false;
      lastEvent = 0;
      // Pushed first, so at time 0 the window opens before the first arrival.
      if (cases > 0) heap.push(settings.warmupHours, WARMUP_END);
      if (cases > 0) heap.push(0, ARRIVAL);
      machine.busy = true;
      const mine = ++generation;
      const own = (): void => {
        if (mine !== generation)
          throw new Error('This replication was left for another of the same map.');
      };
      return {
        run(maxEvents: number): boolean {
          own();
          const done = process(maxEvents);
          if (done) machine.busy = false;
          return done;
        },
        get events() {
          own();
          return events;
        },
        progress(): number {
          own();
          if (heap.size === 0) return 1;
          return Math.min(0.999, arrived / Math.max(1, cases));
        },
        summary(): ReplicationSummary {
          own();
          return summarise(totals, cycle, { arrived, events });
        },
      };
    },
  };
  return machine;
}

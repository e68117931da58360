/** What the CSV and XES writers share: their interface and how an activity is dated. */
import type { LoggedActivity, LoggedCase } from '../engine';
import type { WorkingClock } from './working-clock';

/** Writes an event log case by case to a `TextSink`. */
export interface EventLogWriter {
  /** Write one completed case (in the order cases complete). */
  writeCase(logged: LoggedCase): void;
  /** Write what is still buffered and the closing text; write nothing after. */
  end(): void;
  /** Cases written so far. */
  readonly cases: number;
  /** Rows (CSV) or events (XES) written so far. */
  readonly events: number;
}

/**
 * An activity's start on `clock`, milliseconds since 1970: the arrival and work start at the
 * opening of a day when they fall on a boundary, end steps at its close (working-clock.ts).
 */
export function startMsOf(clock: WorkingClock, a: LoggedActivity): number {
  return clock.epochMs(a.startHours, a.kind.stepKind === 'end' ? 'end' : 'start');
}

/** Its end (`startMs` from `startMsOf`): at a close on a boundary; an instant keeps one time, and an end is never before its start. */
export function endMsOf(clock: WorkingClock, a: LoggedActivity, startMs: number): number {
  if (a.endHours === a.startHours) return startMs;
  return Math.max(startMs, clock.epochMs(a.endHours, 'end'));
}

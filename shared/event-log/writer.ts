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
 * An activity's start and end on `clock`, milliseconds since 1970: the arrival and work start
 * at the opening of a day when they fall on a boundary, ends and end steps at its close
 * (working-clock.ts); an instant keeps one time, and an end is never before its start.
 */
export function activityTimes(clock: WorkingClock, a: LoggedActivity): [number, number] {
  const startMs = clock.epochMs(a.startHours, a.stepKind === 'end' ? 'end' : 'start');
  if (a.endHours === a.startHours) return [startMs, startMs];
  return [startMs, Math.max(startMs, clock.epochMs(a.endHours, 'end'))];
}

/**
 * The event log as CSV: one row per activity with its start and end time, the layout
 * Disco, Celonis and PM4Py import as an interval log (each row is a start and a complete
 * transition). RFC 4180: fields separated by commas, rows ended by CRLF, a field quoted
 * when it holds a comma, a quote or a line break, quotes doubled inside.
 *
 * Columns: case_id, activity, start_time, end_time, resource, ai_outcome, warm_up, step_id
 * (see `LoggedActivity`; times as in working-clock.ts; warm_up is true or false).
 *
 * A cell that begins with = + - @, a tab, a carriage return or NUL gets a leading apostrophe
 * (`neutralise`, shared with the results export), so a spreadsheet that opens the file never
 * runs a step name as a formula (names come from the project file, which may come from anyone).
 *
 * No byte-order mark: the file is UTF-8 without one, because process-mining tools read the
 * header's first name as "\uFEFFcase_id" when there is one (pandas' default, and so PM4Py's
 * CSV import) and then find no case column. The results export, made for spreadsheets, has
 * one; this file is made for process mining.
 */
import type { ActivityKind, LoggedCase } from '../engine';
import { neutralise } from '../export/neutralise';
import { BufferedText, type TextSink } from './text-sink';
import type { WorkingClock } from './working-clock';
import { endMsOf, startMsOf, type EventLogWriter } from './writer';

export const CSV_COLUMNS = [
  'case_id',
  'activity',
  'start_time',
  'end_time',
  'resource',
  'ai_outcome',
  'warm_up',
  'step_id',
] as const;

/** One CSV field: neutralised against formulas (`neutralise`), then quoted when RFC 4180 needs it. */
export function csvCell(value: string): string {
  const text = neutralise(value);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 34 || c === 10 || c === 13) return `"${text.replaceAll('"', '""')}"`;
  }
  return text;
}

/** The text of one row around its times and warm-up flag, the same for every row of a kind. */
interface RowText {
  /** `,activity,` */
  readonly head: string;
  /** `,resource,ai_outcome,` */
  readonly middle: string;
  /** `,step_id` and the line end */
  readonly tail: string;
}

/** A CSV event log writing to `sink`; the header row is written at once. */
export function csvEventLog(sink: TextSink, clock: WorkingClock): EventLogWriter {
  const out = new BufferedText(sink);
  // Prepared once per kind of activity (a map has a few dozen), not once per row.
  const texts = new Map<ActivityKind, RowText>();
  const textOf = (kind: ActivityKind): RowText => {
    let text = texts.get(kind);
    if (text === undefined) {
      text = {
        head: `,${csvCell(kind.activity)},`,
        middle: `,${csvCell(kind.role ?? '')},${kind.aiOutcome ?? ''},`,
        tail: `,${csvCell(kind.stepId)}\r\n`,
      };
      texts.set(kind, text);
    }
    return text;
  };
  let cases = 0;
  let rows = 0;
  out.add(`${CSV_COLUMNS.join(',')}\r\n`);
  return {
    writeCase(logged: LoggedCase): void {
      const id = String(logged.caseNumber);
      const warm = logged.warmUp ? 'true' : 'false';
      for (const a of logged.activities) {
        const startMs = startMsOf(clock, a);
        const endMs = endMsOf(clock, a, startMs);
        const start = clock.format(startMs);
        const row = textOf(a.kind);
        out.add(id);
        out.add(row.head);
        out.add(start);
        out.add(',');
        out.add(endMs === startMs ? start : clock.format(endMs));
        out.add(row.middle);
        out.add(warm);
        out.add(row.tail);
      }
      rows += logged.activities.length;
      cases++;
    },
    end(): void {
      out.flush();
    },
    get cases() {
      return cases;
    },
    get events() {
      return rows;
    },
  };
}

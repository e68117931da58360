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
import {
  copyBytes,
  Utf8Pieces,
  utf8,
  WHOLE_NUMBER_MAX_LENGTH,
  writeWholeNumber,
  type TextSink,
} from './text-sink';
import { TIMESTAMP_LENGTH, type WorkingClock } from './working-clock';
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

/** The text of one row around its times, the same for every row of a kind, as UTF-8. */
interface RowText {
  /** `,activity,` */
  readonly head: Uint8Array;
  /** `,resource,ai_outcome,warm_up,step_id` and the line end, for a case out of the warm-up */
  readonly tail: Uint8Array;
  /** The same for a case in the warm-up */
  readonly warmUpTail: Uint8Array;
}

const COMMA = 44;

/** A CSV event log writing to `sink`; the header row is written at once. */
export function csvEventLog(sink: TextSink, clock: WorkingClock): EventLogWriter {
  const out = new Utf8Pieces(sink);
  // Prepared once per kind of activity (a map has a few dozen), not once per row.
  const texts = new Map<ActivityKind, RowText>();
  const textOf = (kind: ActivityKind): RowText => {
    let text = texts.get(kind);
    if (text === undefined) {
      const middle = `,${csvCell(kind.role ?? '')},${kind.aiOutcome ?? ''},`;
      const end = `,${csvCell(kind.stepId)}\r\n`;
      text = {
        head: utf8(`,${csvCell(kind.activity)},`),
        tail: utf8(`${middle}false${end}`),
        warmUpTail: utf8(`${middle}true${end}`),
      };
      texts.set(kind, text);
    }
    return text;
  };
  // The case number's digits, written once per case and copied to each of its rows.
  const idBytes = new Uint8Array(WHOLE_NUMBER_MAX_LENGTH);
  let cases = 0;
  let rows = 0;
  out.addText(`${CSV_COLUMNS.join(',')}\r\n`);
  return {
    writeCase(logged: LoggedCase): void {
      const n = logged.caseNumber;
      const ids =
        Number.isSafeInteger(n) && n >= 0
          ? idBytes.subarray(0, writeWholeNumber(idBytes, 0, n))
          : utf8(String(n));
      for (const a of logged.activities) {
        const startMs = startMsOf(clock, a);
        const endMs = endMsOf(clock, a, startMs);
        const row = textOf(a.kind);
        const tail = logged.warmUp ? row.warmUpTail : row.tail;
        out.room(ids.length + row.head.length + 2 * TIMESTAMP_LENGTH + 1 + tail.length);
        const bytes = out.bytes;
        let at = copyBytes(bytes, out.length, ids);
        at = copyBytes(bytes, at, row.head);
        const startAt = at;
        at = clock.writeTimestamp(bytes, at, startMs);
        const startEnd = at;
        bytes[at++] = COMMA;
        if (endMs === startMs)
          for (let i = startAt; i < startEnd; i++) bytes[at++] = bytes[i] as number;
        else at = clock.writeTimestamp(bytes, at, endMs);
        out.length = copyBytes(bytes, at, tail);
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

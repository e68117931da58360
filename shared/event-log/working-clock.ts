/**
 * From the simulator's clock (working hours since the run began) to dates and times on a
 * calendar, so an event log reads like one a real process would leave. The mapping, chosen
 * to be simple to explain and never to put work outside working hours:
 *
 * - Working days run Monday to Friday when the project's calendar has at most 261 working
 *   days a year (5 × 52.2), Monday to Saturday up to 313, every day above that. Holidays and
 *   leave are not placed on the calendar (they are already in the project's lower count of
 *   days per year, which sets how demand spreads over working time).
 * - A working day starts at 09:00 and lasts the calendar's hours per day (09:00-17:00 for
 *   8 h); a day too long to end by 23:00 starts earlier (a 16 h day 07:00-23:00, a 24 h day
 *   round the clock).
 * - Working hour 0 is the start of the first working day on or after the start date.
 * - An instant that falls exactly at the close of one working day and the opening of the
 *   next is written as the close when something ends then (`edge` 'end') and as the next
 *   opening when something starts (`edge` 'start'), so an activity that ends at the close
 *   is not stretched over the night, and one that starts then is not dated the evening before.
 * - Times are written in UTC with the offset `+00:00` and milliseconds, so 09:00 reads 09:00
 *   in any tool and the file is the same on every machine.
 */
import type { Calendar } from '../model/schema';

/** Which side of a working-day boundary an instant there is given (module header). */
export type Edge = 'start' | 'end';

const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;

export interface WorkingClock {
  /** Milliseconds since 1970-01-01T00:00Z of working time `hours` (hours since the run began). */
  epochMs(hours: number, edge: Edge): number;
  /** `epochMs` as ISO 8601 with its offset, e.g. "2025-01-06T09:00:00.000+00:00". */
  format(epochMs: number): string;
  /**
   * `format(epochMs)` written as ASCII into `bytes` from `at` (`TIMESTAMP_LENGTH` bytes, which
   * must fit); returns the index after them. For writers that build their text as bytes.
   */
  writeTimestamp(bytes: Uint8Array, at: number, epochMs: number): number;
}

/**
 * Characters in a timestamp as `WorkingClock.format` writes it. Always 29: past the year 9999
 * (some eight thousand years of working time, which no run reaches) the date is cut to ten
 * characters, as it always was.
 */
export const TIMESTAMP_LENGTH = 29;

/** Working days in each calendar week for `daysPerYear` working days a year (module header). */
export function workingDaysPerWeek(daysPerYear: number): 5 | 6 | 7 {
  if (daysPerYear <= 261) return 5;
  if (daysPerYear <= 313) return 6;
  return 7;
}

/** The hour of the day a working day of `hoursPerDay` hours starts at (module header). */
export function workdayStartHour(hoursPerDay: number): number {
  return Math.min(9, Math.max(0, 23 - hoursPerDay));
}

/**
 * The day number (days since 1970-01-01) of a date written YYYY-MM-DD, or null when the text
 * is not such a date (a month 13, 30 February, another format).
 */
export function parseDate(text: string): number | null {
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return null;
  const digits = text.slice(0, 4) + text.slice(5, 7) + text.slice(8, 10);
  for (const ch of digits) if (ch < '0' || ch > '9') return null;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1) return null;
  if (back.getUTCDate() !== day || year < 1900) return null;
  return Math.round(ms / MS_PER_DAY);
}

/**
 * The clock for `calendar`, with working hour 0 at the opening of the first working day on or
 * after `startDay` (a day number from `parseDate`).
 */
export function workingClock(calendar: Calendar, startDay: number): WorkingClock {
  const perWeek = workingDaysPerWeek(calendar.daysPerYear);
  const dayMs = Math.round(calendar.hoursPerDay * MS_PER_HOUR);
  const openingMs = Math.round(workdayStartHour(calendar.hoursPerDay) * MS_PER_HOUR);
  // 1970-01-01 was a Thursday: weekday 3 counting Monday as 0.
  let first = startDay;
  let weekday = (((first + 3) % 7) + 7) % 7;
  if (weekday >= perWeek) {
    first += 7 - weekday;
    weekday = 0;
  }
  const monday = first - weekday;
  /** Day number of working day `k` (0-based). */
  const dayOf = (k: number): number => {
    const n = weekday + k;
    return monday + Math.floor(n / perWeek) * 7 + (n % perWeek);
  };
  // Dates repeat for every event of a day: keep the "YYYY-MM-DDT" of the last few looked up.
  const dates = new Map<number, Uint8Array>();
  let lastDay = NaN;
  let lastDate: Uint8Array = new Uint8Array(0);
  const dateOf = (day: number): Uint8Array => {
    if (day === lastDay) return lastDate;
    let text = dates.get(day);
    if (text === undefined) {
      if (dates.size > 4096) dates.clear();
      text = ascii(`${new Date(day * MS_PER_DAY).toISOString().slice(0, 10)}T`);
      dates.set(day, text);
    }
    lastDay = day;
    lastDate = text;
    return text;
  };
  /** The one kernel `format` and `writeTimestamp` share (see `WorkingClock.writeTimestamp`). */
  const writeTimestamp = (bytes: Uint8Array, at: number, epochMs: number): number => {
    const day = Math.floor(epochMs / MS_PER_DAY);
    const date = dateOf(day);
    // Byte by byte: for a dozen bytes, quicker than `set`.
    for (let j = 0; j < date.length; j++) bytes[at + j] = date[j] as number;
    // The time of day, under 86 400 000 ms, fits 32 bits: truncating with `| 0` lets the
    // engine divide as integers (twice as fast as Math.floor on doubles here).
    let rest = (epochMs - day * MS_PER_DAY) | 0;
    const h = (rest / MS_PER_HOUR) | 0;
    rest -= h * MS_PER_HOUR;
    const m = (rest / 60_000) | 0;
    rest -= m * 60_000;
    const s = (rest / 1000) | 0;
    const milli = rest - s * 1000;
    let i = at + date.length;
    i = twoDigits(bytes, i, h);
    bytes[i++] = COLON;
    i = twoDigits(bytes, i, m);
    bytes[i++] = COLON;
    i = twoDigits(bytes, i, s);
    bytes[i++] = DOT;
    const hundreds = (milli / 100) | 0;
    bytes[i++] = ZERO + hundreds;
    i = twoDigits(bytes, i, milli - hundreds * 100);
    bytes[i] = PLUS;
    bytes[i + 1] = ZERO;
    bytes[i + 2] = ZERO;
    bytes[i + 3] = COLON;
    bytes[i + 4] = ZERO;
    bytes[i + 5] = ZERO;
    return i + 6;
  };
  const scratch = new Uint8Array(TIMESTAMP_LENGTH);
  let lastMs = NaN;
  let lastText = '';
  return {
    epochMs(hours, edge) {
      const ms = Math.max(0, Math.round(hours * MS_PER_HOUR));
      let k = Math.floor(ms / dayMs);
      let within = ms - k * dayMs;
      if (edge === 'end' && within === 0 && k > 0) {
        k--;
        within = dayMs;
      }
      return dayOf(k) * MS_PER_DAY + openingMs + within;
    },
    format(epochMs) {
      // One activity's end is often the next one's start.
      if (epochMs === lastMs) return lastText;
      const length = writeTimestamp(scratch, 0, epochMs);
      lastMs = epochMs;
      lastText = String.fromCharCode(...scratch.subarray(0, length));
      return lastText;
    },
    writeTimestamp,
  };
}

const ZERO = 48;
const COLON = 58;
const DOT = 46;
const PLUS = 43;

/** ASCII `text` as bytes. */
function ascii(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** `n` (0-99) as two digits at `at`; returns the index after them. */
function twoDigits(bytes: Uint8Array, at: number, n: number): number {
  const tens = (n / 10) | 0;
  bytes[at] = ZERO + tens;
  bytes[at + 1] = ZERO + (n - tens * 10);
  return at + 2;
}

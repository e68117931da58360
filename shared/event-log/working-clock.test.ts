import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseDate,
  TIMESTAMP_LENGTH,
  workingClock,
  workingDaysPerWeek,
  workdayStartHour,
} from './working-clock';

const eightHours = { hoursPerDay: 8, daysPerYear: 220 };
const MONDAY = parseDate('2025-01-06') as number;
const at = (clock: ReturnType<typeof workingClock>, hours: number, edge: 'start' | 'end') =>
  clock.format(clock.epochMs(hours, edge));

describe('working clock', () => {
  it('puts working hour 0 at 09:00 on the start date, and counts 8 h days Monday to Friday', () => {
    // given an 8-hour, 220-day calendar starting on Monday 6 January 2025
    const clock = workingClock(eightHours, MONDAY);
    // then the hours fall in the working days
    expect(at(clock, 0, 'start')).toBe('2025-01-06T09:00:00.000+00:00');
    expect(at(clock, 2.5, 'start')).toBe('2025-01-06T11:30:00.000+00:00');
    expect(at(clock, 9, 'start')).toBe('2025-01-07T10:00:00.000+00:00');
    // Friday's last hour, then Monday
    expect(at(clock, 4 * 8 + 7.75, 'end')).toBe('2025-01-10T16:45:00.000+00:00');
    expect(at(clock, 5 * 8 + 0.25, 'start')).toBe('2025-01-13T09:15:00.000+00:00');
  });

  it('writes the close of a day as 17:00 for an end and as the next opening for a start', () => {
    const clock = workingClock(eightHours, MONDAY);
    expect(at(clock, 8, 'end')).toBe('2025-01-06T17:00:00.000+00:00');
    expect(at(clock, 8, 'start')).toBe('2025-01-07T09:00:00.000+00:00');
    // Friday's close and Monday's opening are one instant of working time
    expect(at(clock, 40, 'end')).toBe('2025-01-10T17:00:00.000+00:00');
    expect(at(clock, 40, 'start')).toBe('2025-01-13T09:00:00.000+00:00');
    // working hour 0 has no day before it
    expect(at(clock, 0, 'end')).toBe('2025-01-06T09:00:00.000+00:00');
  });

  it('starts on the next working day when the start date is a weekend', () => {
    const saturday = parseDate('2025-01-04') as number;
    expect(at(workingClock(eightHours, saturday), 0, 'start')).toBe(
      '2025-01-06T09:00:00.000+00:00',
    );
  });

  it('works Saturdays above 261 days a year, every day above 313, and round the clock at 24 h', () => {
    expect([250, 261, 262, 300, 313, 314, 365].map(workingDaysPerWeek)).toEqual([
      5, 5, 6, 6, 6, 7, 7,
    ]);
    const sixDays = workingClock({ hoursPerDay: 8, daysPerYear: 300 }, MONDAY);
    expect(at(sixDays, 5 * 8 + 1, 'start')).toBe('2025-01-11T10:00:00.000+00:00'); // Saturday
    expect(at(sixDays, 6 * 8 + 1, 'start')).toBe('2025-01-13T10:00:00.000+00:00'); // Monday
    const allDay = workingClock({ hoursPerDay: 24, daysPerYear: 365 }, MONDAY);
    expect(at(allDay, 0, 'start')).toBe('2025-01-06T00:00:00.000+00:00');
    expect(at(allDay, 24, 'end')).toBe('2025-01-07T00:00:00.000+00:00');
    expect(at(allDay, 5 * 24 + 13.5, 'start')).toBe('2025-01-11T13:30:00.000+00:00');
  });

  it('starts a long day early enough to end by 23:00, and keeps fractional hours exact', () => {
    expect([4, 8, 14, 16, 23, 24].map(workdayStartHour)).toEqual([9, 9, 9, 7, 0, 0]);
    const halfPast = workingClock({ hoursPerDay: 7.5, daysPerYear: 220 }, MONDAY);
    expect(at(halfPast, 7.5, 'end')).toBe('2025-01-06T16:30:00.000+00:00');
    expect(at(halfPast, 7.5 + 1 / 3600, 'start')).toBe('2025-01-07T09:00:01.000+00:00');
  });

  it('reads only real dates written YYYY-MM-DD', () => {
    expect(parseDate('1970-01-01')).toBe(0);
    expect(parseDate('2024-02-29')).toBe(19782);
    for (const bad of [
      '2025-02-29',
      '2025-13-01',
      '2025-1-6',
      '06/01/2025',
      '2025-01-06T09:00',
      '',
    ])
      expect(parseDate(bad), bad).toBeNull();
  });

  it('never dates work outside working hours, and keeps time order (property)', () => {
    fc.assert(
      fc.property(
        fc.record({
          hoursPerDay: fc.constantFrom(0.5, 4, 7.5, 8, 10, 16, 23.5, 24),
          daysPerYear: fc.constantFrom(200, 250, 261, 300, 365),
        }),
        fc.integer({ min: 0, max: 30_000 }),
        fc.array(fc.double({ min: 0, max: 5000, noNaN: true }), { minLength: 2, maxLength: 20 }),
        (calendar, startOffset, hours) => {
          // given a calendar and a start date somewhere from 1990 on
          const clock = workingClock(calendar, 7305 + startOffset);
          const perWeek = workingDaysPerWeek(calendar.daysPerYear);
          const opening = workdayStartHour(calendar.hoursPerDay) * 3_600_000;
          const closing = opening + calendar.hoursPerDay * 3_600_000;
          // distinct instants to the millisecond the clock keeps, in order
          const ms = new Set(hours.map((h) => Math.round(h * 3_600_000)));
          const sorted = [...ms].sort((a, b) => a - b).map((m) => m / 3_600_000);
          let last = -Infinity;
          for (const h of sorted)
            for (const edge of ['end', 'start'] as const) {
              const ms = clock.epochMs(h, edge);
              const day = Math.floor(ms / 86_400_000);
              const inDay = ms - day * 86_400_000;
              // then the instant is on a working weekday, between opening and closing
              // (midnight may be the close of the day before, for a day round the clock)
              const working = (d: number): boolean => (((d + 3) % 7) + 7) % 7 < perWeek;
              const inHours = working(day) && inDay >= opening - 0.5 && inDay <= closing + 0.5;
              const closeBefore = inDay === 0 && closing === 86_400_000 && working(day - 1);
              expect(inHours || closeBefore, clock.format(ms)).toBe(true);
              // and later working time is never an earlier date (at a boundary, 'end' comes first)
              expect(ms).toBeGreaterThanOrEqual(last);
              last = ms;
              expect(clock.format(ms)).toBe(new Date(ms).toISOString().replace('Z', '+00:00'));
            }
        },
      ),
    );
  });

  describe("timestamps written as bytes (the writers' fast path)", () => {
    /** What `format` and `writeTimestamp` must both give: Date's own ISO text, offset spelt out. */
    const iso = (ms: number): string => new Date(ms).toISOString().replace('Z', '+00:00');
    /** `writeTimestamp` at an offset into a larger buffer, read back as text. */
    const written = (clock: ReturnType<typeof workingClock>, ms: number): string => {
      const bytes = new Uint8Array(5 + TIMESTAMP_LENGTH + 5).fill(0x7e);
      const end = clock.writeTimestamp(bytes, 5, ms);
      // then nothing outside its own bytes is touched
      expect([...bytes.subarray(0, 5), ...bytes.subarray(end)].every((b) => b === 0x7e)).toBe(true);
      return String.fromCharCode(...bytes.subarray(5, end));
    };

    it('agrees with Date.toISOString across day, month, year and leap-day boundaries', () => {
      // given instants just either side of midnight at the turn of months and years, on
      // 29 February, and at the clock changes of zones that have them (UTC has none: the
      // text must not move)
      const clock = workingClock(eightHours, MONDAY);
      const edges = [
        '1999-12-31T23:59:59.999Z',
        '2000-01-01T00:00:00.000Z',
        '2024-02-28T23:59:59.999Z',
        '2024-02-29T00:00:00.000Z',
        '2024-02-29T23:59:59.999Z',
        '2024-03-01T00:00:00.000Z',
        '2025-03-30T00:59:59.999Z', // Europe's clocks go forward at 01:00 UTC
        '2025-03-30T01:00:00.000Z',
        '2025-10-26T01:00:00.001Z', // and back
        '2025-11-02T06:00:00.000Z', // the United States' clocks go back
        '2025-12-31T23:59:59.999Z',
        '2026-01-01T00:00:00.000Z',
        '9999-12-31T23:59:59.999Z',
      ].map((text) => Date.parse(text));
      // when each is written, in order and out of order (the date of the last day is cached)
      for (const ms of [...edges, ...edges.reverse()]) {
        // then the bytes, and `format`, are Date's text
        expect(written(clock, ms)).toBe(iso(ms));
        expect(clock.format(ms)).toBe(iso(ms));
      }
    });

    it('agrees with Date.toISOString for any millisecond from 1900 to 2200 (property)', () => {
      const clock = workingClock(eightHours, MONDAY);
      fc.assert(
        fc.property(
          fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }),
          (ms) => written(clock, ms) === iso(ms) && clock.format(ms) === iso(ms),
        ),
        { numRuns: 2000 },
      );
    });
  });
});

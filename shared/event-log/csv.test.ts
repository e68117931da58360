import { describe, expect, it } from 'vitest';
import type { ActivityKind, LoggedCase } from '../engine';
import { csvCell, csvEventLog } from './csv';
import { parseDate, workingClock } from './working-clock';

/** An activity kind, as the recorder makes them. */
const kind = (
  activity: string,
  stepId: string,
  stepKind: ActivityKind['stepKind'],
  role: string | null,
  aiOutcome: ActivityKind['aiOutcome'],
): ActivityKind => ({ activity, stepId, stepKind, role, aiOutcome });

const clock = workingClock({ hoursPerDay: 8, daysPerYear: 220 }, parseDate('2025-01-06') as number);

/** A sink that keeps what it is given, and how many pieces. */
function memorySink() {
  const pieces: string[] = [];
  return { pieces, write: (text: string) => void pieces.push(text), text: () => pieces.join('') };
}

const reviewed: LoggedCase = {
  caseNumber: 7,
  warmUp: false,
  arrivalHours: 7.5,
  completionHours: 9,
  activities: [
    { kind: kind('In', 'in', 'start', null, null), startHours: 7.5, endHours: 7.5 },
    { kind: kind('Read, "extract"', 'ai', 'ai', null, 'reviewed'), startHours: 7.5, endHours: 8 },
    {
      kind: kind('Read, "extract" (review)', 'ai', 'ai', '=HYPERLINK("x")', 'reviewed'),
      startHours: 8,
      endHours: 8.25,
    },
    { kind: kind('Out', 'out', 'end', null, null), startHours: 9, endHours: 9 },
  ],
};

describe('CSV event log', () => {
  it('quotes as RFC 4180 asks: commas, quotes and line breaks, quotes doubled', () => {
    expect(csvCell('plain name')).toBe('plain name');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('')).toBe('');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    // given names starting with = + - @ tab or CR
    // then each gets a leading apostrophe (and is still quoted where it needs to be)
    expect(csvCell('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvCell('+1 check')).toBe("'+1 check");
    expect(csvCell('-rework')).toBe("'-rework");
    expect(csvCell('@clerk')).toBe("'@clerk");
    expect(csvCell('\tindented')).toBe("'\tindented");
    expect(csvCell('\rx')).toBe('"\'\rx"');
    expect(csvCell('\0null')).toBe("'\0null");
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    // a sign inside a name is harmless
    expect(csvCell('Re-check')).toBe('Re-check');
  });

  it('writes a header and one CRLF row per activity, without a byte-order mark', () => {
    // given a case whose review ends at the close of the day and whose end step is next morning
    const sink = memorySink();
    const writer = csvEventLog(sink, clock);
    // when it is written
    writer.writeCase(reviewed);
    writer.end();
    // then the rows are exact
    expect(sink.text()).toBe(
      [
        'case_id,activity,start_time,end_time,resource,ai_outcome,warm_up,step_id',
        '7,In,2025-01-06T16:30:00.000+00:00,2025-01-06T16:30:00.000+00:00,,,false,in',
        '7,"Read, ""extract""",2025-01-06T16:30:00.000+00:00,2025-01-06T17:00:00.000+00:00,,reviewed,false,ai',
        '7,"Read, ""extract"" (review)",2025-01-07T09:00:00.000+00:00,2025-01-07T09:15:00.000+00:00,"\'=HYPERLINK(""x"")",reviewed,false,ai',
        '7,Out,2025-01-07T10:00:00.000+00:00,2025-01-07T10:00:00.000+00:00,,,false,out',
        '',
      ].join('\r\n'),
    );
    expect(sink.text().charCodeAt(0)).not.toBe(0xfeff);
    expect([writer.cases, writer.events]).toEqual([1, 4]);
  });

  it('passes text on in large pieces, not one write per case', () => {
    const sink = memorySink();
    const writer = csvEventLog(sink, clock);
    for (let i = 0; i < 2000; i++) writer.writeCase({ ...reviewed, caseNumber: i + 1 });
    writer.end();
    expect(sink.pieces.length).toBeLessThan(20);
    expect(sink.text().split('\r\n')).toHaveLength(1 + 2000 * 4 + 1);
  });
});

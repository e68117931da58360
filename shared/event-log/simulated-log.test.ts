/**
 * Event logs of real simulation runs, end to end (simulate -> recorder -> writer): a model
 * small enough to check by hand gives exactly the rows worked out below, and a log of the map
 * with every step kind respects the calendar and is well-formed XES.
 */
import { describe, expect, it } from 'vitest';
import { recordEventLog, simulate } from '../engine';
import type { Project } from '../model/schema';
import { mixedProject } from '../engine/des/testing/mixed-project';
import { chain, end, fixed, start, task } from '../samples/build-helpers';
import { csvEventLog } from './csv';
import { parseXml } from './testing/xml-check';
import { parseDate, workingClock, type WorkingClock } from './working-clock';
import { xesEventLog } from './xes';

/** One step, two clerks, a case every working hour, one hour of work each: no queue ever. */
function clockwork(): Project {
  const project = mixedProject();
  return {
    ...project,
    calendar: { hoursPerDay: 8, daysPerYear: 250 },
    roles: [{ id: 'clerk', name: 'Clerk', headcount: 2, costPerHour: 40 }],
    maps: {
      current: {
        id: 'clockwork',
        name: 'Clockwork',
        description: '',
        demand: { casesPerPeriod: 8, period: 'day', arrivals: 'regular' },
        steps: [
          start('in', 'Arrive', [0, 0]),
          task({
            id: 'check',
            name: 'Check',
            cell: [1, 0],
            roleId: 'clerk',
            handlingMinutes: fixed(60),
          }),
          end('out', 'Done', [2, 0]),
        ],
        flows: chain('in', 'check', 'out'),
      },
      targets: [],
    },
  };
}

function simulatedCsv(project: Project, clock: WorkingClock, cases: number) {
  let text = '';
  const writer = csvEventLog({ write: (piece) => void (text += piece) }, clock);
  const map = project.maps.current;
  const result = simulate(project, map, {
    cases,
    replications: 2,
    seed: 5,
    observer: recordEventLog(project, map, (c) => writer.writeCase(c)),
  });
  writer.end();
  return { text, result };
}

const monday = parseDate('2025-01-06') as number;

describe('simulated event log', () => {
  it('gives the rows worked out by hand for a model that runs like clockwork', () => {
    // given cases at working hours 0, 1, 2, ... each checked for exactly one hour,
    // and a working week from Monday 6 January 2025, 09:00-17:00
    const project = clockwork();
    const { text, result } = simulatedCsv(project, workingClock(project.calendar, monday), 600);
    // then the warm-up is 3 cycle times of 1 h, so cases 1-3 arrive in it
    expect(result.warmupHours).toBe(3);
    const row = (n: number, arrive: string, from: string, to: string) => {
      const warm = n <= 3 ? 'true' : 'false';
      return [
        `${n},Arrive,${arrive},${arrive},,,${warm},in`,
        `${n},Check,${from},${to},Clerk,,${warm},check`,
        `${n},Done,${to},${to},,,${warm},out`,
      ];
    };
    const t = (day: number, hour: number) =>
      `2025-01-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000+00:00`;
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      'case_id,activity,start_time,end_time,resource,ai_outcome,warm_up,step_id',
    );
    expect(lines.slice(1, 1 + 3 * 10)).toEqual([
      ...row(1, t(6, 9), t(6, 9), t(6, 10)),
      ...row(2, t(6, 10), t(6, 10), t(6, 11)),
      ...row(3, t(6, 11), t(6, 11), t(6, 12)),
      ...row(4, t(6, 12), t(6, 12), t(6, 13)),
      ...row(5, t(6, 13), t(6, 13), t(6, 14)),
      ...row(6, t(6, 14), t(6, 14), t(6, 15)),
      ...row(7, t(6, 15), t(6, 15), t(6, 16)),
      // the last case of Monday ends at the close, not at Tuesday's opening
      ...row(8, t(6, 16), t(6, 16), t(6, 17)),
      // the next arrives when Tuesday opens
      ...row(9, t(7, 9), t(7, 9), t(7, 10)),
      ...row(10, t(7, 10), t(7, 10), t(7, 11)),
    ]);
    // and after Friday comes Monday: case 41 arrives at working hour 40
    expect(lines.slice(1 + 3 * 40, 1 + 3 * 41)).toEqual(row(41, t(13, 9), t(13, 9), t(13, 10)));
    expect(lines).toHaveLength(1 + 3 * 600 + 1);
  });

  it('dates every activity in working hours, in order within each case', () => {
    // given the map with every step kind and a start on a Wednesday
    const project = mixedProject();
    const { text } = simulatedCsv(
      project,
      workingClock(project.calendar, parseDate('2025-01-08') as number),
      3000,
    );
    const rows = text
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split(','));
    expect(rows.length).toBeGreaterThan(3000 * 6);
    const problems: string[] = [];
    const lastStart = new Map<string, string>();
    for (const [id = '', activity, from = '', to = ''] of rows) {
      for (const stamp of [from, to]) {
        const when = new Date(stamp);
        const weekday = when.getUTCDay();
        const minutes = when.getUTCHours() * 60 + when.getUTCMinutes() + when.getUTCSeconds() / 60;
        // then every time is Monday to Friday, 09:00 to 17:00
        if (weekday === 0 || weekday === 6 || minutes < 9 * 60 || minutes > 17 * 60)
          problems.push(`case ${id}, ${activity}: ${stamp} is outside working hours`);
      }
      // start <= end, and each row of a case starts no earlier than the one before
      if (from > to) problems.push(`case ${id}, ${activity}: ends before it starts`);
      if ((lastStart.get(id) ?? '') > from) problems.push(`case ${id}, ${activity}: out of order`);
      lastStart.set(id, from);
    }
    expect(problems.slice(0, 5)).toEqual([]);
    expect(rows[0]?.[2]).toMatch(/^2025-01-08T/);
  });

  it('writes a well-formed XES log of a real run, traces in time order', () => {
    const project = mixedProject();
    const map = project.maps.current;
    let text = '';
    const writer = xesEventLog(
      { write: (piece) => void (text += piece) },
      workingClock(project.calendar, monday),
      { logName: map.name },
    );
    simulate(project, map, {
      cases: 1000,
      replications: 1,
      seed: 3,
      observer: recordEventLog(project, map, (c) => writer.writeCase(c)),
    });
    writer.end();
    const traces = parseXml(text).children.filter((c) => c.name === 'trace');
    expect(traces).toHaveLength(1000);
    const outOfOrder = traces.filter((trace) => {
      const times = trace.children
        .filter((c) => c.name === 'event')
        .map((e) => e.children.find((a) => a.attributes.get('key') === 'time:timestamp'))
        .map((a) => a?.attributes.get('value') ?? '');
      return times.some((time, i) => i > 0 && time < (times[i - 1] as string));
    });
    expect(outOfOrder).toHaveLength(0);
  });
});

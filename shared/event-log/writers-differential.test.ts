/**
 * The CSV and XES writers build their text as UTF-8 bytes, with timestamps written digit by
 * digit (text-sink.ts, working-clock.ts). Here they are checked against the straightforward
 * way, written out plainly below: strings joined per row and per event, dates from
 * `Date.toISOString`, nothing prepared or cached. Both must give the same text, byte for byte,
 * for a real run of the map with every step kind, its names made awkward, given to a sink of
 * strings and to a sink of bytes.
 */
import { describe, expect, it } from 'vitest';
import { recordEventLog, simulate, type LoggedActivity, type LoggedCase } from '../engine';
import { mixedProject } from '../engine/des/testing/mixed-project';
import type { Project } from '../model/schema';
import { csvCell, csvEventLog, CSV_COLUMNS } from './csv';
import type { TextSink } from './text-sink';
import { parseDate, workingClock, type WorkingClock } from './working-clock';
import { endMsOf, startMsOf, type EventLogWriter } from './writer';
import { xesEventLog, xmlAttribute } from './xes';

const iso = (ms: number): string => new Date(ms).toISOString().replace('Z', '+00:00');

/** What `csvEventLog` writes for `cases`, the plain way. */
function plainCsv(clock: WorkingClock, cases: readonly LoggedCase[]): string {
  let text = `${CSV_COLUMNS.join(',')}\r\n`;
  for (const c of cases)
    for (const a of c.activities) {
      const startMs = startMsOf(clock, a);
      const endMs = endMsOf(clock, a, startMs);
      const cells = [
        String(c.caseNumber),
        csvCell(a.kind.activity),
        iso(startMs),
        iso(endMs),
        csvCell(a.kind.role ?? ''),
        a.kind.aiOutcome ?? '',
        String(c.warmUp),
        csvCell(a.kind.stepId),
      ];
      text += `${cells.join(',')}\r\n`;
    }
  return text;
}

/** The events of `cases` as `xesEventLog` writes them, the plain way (its header left out). */
function plainXesTraces(clock: WorkingClock, cases: readonly LoggedCase[]): string {
  let text = '';
  const attribute = (key: string, value: string): string =>
    `<string key="${key}" value="${xmlAttribute(value)}"/>`;
  for (const c of cases) {
    const events: { ms: number; a: LoggedActivity; transition: string }[] = [];
    for (const a of c.activities) {
      const startMs = startMsOf(clock, a);
      const instant = a.kind.stepKind === 'start' || a.kind.stepKind === 'end';
      if (!instant) events.push({ ms: startMs, a, transition: 'start' });
      events.push({ ms: endMsOf(clock, a, startMs), a, transition: 'complete' });
    }
    // Array.prototype.sort is stable: a start stays before its own complete.
    events.sort((x, y) => x.ms - y.ms);
    text += `  <trace>${attribute('concept:name', String(c.caseNumber))}`;
    text += `<boolean key="warmUp" value="${c.warmUp}"/>\n`;
    for (const { ms, a, transition } of events) {
      text += `    <event>${attribute('concept:name', a.kind.activity)}`;
      text += attribute('stepId', a.kind.stepId);
      if (a.kind.role !== null)
        text += attribute('org:resource', a.kind.role) + attribute('org:role', a.kind.role);
      if (a.kind.aiOutcome !== null) text += attribute('aiOutcome', a.kind.aiOutcome);
      text += attribute('lifecycle:transition', transition);
      text += `<date key="time:timestamp" value="${iso(ms)}"/></event>\n`;
    }
    text += '  </trace>\n';
  }
  return text;
}

/** The map with every step kind, its names full of what CSV and XML must escape. */
function awkwardProject(): Project {
  const project = mixedProject();
  const awkward = ['=SUM(A1)', 'a, "b"', '<&> é 😀', 'tab\there', '+1', 'line\u2028sep'];
  const current = project.maps.current;
  return {
    ...project,
    roles: project.roles.map((r, i) => ({ ...r, name: `${awkward[i] ?? ''} ${r.name}` })),
    maps: {
      ...project.maps,
      current: {
        ...current,
        steps: current.steps.map((s, i) => ({ ...s, name: `${s.name} ${awkward[i % 6] ?? ''}` })),
      },
    },
  };
}

/** A real run's cases, and what the writer under test gives for them to a string and a byte sink. */
function run(make: (sink: TextSink, clock: WorkingClock) => EventLogWriter) {
  const project = awkwardProject();
  const map = project.maps.current;
  // A start on a Friday late in March: weekends, a month's end and Europe's clock change.
  const clock = workingClock(project.calendar, parseDate('2025-03-28') as number);
  const cases: LoggedCase[] = [];
  let strings = '';
  const bytes: number[] = [];
  const toStrings = make({ write: (piece) => void (strings += piece) }, clock);
  const toBytes = make(
    {
      write: () => {
        throw new Error('a sink that takes bytes is given bytes');
      },
      writeUtf8: (piece) => void bytes.push(...piece),
    },
    clock,
  );
  simulate(project, map, {
    cases: 1500,
    replications: 1,
    seed: 11,
    observer: recordEventLog(project, map, (c) => {
      cases.push(c);
      toStrings.writeCase(c);
      toBytes.writeCase(c);
    }),
  });
  toStrings.end();
  toBytes.end();
  return { cases, clock, strings, bytes: new TextDecoder().decode(Uint8Array.from(bytes)) };
}

describe('event-log writers against the plain way', () => {
  it('CSV: the same text to a string sink and a byte sink as rows joined plainly', () => {
    // given a real run whose names need quoting and neutralising
    const { cases, clock, strings, bytes } = run((sink, clock) => csvEventLog(sink, clock));
    expect(cases.length).toBeGreaterThan(1000);
    // then both sinks hold exactly the plain text
    const plain = plainCsv(clock, cases);
    expect(strings).toBe(plain);
    expect(bytes).toBe(plain);
  });

  it('XES: the same text to a string sink and a byte sink as events joined plainly', () => {
    const { cases, clock, strings, bytes } = run((sink, clock) =>
      xesEventLog(sink, clock, { logName: 'awkward' }),
    );
    // the traces follow the header and end with the log
    const traces = strings.slice(strings.indexOf('  <trace>'), -'</log>\n'.length);
    expect(strings.endsWith('</log>\n')).toBe(true);
    expect(traces).toBe(plainXesTraces(clock, cases));
    expect(bytes).toBe(strings);
  });
});

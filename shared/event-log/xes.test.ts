import { describe, expect, it } from 'vitest';
import type { ActivityKind, LoggedCase } from '../engine';
import { parseXml, type XmlElement } from './testing/xml-check';
import { parseDate, workingClock } from './working-clock';
import { xesEventLog, xmlAttribute } from './xes';

/** An activity kind, as the recorder makes them. */
const kind = (
  activity: string,
  stepId: string,
  stepKind: ActivityKind['stepKind'],
  role: string | null,
  aiOutcome: ActivityKind['aiOutcome'],
): ActivityKind => ({ activity, stepId, stepKind, role, aiOutcome });

const clock = workingClock({ hoursPerDay: 8, daysPerYear: 220 }, parseDate('2025-01-06') as number);

const HOSTILE = 'Check <b>&amp; "sign" off\' ]]> \u{1F600}';

/** A case with a parallel part: two activities overlap, the second started first. */
const forked: LoggedCase = {
  caseNumber: 3,
  warmUp: true,
  arrivalHours: 1,
  completionHours: 3,
  activities: [
    { kind: kind('In', 'in', 'start', null, null), startHours: 1, endHours: 1 },
    { kind: kind(HOSTILE, 'a', 'task', 'R&D <team>', null), startHours: 1, endHours: 3 },
    { kind: kind('Classify', 'b', 'ai', null, 'accepted'), startHours: 1, endHours: 1.5 },
    {
      kind: kind('Classify (fallback)', 'b', 'ai', 'Clerk', 'fallback'),
      startHours: 1.5,
      endHours: 2,
    },
    { kind: kind('Out', 'out', 'end', null, null), startHours: 3, endHours: 3 },
  ],
};

function writeLog(cases: readonly LoggedCase[]): string {
  let text = '';
  const writer = xesEventLog({ write: (piece) => void (text += piece) }, clock, {
    logName: 'Invoices & <co> — "current"',
    attributes: [['seed', '7']],
  });
  for (const c of cases) writer.writeCase(c);
  writer.end();
  return text;
}

const attrs = (e: XmlElement): Record<string, string> => Object.fromEntries(e.attributes);
const children = (e: XmlElement, name: string) => e.children.filter((c) => c.name === name);
/** The attributes of `e` (its string, date and boolean elements) as key -> value. */
function values(e: XmlElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of e.children)
    if (c.name !== 'event' && c.name !== 'trace')
      out[c.attributes.get('key') ?? '?'] = c.attributes.get('value') ?? '?';
  return out;
}

describe('XES event log', () => {
  it('escapes text for XML attributes, and replaces what XML cannot hold', () => {
    expect(xmlAttribute('a & b < c > d "e" \'f\'')).toBe(
      "a &amp; b &lt; c &gt; d &quot;e&quot; 'f'",
    );
    expect(xmlAttribute('line\nbreak\ttab\rcr')).toBe('line&#10;break&#9;tab&#13;cr');
    expect(xmlAttribute('bell\u0007 lone\ud800 pair\u{1F600}')).toBe(
      'bell\uFFFD lone\uFFFD pair\u{1F600}',
    );
    expect(xmlAttribute('plain')).toBe('plain');
  });

  it('is well-formed XES 2.0 with the extensions, globals and classifiers declared', () => {
    // given a log of two cases
    const log = parseXml(writeLog([forked, { ...forked, caseNumber: 4, warmUp: false }]));
    // then the root is XES 2.0 in the standard's namespace
    expect(log.name).toBe('log');
    expect(attrs(log)).toEqual({ 'xes.version': '2.0', xmlns: 'http://www.xes-standard.org/' });
    // with the four extensions it uses
    expect(children(log, 'extension').map(attrs)).toEqual(
      [
        ['Concept', 'concept'],
        ['Time', 'time'],
        ['Lifecycle', 'lifecycle'],
        ['Organizational', 'org'],
      ].map(([name, prefix]) => ({
        name,
        prefix,
        uri: `http://www.xes-standard.org/${prefix}.xesext`,
      })),
    );
    // global attributes for traces and events
    const globals: Record<string, string[]> = {};
    for (const g of children(log, 'global'))
      globals[g.attributes.get('scope') ?? '?'] = Object.keys(values(g));
    expect(globals).toEqual({
      trace: ['concept:name', 'warmUp'],
      event: ['concept:name', 'time:timestamp', 'lifecycle:transition', 'stepId'],
    });
    expect(children(log, 'classifier').map(attrs)).toEqual([
      { name: 'Activity', keys: 'concept:name' },
      { name: 'Activity and transition', keys: 'concept:name lifecycle:transition' },
      { name: 'Resource', keys: 'org:resource' },
    ]);
    // the log's own attributes, the name decoded back exactly
    expect(values(log)).toMatchObject({
      'concept:name': 'Invoices & <co> — "current"',
      'lifecycle:model': 'standard',
      seed: '7',
    });
    // and the parts in the order of the standard's schema: extensions, globals,
    // classifiers, the log's attributes, traces
    const order = log.children.map((c) => c.name);
    expect(order.indexOf('trace')).toBeGreaterThan(order.lastIndexOf('classifier'));
    expect(order.lastIndexOf('extension')).toBeLessThan(order.indexOf('global'));
    expect(children(log, 'trace')).toHaveLength(2);
  });

  it('writes each case as a trace of start and complete events in time order', () => {
    const log = parseXml(writeLog([forked]));
    const [trace] = children(log, 'trace');
    expect(values(trace as XmlElement)).toEqual({ 'concept:name': '3', warmUp: 'true' });
    const events = children(trace as XmlElement, 'event').map((e) => values(e));
    // every event carries the global attributes
    for (const e of events)
      expect(Object.keys(e)).toEqual(
        expect.arrayContaining([
          'concept:name',
          'time:timestamp',
          'lifecycle:transition',
          'stepId',
        ]),
      );
    // instants are one complete event; activities with a duration start and complete;
    // the overlapping activities interleave by time
    expect(
      events.map((e) => `${e['concept:name']} ${e['lifecycle:transition']} ${e['time:timestamp']}`),
    ).toEqual([
      'In complete 2025-01-06T10:00:00.000+00:00',
      `${HOSTILE} start 2025-01-06T10:00:00.000+00:00`,
      'Classify start 2025-01-06T10:00:00.000+00:00',
      'Classify complete 2025-01-06T10:30:00.000+00:00',
      'Classify (fallback) start 2025-01-06T10:30:00.000+00:00',
      'Classify (fallback) complete 2025-01-06T11:00:00.000+00:00',
      `${HOSTILE} complete 2025-01-06T12:00:00.000+00:00`,
      'Out complete 2025-01-06T12:00:00.000+00:00',
    ]);
    // a person's work names its role as resource and role; AI steps give their outcome
    expect(events[1]).toMatchObject({ 'org:resource': 'R&D <team>', 'org:role': 'R&D <team>' });
    expect(events[2]).not.toHaveProperty('org:resource');
    expect(events[2]).toMatchObject({ aiOutcome: 'accepted' });
    expect(events[4]).toMatchObject({ aiOutcome: 'fallback', 'org:resource': 'Clerk' });
  });

  it('is still well-formed with no case at all', () => {
    const log = parseXml(writeLog([]));
    expect(children(log, 'trace')).toHaveLength(0);
  });

  it('the checker refuses what is not well-formed, so the tests above mean something', () => {
    for (const bad of [
      '<log><trace></log>',
      '<log a="1" a="2"/>',
      '<log a="x < y"/>',
      '<log a="R&D"/>',
      '<log a=1/>',
      '<log/><log/>',
      '<log a="\u0001"/>',
      '<log>',
    ])
      expect(() => parseXml(bad), bad).toThrow(/not well-formed/);
  });
});

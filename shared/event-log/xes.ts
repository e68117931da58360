/**
 * The event log as XES 2.0 (IEEE 1849-2023), the exchange format of process-mining tools
 * (ProM, PM4Py, Celonis, Disco). Written as a stream: the header, then one `<trace>` per case
 * as it completes, then `</log>`. One line per event (a million-case log is gigabytes: the
 * line keeps it greppable and the bytes down).
 *
 * - The Concept, Time, Lifecycle and Organizational extensions are declared; global
 *   attributes say what every trace (concept:name, warmUp) and every event (concept:name,
 *   time:timestamp, lifecycle:transition, stepId) carries; classifiers name the usual views
 *   (activity; activity and transition; resource).
 * - A trace: concept:name (the case number) and warmUp (it arrived in the warm-up, which the
 *   simulation's figures leave out).
 * - An activity with a duration is two events, lifecycle:transition `start` and `complete`;
 *   the start and end steps are one `complete` event. Each event has concept:name,
 *   time:timestamp (ISO 8601 with offset, working-clock.ts), stepId, org:resource and
 *   org:role (the role's name: the simulator has pools of people, not named persons) when a
 *   person does it, and aiOutcome (accepted, reviewed, fallback) at AI steps. Events are in
 *   time order within their trace.
 * - Text is escaped for XML (& < > " and line breaks in attribute values); a character XML
 *   1.0 cannot hold at all (most control characters, a lone surrogate) becomes U+FFFD.
 */
import type { ActivityKind, LoggedCase } from '../engine';
import { copyBytes, Utf8Pieces, utf8, type TextSink } from './text-sink';
import { TIMESTAMP_LENGTH, type WorkingClock } from './working-clock';
import { endMsOf, startMsOf, type EventLogWriter } from './writer';

/** Escape `text` for an XML attribute value in double quotes. */
export function xmlAttribute(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let entity: string | undefined;
    if (c === 38) entity = '&amp;';
    else if (c === 60) entity = '&lt;';
    else if (c === 62) entity = '&gt;';
    else if (c === 34) entity = '&quot;';
    else if (c === 9) entity = '&#9;';
    else if (c === 10) entity = '&#10;';
    else if (c === 13) entity = '&#13;';
    else if (c < 32 || c === 0xfffe || c === 0xffff) entity = '\uFFFD';
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else entity = '\uFFFD';
    } else if (c >= 0xdc00 && c <= 0xdfff) entity = '\uFFFD';
    if (entity === undefined) continue;
    out += text.slice(from, i) + entity;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

const EXTENSIONS = [
  ['Concept', 'concept'],
  ['Time', 'time'],
  ['Lifecycle', 'lifecycle'],
  ['Organizational', 'org'],
] as const;

export interface XesOptions {
  /** The log's concept:name, e.g. "Invoice processing — Current". */
  logName: string;
  /** More log attributes, as strings: where the log comes from (seed, start date, ...). */
  attributes?: readonly (readonly [key: string, value: string])[];
}

const str = (key: string, value: string): string =>
  `<string key="${key}" value="${xmlAttribute(value)}"/>`;

function header(options: XesOptions): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<log xes.version="2.0" xmlns="http://www.xes-standard.org/">',
    ...EXTENSIONS.map(
      ([name, prefix]) =>
        `  <extension name="${name}" prefix="${prefix}" uri="http://www.xes-standard.org/${prefix}.xesext"/>`,
    ),
    '  <global scope="trace">',
    `    ${str('concept:name', '')}`,
    '    <boolean key="warmUp" value="false"/>',
    '  </global>',
    '  <global scope="event">',
    `    ${str('concept:name', '')}`,
    '    <date key="time:timestamp" value="1970-01-01T00:00:00.000+00:00"/>',
    `    ${str('lifecycle:transition', 'complete')}`,
    `    ${str('stepId', '')}`,
    '  </global>',
    '  <classifier name="Activity" keys="concept:name"/>',
    '  <classifier name="Activity and transition" keys="concept:name lifecycle:transition"/>',
    '  <classifier name="Resource" keys="org:resource"/>',
    `  ${str('concept:name', options.logName)}`,
    `  ${str('lifecycle:model', 'standard')}`,
    ...(options.attributes ?? []).map(([key, value]) => `  ${str(xmlAttribute(key), value)}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** The text of a kind's events before their time, one line per event, as UTF-8. */
interface EventText {
  /** Null for an instant (the start and end steps), which is one complete event. */
  readonly start: Uint8Array | null;
  readonly complete: Uint8Array;
}

const TRACE_START = utf8('  <trace><string key="concept:name" value="');
const WARM_UP = utf8('"/><boolean key="warmUp" value="true"/>\n');
const NOT_WARM_UP = utf8('"/><boolean key="warmUp" value="false"/>\n');
const EVENT_END = utf8('"/></event>\n');
const TRACE_END = utf8('  </trace>\n');

function eventText(kind: ActivityKind): EventText {
  let body = `<string key="concept:name" value="${xmlAttribute(kind.activity)}"/>`;
  body += `<string key="stepId" value="${xmlAttribute(kind.stepId)}"/>`;
  if (kind.role !== null) {
    const role = xmlAttribute(kind.role);
    body += `<string key="org:resource" value="${role}"/><string key="org:role" value="${role}"/>`;
  }
  if (kind.aiOutcome !== null) body += `<string key="aiOutcome" value="${kind.aiOutcome}"/>`;
  const event = (transition: string): Uint8Array =>
    utf8(
      `    <event>${body}<string key="lifecycle:transition" value="${transition}"/>` +
        '<date key="time:timestamp" value="',
    );
  const instant = kind.stepKind === 'start' || kind.stepKind === 'end';
  return { start: instant ? null : event('start'), complete: event('complete') };
}

/** An XES event log writing to `sink`; the header is written at once. */
export function xesEventLog(
  sink: TextSink,
  clock: WorkingClock,
  options: XesOptions,
): EventLogWriter {
  const out = new Utf8Pieces(sink);
  const texts = new Map<ActivityKind, EventText>();
  // One case's events, reused: time, text before the time, and (when out of order) the order.
  const times: number[] = [];
  const heads: Uint8Array[] = [];
  let cases = 0;
  let events = 0;
  let closed = false;
  out.addText(header(options));
  return {
    writeCase(logged: LoggedCase): void {
      times.length = 0;
      heads.length = 0;
      let sorted = true;
      for (const a of logged.activities) {
        let text = texts.get(a.kind);
        if (text === undefined) {
          text = eventText(a.kind);
          texts.set(a.kind, text);
        }
        const startMs = startMsOf(clock, a);
        const endMs = endMsOf(clock, a, startMs);
        if (text.start !== null) {
          if (times.length > 0 && startMs < (times[times.length - 1] as number)) sorted = false;
          times.push(startMs);
          heads.push(text.start);
        }
        if (times.length > 0 && endMs < (times[times.length - 1] as number)) sorted = false;
        times.push(endMs);
        heads.push(text.complete);
      }
      let order: number[] | null = null;
      if (!sorted) {
        // Stable: a start keeps its place before its own complete, and before what follows.
        order = times.map((_, i) => i);
        order.sort((x, y) => (times[x] as number) - (times[y] as number) || x - y);
      }
      out.add(TRACE_START);
      out.addWholeNumber(logged.caseNumber);
      out.add(logged.warmUp ? WARM_UP : NOT_WARM_UP);
      for (let k = 0; k < times.length; k++) {
        const i = order === null ? k : (order[k] as number);
        const head = heads[i] as Uint8Array;
        out.room(head.length + TIMESTAMP_LENGTH + EVENT_END.length);
        const bytes = out.bytes;
        const at = clock.writeTimestamp(
          bytes,
          copyBytes(bytes, out.length, head),
          times[i] as number,
        );
        out.length = copyBytes(bytes, at, EVENT_END);
      }
      out.add(TRACE_END);
      cases++;
      events += times.length;
    },
    end(): void {
      if (closed) return;
      closed = true;
      out.add(utf8('</log>\n'));
      out.flush();
    },
    get cases() {
      return cases;
    },
    get events() {
      return events;
    },
  };
}

/**
 * The event log as XES 2.0 (IEEE 1849-2023), the exchange format of process-mining tools
 * (ProM, PM4Py, Celonis, Disco). Written as a stream: the header, then one `<trace>` per case
 * as it completes, then `</log>`.
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
import type { LoggedCase } from '../engine';
import { BufferedText, type TextSink } from './text-sink';
import type { WorkingClock } from './working-clock';
import { activityTimes, type EventLogWriter } from './writer';

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

interface PendingEvent {
  ms: number;
  text: string;
}

/** An XES event log writing to `sink`; the header is written at once. */
export function xesEventLog(
  sink: TextSink,
  clock: WorkingClock,
  options: XesOptions,
): EventLogWriter {
  const out = new BufferedText(sink);
  let cases = 0;
  let events = 0;
  let closed = false;
  out.add(header(options));
  const event = (ms: number, transition: string, body: string): PendingEvent => ({
    ms,
    text:
      `    <event>\n${body}      <string key="lifecycle:transition" value="${transition}"/>\n` +
      `      <date key="time:timestamp" value="${clock.format(ms)}"/>\n    </event>\n`,
  });
  return {
    writeCase(logged: LoggedCase): void {
      const pending: PendingEvent[] = [];
      for (const a of logged.activities) {
        let body =
          `      <string key="concept:name" value="${xmlAttribute(a.activity)}"/>\n` +
          `      <string key="stepId" value="${xmlAttribute(a.stepId)}"/>\n`;
        if (a.role !== null) {
          const role = xmlAttribute(a.role);
          body +=
            `      <string key="org:resource" value="${role}"/>\n` +
            `      <string key="org:role" value="${role}"/>\n`;
        }
        if (a.aiOutcome !== null)
          body += `      <string key="aiOutcome" value="${a.aiOutcome}"/>\n`;
        const [startMs, endMs] = activityTimes(clock, a);
        if (a.stepKind !== 'start' && a.stepKind !== 'end')
          pending.push(event(startMs, 'start', body));
        pending.push(event(endMs, 'complete', body));
      }
      // Stable: a start keeps its place before its own complete, and before what follows.
      pending.sort((x, y) => x.ms - y.ms);
      let text =
        `  <trace>\n    <string key="concept:name" value="${logged.caseNumber}"/>\n` +
        `    <boolean key="warmUp" value="${logged.warmUp ? 'true' : 'false'}"/>\n`;
      for (const e of pending) text += e.text;
      out.add(`${text}  </trace>\n`);
      cases++;
      events += pending.length;
    },
    end(): void {
      if (closed) return;
      closed = true;
      out.add('</log>\n');
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

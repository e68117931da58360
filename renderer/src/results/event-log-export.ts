/**
 * "Event log (CSV)" and "Event log (XES)": the event log of the simulation shown for the
 * active map, as the file `flowcase simulate --event-log` writes for the same project, map,
 * cases and seed (replication 1, working time from the CLI's default start date). The log is
 * not kept from the run: the engine worker runs replication 1 again with a recorder and sends
 * the text in pieces, each put in a Blob part as it comes, so the page never holds the whole
 * text as one string.
 *
 * Never throws: what went wrong, or that it was cancelled, is said in the app's notice.
 */
import { DEFAULT_START_DATE, type EventLogFormat } from '../../../shared/event-log';
import { mapOf } from '../../../shared/editor';
import { appEngine } from '../engine/app-engine';
import { describe } from '../engine/engine-worker';
import type { EventLogSummary } from '../engine/engine-client';
import { downloadBlob } from '../export/download';
import { downloadName } from '../export/file-name';
import { useAppStore } from '../store';
import { isOutOfDate, resultKey } from './staleness';

const MIME: Readonly<Record<EventLogFormat, string>> = {
  csv: 'text/csv;charset=utf-8',
  xes: 'application/xml',
};

export interface EventLogHooks {
  readonly onProgress: (share: number) => void;
  readonly signal: AbortSignal;
}

/** What the notice says once the log is downloaded, in one sentence. */
export function logSentence(summary: EventLogSummary, format: EventLogFormat): string {
  if (!summary.simulated)
    return 'Downloaded an empty event log: this map was not simulated (see the results).';
  const what = format === 'csv' ? 'rows' : 'events';
  const count = (n: number) => n.toLocaleString('en-GB');
  return (
    `Downloaded the event log of replication 1: ${count(summary.cases)} cases, ` +
    `${count(summary.events)} ${what}, working time from ${DEFAULT_START_DATE}` +
    (summary.unfinished > 0
      ? `; ${count(summary.unfinished)} cases never finished and are not in it.`
      : '.')
  );
}

/** Download the event log of the active map's last run as `format`. */
export async function exportEventLog(format: EventLogFormat, hooks: EventLogHooks): Promise<void> {
  const { project, activeMapKey, simulations, say } = useAppStore.getState();
  if (project === null) return;
  const record = simulations[resultKey(activeMapKey)];
  const map = mapOf(project, activeMapKey);
  if (record === undefined || map === null) {
    say('Run the simulation first; its event log can then be downloaded.', 'refusal');
    return;
  }
  if (isOutOfDate(record, project, activeMapKey)) {
    say(
      'The project changed since this run, so its event log would not match the results. Run the simulation again, then download the log.',
      'refusal',
    );
    return;
  }
  const parts: Blob[] = [];
  try {
    const summary = await appEngine().runEventLog(
      project,
      map.id,
      {
        cases: record.settings.cases,
        seed: record.settings.seed,
        format,
        startDate: DEFAULT_START_DATE,
      },
      {
        onText: (piece) => void parts.push(new Blob([piece])),
        onProgress: hooks.onProgress,
        signal: hooks.signal,
      },
    );
    const name = downloadName([project.name, map.name, 'event log'], format, 'event log');
    downloadBlob(new Blob(parts, { type: MIME[format] }), name);
    say(logSentence(summary, format));
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError')
      say('The event log was cancelled; nothing was downloaded.');
    else say(`The event log could not be written: ${describe(error)}`, 'refusal');
  }
}

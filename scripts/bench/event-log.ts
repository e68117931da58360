/**
 * Figure "event log" (issue 12, "Speed": an event log of 100 000 cases written in <= 3 s):
 * `flowcase simulate --event-log` as the CLI runs it, in process: the invoice sample's first
 * target map (AI steps with review, QA sampling and fallback; parallel posting and archiving),
 * one replication, recorded and written as CSV or XES through the CLI's own streamed file
 * (cli/src/files.ts: a temporary file, flushed and renamed into place) in the system's
 * temporary folder, removed afterwards. Wall time covers the simulation and the log; the same
 * simulation without a log, and with the log formatted but thrown away, are timed beside it,
 * so the cost of recording and formatting and that of the disk can be read off.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openTextFile } from '../../cli/src/files';
import { recordEventLog, simulate, simulateAsync } from '../../shared/engine';
import {
  csvEventLog,
  parseDate,
  workingClock,
  xesEventLog,
  type EventLogWriter,
} from '../../shared/event-log';
import { SAMPLES } from '../../shared/samples';

export async function benchEventLog(
  format: 'csv' | 'xes',
  cases: number,
): Promise<Record<string, unknown>> {
  const sample = SAMPLES[0];
  const map = sample?.project.maps.targets[0];
  if (sample === undefined || map === undefined) throw new Error('no sample with a target map');
  const { project } = sample;
  const options = { cases, replications: 1, seed: 1 };

  // CPU seconds beside wall seconds: on a shared machine the ratio of two CPU times is steadier.
  const cpuS = (since: NodeJS.CpuUsage): number => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1e6;
  };
  const plainStart = performance.now();
  const plainCpu = process.cpuUsage();
  const plain = simulate(project, map, options);
  const simulationOnlyS = (performance.now() - plainStart) / 1000;
  const simulationOnlyCpuS = cpuS(plainCpu);
  if (plain.status !== 'ok') throw new Error(`the sample did not simulate: ${plain.status}`);

  // The same, recorded and the cases dropped: the recording's cost.
  const recordCpu = process.cpuUsage();
  let recorded = 0;
  simulate(project, map, { ...options, observer: recordEventLog(project, map, () => recorded++) });
  const recordOnlyCpuS = cpuS(recordCpu);

  // The same again, the text formatted and thrown away: the recording and formatting cost.
  const clock = workingClock(project.calendar, parseDate('2025-01-06') as number);
  const discardStart = performance.now();
  const discardCpu = process.cpuUsage();
  // Takes bytes, as the file does: the cost of decoding to strings is not the formatting's.
  let discardedBytes = 0;
  const discard = {
    write: (text: string) => void (discardedBytes += text.length),
    writeUtf8: (utf8: Uint8Array) => void (discardedBytes += utf8.length),
  };
  const discarding =
    format === 'csv' ? csvEventLog(discard, clock) : xesEventLog(discard, clock, { logName: '' });
  simulate(project, map, {
    ...options,
    observer: recordEventLog(project, map, (logged) => discarding.writeCase(logged)),
  });
  discarding.end();
  const withoutFileS = (performance.now() - discardStart) / 1000;
  const withoutFileCpuS = cpuS(discardCpu);

  const dir = mkdtempSync(join(tmpdir(), 'flowcase-bench-log-'));
  const path = join(dir, `log.${format}`);
  try {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const file = await openTextFile(path, false);
    const writer: EventLogWriter =
      format === 'csv'
        ? csvEventLog(file, clock)
        : xesEventLog(file, clock, { logName: `${project.name} — ${map.name}` });
    const result = await simulateAsync(project, map, {
      ...options,
      observer: recordEventLog(project, map, (logged) => writer.writeCase(logged)),
      betweenChunks: () => file.drained(),
    });
    writer.end();
    await file.close();
    const wallS = (performance.now() - t0) / 1000;
    const cpuSeconds = cpuS(cpu0);
    if (JSON.stringify(result) !== JSON.stringify(plain))
      throw new Error('the logged run gave another result than the plain one');
    const bytes = statSync(path).size;
    return {
      figure: 'event-log',
      format,
      sample: sample.slug,
      map: map.name,
      cases: writer.cases,
      events: writer.events,
      bytes,
      wallS,
      cpuS: cpuSeconds,
      simulationOnlyS,
      simulationOnlyCpuS,
      withoutFileS,
      withoutFileCpuS,
      recordOnlyCpuS,
      discardedBytes,
      megabytesPerS: bytes / 1e6 / wallS,
      peakHeapMb: process.memoryUsage().heapUsed / 1e6,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

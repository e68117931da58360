/**
 * `simulatedLogWriter`: the writer both the CLI and the app use for a run's event log, with
 * the header the format needs and, for XES, the project, map and seed named in the log.
 */
import { describe, expect, it } from 'vitest';
import { mixedProject } from '../engine/des/testing/mixed-project';
import { CSV_COLUMNS } from './csv';
import { simulatedLogWriter } from './simulated-log-writer';
import { parseXml } from './testing/xml-check';

function written(format: 'csv' | 'xes', startDate = '2025-03-03', seed = 7): string {
  let text = '';
  const project = { ...mixedProject(), name: 'Claims & <refunds>' };
  const writer = simulatedLogWriter(
    { write: (piece) => void (text += piece) },
    project,
    project.maps.current,
    { format, startDate, seed },
  );
  writer.end();
  return text;
}

describe('simulatedLogWriter', () => {
  it('writes the CSV header row when the format is csv', () => {
    // given no case, when the CSV log ends, then it holds the header row only
    const text = written('csv');
    expect(text.replace('\uFEFF', '').split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
  });

  it('names the project, the map, the seed and the start date in an XES log', () => {
    // given a project whose name needs escaping, when its XES log ends
    const root = parseXml(written('xes'));
    // then the log's attributes say where it came from, the name decoded back as typed
    const values = new Map(
      root.children
        .filter((c) => c.name === 'string')
        .map((c) => [c.attributes.get('key'), c.attributes.get('value')]),
    );
    expect(values.get('concept:name')).toBe(
      `Claims & <refunds> — ${mixedProject().maps.current.name}`,
    );
    expect(values.get('source')).toBe('Flowcase simulation, replication 1');
    expect(values.get('seed')).toBe('7');
    expect(values.get('startDate')).toBe('2025-03-03');
  });

  it('refuses a start date that is not YYYY-MM-DD', () => {
    expect(() => written('csv', '3 March 2025')).toThrow(RangeError);
  });
});

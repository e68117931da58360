import { describe, expect, it } from 'vitest';
import { logSentence } from './event-log-export';

describe('logSentence', () => {
  it('counts the cases and rows of a CSV log, and says which cases are missing', () => {
    const summary = { cases: 9_812, events: 120_255, unfinished: 188, simulated: true };
    expect(logSentence(summary, 'csv')).toBe(
      'Downloaded the event log of replication 1: 9,812 cases, 120,255 rows, working time from 2025-01-06; 188 cases never finished and are not in it.',
    );
  });

  it('counts events for XES, and says nothing is missing when every case finished', () => {
    const summary = { cases: 10, events: 80, unfinished: 0, simulated: true };
    expect(logSentence(summary, 'xes')).toBe(
      'Downloaded the event log of replication 1: 10 cases, 80 events, working time from 2025-01-06.',
    );
  });

  it('says why the log is empty when the map was not simulated', () => {
    const summary = { cases: 0, events: 0, unfinished: 0, simulated: false };
    expect(logSentence(summary, 'csv')).toMatch(/^Downloaded an empty event log: this map was not/);
  });
});

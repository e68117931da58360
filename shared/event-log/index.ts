/**
 * Simulated event logs for process-mining tools: the cases the simulator records
 * (`recordEventLog` in shared/engine) written as CSV or XES 2.0 with calendar timestamps, as a
 * stream of text to any sink. Pure: no Node, no DOM; the CLI writes to a file stream, the app
 * can post the text from its worker.
 */
export { csvCell, csvEventLog, CSV_COLUMNS } from './csv';
export { xesEventLog, xmlAttribute, type XesOptions } from './xes';
export { PIECE_LENGTH, Utf8Pieces, utf8, type TextSink } from './text-sink';
export {
  parseDate,
  TIMESTAMP_LENGTH,
  workdayStartHour,
  workingClock,
  workingDaysPerWeek,
  type Edge,
  type WorkingClock,
} from './working-clock';
export { endMsOf, startMsOf, type EventLogWriter } from './writer';
export {
  DEFAULT_START_DATE,
  simulatedLogWriter,
  type EventLogFormat,
  type SimulatedLogOptions,
} from './simulated-log-writer';

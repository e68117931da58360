/**
 * The Simulation sheet: one or more simulation results (`simulate` of shared/engine), one row
 * per figure, with the 95 % interval over replications where there is one. A figure the run
 * cannot give (an overloaded map's cycle time) is left out of the interval and says why in
 * the value's place, as `flowcase simulate` does.
 */
import type { Estimate, SimulationResult } from '../engine';
import {
  count,
  decimal,
  EMPTY,
  num,
  text,
  type Cell,
  type NumberFormat,
  type Sheet,
} from './workbook';

type Row = readonly Cell[];

const STATUS_WORDS: Readonly<Record<SimulationResult['status'], string>> = {
  ok: 'steady: the figures describe the process',
  overloaded: 'overloaded: demand exceeds capacity, queues grow without limit',
  stuck: 'stuck: some cases never finished',
  'too-short': 'too short: the run cannot fill the map and leave a window to measure',
  refused: 'not simulated (see the warnings)',
};

function results(run: SimulationResult, currency: string): Row[] {
  const map = text(run.mapName);
  const row = (figure: string, value: Cell, unit = '', note = ''): Row => [
    map,
    text(figure),
    value,
    EMPTY,
    EMPTY,
    unit === '' ? EMPTY : text(unit),
    note === '' ? EMPTY : text(note),
  ];
  const missing = run.stable ? 'not measured' : 'none: see the status';
  const estimate = (figure: string, e: Estimate | null, format: NumberFormat, unit: string): Row =>
    e === null
      ? row(figure, text(missing), unit)
      : [
          map,
          text(figure),
          num(e.mean, format),
          num(e.ci95[0], format),
          num(e.ci95[1], format),
          text(unit),
          EMPTY,
        ];
  const rows: Row[] = [
    row('Status', text(STATUS_WORDS[run.status])),
    ...run.warnings.map((w) => row('Warning', text(w))),
    row('Cases per replication', count(run.cases), 'cases'),
    row('Replications', count(run.replications)),
    row('Seed', count(run.seed)),
    row('Warm-up', decimal(run.warmupHours), 'working hours', run.warmupReason),
    row('Cases measured', count(run.casesCounted), 'cases', 'arrived after the warm-up'),
    row('Cases completed', count(run.casesCompleted), 'cases'),
    estimate('Throughput', run.throughputPerHour, 'decimal', 'cases per working hour'),
  ];
  const cycle = run.cycleTimeHours;
  for (const [figure, key] of [
    ['Cycle time mean', 'mean'],
    ['Cycle time p50', 'p50'],
    ['Cycle time p90', 'p90'],
    ['Cycle time p95', 'p95'],
  ] as const)
    rows.push(estimate(figure, cycle === null ? null : cycle[key], 'decimal', 'working hours'));
  rows.push(estimate('Work in progress', run.workInProgress, 'decimal', 'cases'));
  const cost = run.costPerCase;
  for (const [figure, key] of [
    ['Cost per case', 'total'],
    ['Cost per case: labour', 'labour'],
    ['Cost per case: non-labour', 'nonLabour'],
    ['Cost per case: AI', 'ai'],
    ['Cost per case: errors', 'errors'],
  ] as const)
    rows.push(estimate(figure, cost === null ? null : cost[key], 'currency', currency));
  for (const role of run.roles)
    rows.push(
      estimate(`Utilisation: ${role.name}`, role.utilisation, 'percent', '%'),
      estimate(`Queue length: ${role.name}`, role.meanQueueLength, 'decimal', 'cases'),
      estimate(`Wait for ${role.name}`, role.meanWaitHours, 'decimal', 'working hours per visit'),
    );
  for (const step of run.steps)
    rows.push(
      estimate(`Visits per case: ${step.name}`, step.visitsPerCase, 'decimal', 'visits'),
      estimate(`Wait at ${step.name}`, step.meanWaitHours, 'decimal', 'working hours per visit'),
    );
  return rows;
}

export function simulationSheet(runs: readonly SimulationResult[], currency: string): Sheet {
  return {
    name: 'Simulation',
    columns: [
      { header: 'Map' },
      { header: 'Figure' },
      { header: 'Value' },
      { header: '95 % interval from' },
      { header: '95 % interval to' },
      { header: 'Unit' },
      { header: 'Note', wrap: true },
    ],
    rows: runs.flatMap((run) => results(run, currency)),
  };
}

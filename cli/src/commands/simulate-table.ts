/** The human-readable table of `flowcase simulate`. */
import { table } from '../table';
import type { Project } from '../../../shared/model';
import type { SimulateReport } from './simulate-report';

const num = (x: number, digits = 2): string =>
  x.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const pct = (x: number): string => `${num(x * 100, 1)} %`;
const orDash = (x: number | null, show: (v: number) => string): string =>
  x === null ? '—' : show(x);

/** Hours, with working days beside them when they run past a day. */
function duration(hours: number, hoursPerDay: number): string {
  const text = `${num(hours)} h`;
  return hours >= hoursPerDay ? `${text} (${num(hours / hoursPerDay, 1)} working days)` : text;
}

export function formatReport(project: Project, r: SimulateReport): string[] {
  const hpd = project.calendar.hoursPerDay;
  const money = (x: number): string => `${num(x)} ${r.currency}`;
  const lines: string[] = [];
  lines.push(`${r.project} — map "${r.map}"`);
  lines.push(
    r.mode === 'analytic'
      ? 'Flow model (analytic): expected values; the cycle time is a queueing estimate.'
      : `Simulation: ${r.cases?.toLocaleString('en-GB')} cases × ${r.replications} replications, seed ${r.seed}, warm-up ${pct(r.warmupFraction ?? 0)}; 95 % confidence intervals in brackets.`,
  );
  if (!r.stable) {
    lines.push(
      '',
      'UNSTABLE: demand exceeds capacity, so queues grow without limit and the figures below describe',
    );
    lines.push('only the cases simulated, not a steady state.');
  }
  for (const w of r.warnings) lines.push(`  ! ${w}`);
  lines.push('');
  const ci = (pair: [number, number] | null, show: (v: number) => string): string =>
    pair === null ? '' : `  [${show(pair[0])} – ${show(pair[1])}]`;
  const ct = r.cycleTimeHours;
  lines.push(
    ...table(
      [
        ['Throughput', `${num(r.throughputPerHour)} cases/h${ci(r.throughputCi95, (v) => num(v))}`],
        [
          'Cycle time, mean',
          `${orDash(ct.mean, (v) => duration(v, hpd))}${ci(ct.ci95, (v) => num(v))}`,
        ],
        [
          'Cycle time, p50 / p90 / p95',
          [ct.p50, ct.p90, ct.p95].map((v) => orDash(v, (x) => `${num(x)} h`)).join(' / '),
        ],
        ['Work in progress', orDash(r.workInProgress, (v) => `${num(v, 1)} cases`)],
        ['Cost per case', money(r.costPerCase)],
        [
          '  labour / non-labour / AI / errors',
          [
            r.costPerCaseBreakdown.labour,
            r.costPerCaseBreakdown.nonLabour,
            r.costPerCaseBreakdown.ai,
            r.costPerCaseBreakdown.errors,
          ]
            .map((v) => num(v))
            .join(' / '),
        ],
      ],
      true,
    ),
  );
  lines.push('');
  lines.push(
    ...table([
      ['Role', 'utilisation', 'mean queue', 'mean wait'],
      ...r.roles.map((role) => [
        role.name,
        pct(role.utilisation),
        orDash(role.meanQueueLength, (v) => num(v, 1)),
        orDash(role.meanWaitHours, (v) => `${num(v)} h`),
      ]),
    ]),
  );
  lines.push('');
  lines.push(
    ...table([
      ['Step', 'visits/case', 'mean wait'],
      ...r.steps
        .filter((s) => s.kind === 'task' || s.kind === 'ai')
        .map((s) => [
          s.name,
          num(s.visitsPerCase, 3),
          orDash(s.meanWaitHours, (v) => `${num(v)} h`),
        ]),
    ]),
  );
  return lines;
}

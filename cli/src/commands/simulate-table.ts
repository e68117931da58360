/** The human-readable table of `flowcase simulate`. */
import { table } from '../table';
import type { Project } from '../../../shared/model';
import type { SimulateReport } from './simulate-report';

const num = (x: number, digits = 2): string =>
  x.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const pct = (x: number): string => `${num(x * 100, 1)} %`;
/** A figure, or a dash where there is none (null, and never a printed NaN or ∞). */
const orDash = (x: number | null, show: (v: number) => string): string =>
  x === null || !Number.isFinite(x) ? '—' : show(x);

/** The banner above the figures: what state the map is in, in words. */
function banner(r: SimulateReport): string[] {
  switch (r.status) {
    case 'overloaded':
      return r.mode === 'analytic'
        ? [
            'OVER CAPACITY: demand exceeds what the roles can handle, so queues grow without limit;',
            'the throughput below is the most the roles can do.',
          ]
        : [
            'UNSTABLE: demand exceeds capacity, so queues grow without limit. The throughput below is',
            'the most the roles can do; figures that only grow with the run are left out.',
          ];
    case 'trapped':
      return ['CASES NEVER FINISH, so there are no figures:'];
    case 'refused':
      return ['NOT SIMULATED:'];
    case 'too-short':
      return ['TOO SHORT TO MEASURE:'];
    case 'stuck':
      return ['SOME CASES NEVER FINISHED; the figures count only those that did:'];
    default:
      return [];
  }
}

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
      : `Simulation: ${r.cases?.toLocaleString('en-GB')} cases × ${r.replications} replications, seed ${r.seed}; 95 % confidence intervals in brackets.`,
  );
  const head = banner(r);
  if (head.length > 0) lines.push('', ...head);
  for (const w of r.warnings) lines.push(`  ! ${w}`);
  if (r.status === 'trapped' || r.status === 'refused' || r.status === 'too-short') return lines;
  if (r.mode === 'simulation' && r.warmupHours !== null)
    lines.push(
      `Warm-up: ${num(r.warmupHours, 1)} working hours left out (${r.warmupReason ?? ''}); ` +
        `${(r.casesCounted ?? 0).toLocaleString('en-GB')} cases measured.`,
    );
  lines.push('');
  // An interval with an end that is not a number is left out, like a figure that is not one.
  const ci = (pair: [number, number] | null, show: (v: number) => string): string =>
    pair === null || !pair.every(Number.isFinite) ? '' : `  [${show(pair[0])} – ${show(pair[1])}]`;
  const ct = r.cycleTimeHours;
  lines.push(
    ...table(
      [
        [
          'Throughput',
          `${orDash(r.throughputPerHour, (v) => `${num(v)} cases/h`)}${ci(r.throughputCi95, (v) => num(v))}`,
        ],
        [
          'Cycle time, mean',
          `${orDash(ct.mean, (v) => duration(v, hpd))}${ci(ct.ci95, (v) => num(v))}`,
        ],
        [
          'Cycle time, p50 / p90 / p95',
          [ct.p50, ct.p90, ct.p95].map((v) => orDash(v, (x) => `${num(x)} h`)).join(' / '),
        ],
        ['Work in progress', orDash(r.workInProgress, (v) => `${num(v, 1)} cases`)],
        ['Cost per case', orDash(r.costPerCase, money)],
        [
          '  labour / non-labour / AI / errors',
          r.costPerCaseBreakdown === null
            ? '—'
            : [
                r.costPerCaseBreakdown.labour,
                r.costPerCaseBreakdown.nonLabour,
                r.costPerCaseBreakdown.ai,
                r.costPerCaseBreakdown.errors,
              ]
                .map((v) => orDash(v, (x) => num(x)))
                .join(' / '),
        ],
        ...(r.automation === null
          ? []
          : [
              [
                'AI steps: auto-accepted / reviewed / fallback',
                [r.automation.autoAccepted, r.automation.reviewed, r.automation.fallback]
                  .map((f) => pct(f.share))
                  .join(' / '),
              ],
            ]),
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
        orDash(role.utilisation, pct),
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
          orDash(s.visitsPerCase, (v) => num(v, 3)),
          orDash(s.meanWaitHours, (v) => `${num(v)} h`),
        ]),
    ]),
  );
  if (r.nullFigures !== null) lines.push('', `— ${r.nullFigures}`);
  return lines;
}

/** The human-readable summary of `flowcase roi`. */
import { assertNever } from '../../../shared/util/assert-never';
import { table } from '../table';
import type { RoiReport } from './roi-report';

/** Money rounded to whole units; a dash where there is no figure (never NaN or ∞). */
const money = (x: number | null, currency: string): string =>
  x === null || !Number.isFinite(x) ? '—' : `${Math.round(x).toLocaleString('en-GB')} ${currency}`;
const pct = (x: number): string =>
  `${(x * 100).toLocaleString('en-GB', { maximumFractionDigits: 1 })} %`;
const month = (m: number | null): string => (m === null ? 'not within the horizon' : `month ${m}`);

/** The break-even row: the rate and its side in a few words; the summary below explains. */
function breakEvenRate(r: RoiReport): string {
  const rate = r.breakEvenAutomationRate;
  const upper = r.breakEvenAutomationRateUpper;
  switch (r.breakEvenDirection) {
    case null:
      return 'none (no AI step)';
    case 'all':
      return 'none needed: NPV >= 0 at every rate';
    case 'none':
      return 'none: NPV < 0 at every rate';
    case 'from':
      return rate === null ? '—' : `${pct(rate)} (NPV >= 0 from this rate up)`;
    case 'up-to':
      return rate === null ? '—' : `${pct(rate)} (NPV >= 0 up to this rate)`;
    case 'between':
      return rate === null || upper === null
        ? '—'
        : `${pct(rate)} to ${pct(upper)} (NPV >= 0 only between them)`;
    case 'several':
      return 'several (see below)';
    default:
      return assertNever(r.breakEvenDirection);
  }
}

/** A sentence as lines of at most `width` characters, each indented by two spaces. */
function wrap(text: string, width = 96): string[] {
  const lines: string[] = [];
  let line = '';
  // A lone "%" stays with its number.
  for (const word of text.split(/ (?!%)/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(`  ${line}`);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(`  ${line}`);
  return lines;
}

/** Readiness findings, formula issues and notes: the tail of every summary. */
function findings(r: RoiReport): string[] {
  const lines = ['', r.readiness.length === 0 ? 'Readiness: no risks found.' : 'Readiness:'];
  for (const f of r.readiness) lines.push(`  [${f.severity}] ${f.message} Fix: ${f.fix}`);
  for (const issue of [...r.formulaIssues, ...r.notes]) lines.push(`  ! ${issue}`);
  return lines;
}

export function formatRoi(r: RoiReport): string[] {
  const cur = r.currency;
  const title = `Business case: "${r.scenario}" against the current process, ${r.horizonMonths} months, discount rate ${pct(r.discountRateAnnual)} a year`;
  if (r.blockers.length > 0)
    return [
      title,
      '',
      'NO BUSINESS CASE: the figures would mean nothing until the maps can do the work.',
      ...r.blockers.flatMap((b) => wrap(`! ${b}`)),
      '',
      ...table([['One-off costs planned', money(r.oneOffCosts.total, cur)]], true),
      ...findings(r),
    ];
  const lines = [
    title,
    '',
    ...table(
      [
        ['NPV', money(r.npv, cur)],
        ['IRR (a year)', r.irrAnnual === null ? `none: ${r.irrReason ?? ''}` : pct(r.irrAnnual)],
        ['Payback', month(r.paybackMonth)],
        ['ROI over the horizon', r.roiPercent === null ? '—' : `${r.roiPercent.toFixed(0)} %`],
        ['Break-even automation rate', breakEvenRate(r)],
        ['Total benefit / cost', `${money(r.totalBenefit, cur)} / ${money(r.totalCost, cur)}`],
        ['One-off costs', money(r.oneOffCosts.total, cur)],
      ],
      true,
    ),
    '',
    ...wrap(r.breakEvenSummary),
  ];
  if (r.outsideHorizon !== null) lines.push('', ...wrap(`! ${r.outsideHorizon.message}`));
  if (r.monteCarlo !== null) {
    const mc = r.monteCarlo;
    const pb = mc.paybackMonth;
    lines.push(
      '',
      `Uncertainty (${mc.samples.toLocaleString('en-GB')} ${mc.sampling} samples over the ranges, seed ${mc.seed}):`,
      `  NPV P10 / P50 / P90    ${money(mc.npv.p10, cur)} / ${money(mc.npv.p50, cur)} / ${money(mc.npv.p90, cur)}`,
      `  Payback P10 / P50 / P90 ${[pb.p10, pb.p50, pb.p90].map((m) => (m === null ? 'never' : `month ${m}`)).join(' / ')}${pb.neverShare > 0 ? `; never in ${pct(pb.neverShare)} of samples` : ''}`,
      `  Chance that NPV > 0    ${pct(mc.probNpvPositive)}`,
    );
    if (mc.overCapacityShare > 0)
      lines.push(
        `  Over capacity in       ${pct(mc.overCapacityShare)} of samples (their NPV assumes the work still gets done)`,
      );
  }
  if (r.tornado.length > 0) {
    lines.push('', 'What moves NPV most (each range at its low and high, the rest at likely):');
    lines.push(
      ...table([
        ['  Input', 'NPV at low', 'NPV at high'],
        ...r.tornado
          .slice(0, 10)
          .map((b) => [
            `  ${b.label || b.input}`,
            `${money(b.low, cur)}${b.overCapacityAtLow ? ' *' : ''}`,
            `${money(b.high, cur)}${b.overCapacityAtHigh ? ' *' : ''}`,
          ]),
      ]),
    );
    if (r.tornado.some((b) => b.overCapacityAtLow || b.overCapacityAtHigh))
      lines.push('  * a role is over capacity there: the NPV assumes the work still gets done');
  }
  lines.push('', 'Cash flow by month:');
  lines.push(
    ...table([
      ['  Month', 'Benefit', 'Cost', 'Net', 'Cumulative'],
      ...r.monthly.map((m) => [
        `  ${m.month}`,
        money(m.benefit, ''),
        money(m.cost, ''),
        money(m.net, ''),
        money(m.cumulative, ''),
      ]),
    ]),
  );
  if (r.kpis.length > 0) {
    lines.push('', 'KPIs (end of horizon):');
    for (const k of r.kpis)
      lines.push(
        `  ${k.name}: ${k.value === null ? 'cannot be computed' : k.value.toLocaleString('en-GB', { maximumFractionDigits: 2 })} ${k.unit}`.trimEnd(),
      );
  }
  lines.push(...findings(r));
  return lines;
}

/**
 * The business case's sheets: Summary (the headline), Monthly cash flow, Monte Carlo, Tornado
 * and Readiness, from what `computeRoi`, `monteCarlo`, `tornado` and `checkReadiness` return.
 * The words are the CLI's (`flowcase roi`): a figure that does not exist says why in words
 * ("not within the horizon", "none: no sign change") instead of leaving a blank or a zero.
 */
import type { Project, TargetMap } from '../model/schema';
import type { ReadinessFinding } from '../readiness';
import type { BreakEvenDirection, RoiResult } from '../roi';
import type { MonteCarloResult, TornadoResult } from '../uncertainty';
import { assertNever } from '../util/assert-never';
import { describeInput } from '../model/input-words';
import { rangeUnit } from './model-sheets';
import {
  count,
  day,
  EMPTY,
  money,
  num,
  numOr,
  share,
  text,
  type Cell,
  type Sheet,
} from './workbook';

/** Everything the business case computed for one scenario. */
export interface BusinessCase {
  roi: RoiResult;
  /** Null when Monte Carlo was not run (no samples asked for, or no business case). */
  monteCarlo: MonteCarloResult | null;
  /** Null when the tornado was not run (no business case). */
  tornado: TornadoResult | null;
  readiness: readonly ReadinessFinding[];
}

/** Where the break-even rate lies, in the CLI's words. */
function breakEvenWords(direction: BreakEvenDirection | null): string {
  switch (direction) {
    case null:
      return 'none: the scenario has no AI step';
    case 'all':
      return 'none needed: NPV >= 0 at every rate';
    case 'none':
      return 'none: NPV < 0 at every rate';
    case 'from':
      return 'NPV >= 0 from this rate up';
    case 'up-to':
      return 'NPV >= 0 up to this rate';
    case 'between':
      return 'NPV >= 0 only between this rate and the upper rate';
    case 'several':
      return 'NPV crosses zero at several rates (see the note)';
    default:
      return assertNever(direction);
  }
}

type Row = readonly Cell[];

/** A Summary row: figure, value, unit, note. */
const line = (figure: string, value: Cell, unit = '', note = ''): Row => [
  text(figure),
  value,
  unit === '' ? EMPTY : text(unit),
  note === '' ? EMPTY : text(note),
];

function headline(roi: RoiResult): Row[] {
  const cur = roi.currency;
  const rows: Row[] = [
    line('NPV', money(roi.npv), cur, 'net present value of the monthly net cash flow'),
    roi.irrAnnual === null
      ? line('IRR', text('none'), '% a year', roi.irrReason ?? '')
      : line('IRR', share(roi.irrAnnual), '% a year'),
    line(
      'Payback',
      numOr(roi.paybackMonth, 'integer', 'not within the horizon'),
      'month',
      'first month whose cumulative net is at or above 0',
    ),
    line(
      'ROI over the horizon',
      roi.roiPercent === null ? text('none: there is no cost') : share(roi.roiPercent / 100),
      '%',
      '(total benefit − total cost) / total cost, undiscounted',
    ),
  ];
  const rate = roi.breakEvenAutomationRate;
  rows.push(
    rate === null
      ? line('Break-even automation rate', text(breakEvenWords(roi.breakEvenDirection)))
      : line(
          'Break-even automation rate',
          share(rate),
          '%',
          breakEvenWords(roi.breakEvenDirection),
        ),
  );
  if (roi.breakEvenAutomationRateUpper !== null)
    rows.push(
      line(
        'Break-even upper rate',
        share(roi.breakEvenAutomationRateUpper),
        '%',
        'NPV < 0 again above this rate',
      ),
    );
  rows.push(
    line('Break-even in words', text(roi.breakEvenSummary)),
    line('Total benefit', money(roi.totalBenefit), cur, 'over the horizon'),
    line('Total cost', money(roi.totalCost), cur, 'over the horizon, one-off and running'),
  );
  return rows;
}

function uncertainty(mc: MonteCarloResult | null, blocked: boolean): Row[] {
  if (mc === null)
    return [
      line(
        'Chance that NPV > 0',
        text(blocked ? 'not computed: there is no business case' : 'not computed: no samples'),
        '%',
      ),
    ];
  const rows = [
    line(
      'Chance that NPV > 0',
      share(mc.probNpvPositive),
      '%',
      `share of ${mc.samples} ${mc.sampling} Monte Carlo samples over the ranges, seed ${mc.seed}`,
    ),
    line('Never pays back in', share(mc.paybackMonth.neverShare), '% of samples'),
  ];
  if (mc.overCapacityShare > 0)
    rows.push(
      line(
        'Over capacity in',
        share(mc.overCapacityShare),
        '% of samples',
        'their NPV assumes the work still gets done',
      ),
    );
  return rows;
}

/** The headline: what the scenario is, its figures, and what to read them with. */
export function summarySheet(
  project: Project,
  target: TargetMap,
  business: BusinessCase,
  exportedOn: Date | undefined,
): Sheet {
  const { roi, monteCarlo: mc, tornado: bars } = business;
  const blocked = roi.blockers.length > 0;
  const rows: Row[] = [
    line('Project', text(project.name)),
    line('Scenario', text(target.name), '', `target map, against the current map`),
    line('Current map', text(project.maps.current.name)),
  ];
  if (exportedOn !== undefined) rows.push(line('Exported on', day(exportedOn)));
  rows.push(
    line('Horizon', count(roi.horizonMonths), 'months'),
    line('Discount rate', share(roi.discountRateAnnual), '% a year'),
  );
  if (blocked)
    rows.push(
      ...roi.blockers.map((b) =>
        line('No business case', text(b), '', 'the figures would mean nothing until it is fixed'),
      ),
    );
  else rows.push(...headline(roi));
  rows.push(line('One-off costs', money(roi.oneOff.total), roi.currency, 'see Assumptions'));
  if (roi.outsideHorizon !== null)
    rows.push(line('Outside the horizon', text(roi.outsideHorizon.message)));
  rows.push(...uncertainty(mc, blocked));
  const readiness = business.readiness;
  const blockers = readiness.filter((f) => f.severity === 'blocker').length;
  const risks = readiness.filter((f) => f.severity === 'risk').length;
  rows.push(
    line(
      'Readiness findings',
      count(readiness.length),
      'findings',
      `${blockers} ${blockers === 1 ? 'blocker' : 'blockers'}, ${risks} ${risks === 1 ? 'risk' : 'risks'}; see Readiness`,
    ),
  );
  const notes = [...new Set([...roi.formulaIssues, ...(mc?.notes ?? []), ...(bars?.notes ?? [])])];
  rows.push(...notes.map((n) => line('Note', text(n))));
  return {
    name: 'Summary',
    columns: [
      { header: 'Figure' },
      { header: 'Value' },
      { header: 'Unit' },
      { header: 'Note', wrap: true },
    ],
    rows,
  };
}

/** Every month of the horizon, as `computeRoi` gives it. */
export function cashFlowSheet(roi: RoiResult): Sheet {
  const cur = roi.currency;
  const rows: Row[] =
    roi.blockers.length > 0
      ? [[text('No business case: see Summary')]]
      : roi.monthly.map((m) => [
          count(m.month),
          money(m.benefit),
          money(m.cost),
          money(m.net),
          money(m.cumulative),
        ]);
  return {
    name: 'Monthly cash flow',
    columns: [
      { header: 'Month' },
      { header: `Benefit (${cur})` },
      { header: `Cost (${cur})` },
      { header: `Net (${cur})` },
      { header: `Cumulative (${cur})` },
    ],
    rows,
  };
}

/** P10 / P50 / P90 of NPV and payback over the Monte Carlo samples. */
export function monteCarloSheet(roi: RoiResult, mc: MonteCarloResult | null): Sheet {
  const columns = [
    { header: 'Figure' },
    { header: 'P10' },
    { header: 'P50' },
    { header: 'P90' },
    { header: 'Mean' },
    { header: 'Unit' },
  ];
  if (mc === null)
    return {
      name: 'Monte Carlo',
      columns,
      rows: [
        [
          text(
            roi.blockers.length > 0
              ? 'Not run: there is no business case (see Summary)'
              : 'Not run: no samples were asked for',
          ),
        ],
      ],
    };
  const pb = mc.paybackMonth;
  const month = (m: number | null): Cell => numOr(m, 'integer', 'never');
  return {
    name: 'Monte Carlo',
    columns,
    rows: [
      [
        text('NPV'),
        money(mc.npv.p10),
        money(mc.npv.p50),
        money(mc.npv.p90),
        money(mc.npv.mean),
        text(roi.currency),
      ],
      [text('Payback'), month(pb.p10), month(pb.p50), month(pb.p90), EMPTY, text('month')],
    ],
  };
}

/** What moves NPV most: each range at its low and its high, every other at its likely value. */
export function tornadoSheet(project: Project, roi: RoiResult, bars: TornadoResult | null): Sheet {
  const cur = roi.currency;
  const rows: Row[] = (bars?.bars ?? []).map((b) => {
    const unit = rangeUnit(b.input, cur);
    const over = [b.overCapacityAtLow && 'low', b.overCapacityAtHigh && 'high'].filter(
      (end): end is string => end !== false,
    );
    return [
      text(b.label || b.input),
      text(describeInput(project, b.input)),
      num(b.inputLow, unit.format),
      num(b.inputLikely, unit.format),
      num(b.inputHigh, unit.format),
      unit.words === '' ? EMPTY : text(unit.words),
      money(b.npvAtLow),
      money(b.npvAtHigh),
      money(b.swing),
      over.length === 0
        ? EMPTY
        : text(
            `a role is over capacity at the ${over.join(' and the ')} value: the NPV assumes the work still gets done`,
          ),
    ];
  });
  if (bars === null) rows.push([text('Not run: there is no business case (see Summary)')]);
  else if (rows.length === 0 && project.ranges.length === 0)
    rows.push([text('No ranges: the project gives no low and high values to vary')]);
  return {
    name: 'Tornado',
    columns: [
      { header: 'Range' },
      { header: 'Input' },
      { header: 'Low value' },
      { header: 'Likely value' },
      { header: 'High value' },
      { header: 'Unit' },
      { header: `NPV at low (${cur})` },
      { header: `NPV at high (${cur})` },
      { header: `Swing (${cur})` },
      { header: 'Note', wrap: true },
    ],
    rows,
  };
}

/** Every readiness finding: how bad, which rule, what it concerns, what is wrong, the fix. */
export function readinessSheet(findings: readonly ReadinessFinding[]): Sheet {
  const rows: Row[] = findings.map((f) => [
    text(f.severity),
    text(f.rule),
    text(f.subject),
    text(f.message),
    text(f.fix),
  ]);
  if (rows.length === 0) rows.push([EMPTY, EMPTY, EMPTY, text('No risks found.')]);
  return {
    name: 'Readiness',
    columns: [
      { header: 'Severity' },
      { header: 'Rule' },
      { header: 'Concerns' },
      { header: 'Message', wrap: true },
      { header: 'Fix', wrap: true },
    ],
    rows,
  };
}

/**
 * The business case in words: the break-even automation rate with its direction, IRR and
 * payback as people say them, and the one sentence under the headline that says what the
 * figures mean together. The wording follows `flowcase roi`'s summary (cli/src/commands/
 * roi-table.ts), with the app's number formats.
 */
import type { RoiResult } from '../../../shared/roi';
import type { MonteCarloResult } from '../../../shared/uncertainty';
import { assertNever } from '../../../shared/util/assert-never';
import { capitalised } from '../../../shared/util/capitalised';
import { formatMoney, formatShare } from '../format/numbers';

/** The break-even rate (`value`) and on which side of it the NPV is >= 0 (`note`). */
export function breakEvenWords(roi: RoiResult): { value: string; note: string } {
  const rate = roi.breakEvenAutomationRate;
  const upper = roi.breakEvenAutomationRateUpper;
  switch (roi.breakEvenDirection) {
    case null:
      return { value: 'None', note: 'no AI step to vary' };
    case 'all':
      return { value: 'None needed', note: 'NPV ≥ 0 at every rate' };
    case 'none':
      return { value: 'None', note: 'NPV < 0 at every rate' };
    case 'from':
      return rate === null
        ? { value: '—', note: '' }
        : { value: formatShare(rate), note: 'NPV ≥ 0 at this rate or higher' };
    case 'up-to':
      return rate === null
        ? { value: '—', note: '' }
        : { value: formatShare(rate), note: 'NPV ≥ 0 at this rate or lower' };
    case 'between':
      return rate === null || upper === null
        ? { value: '—', note: '' }
        : {
            value: `${formatShare(rate)} – ${formatShare(upper)}`,
            note: 'NPV ≥ 0 only between these rates',
          };
    case 'several':
      return { value: 'Several', note: 'NPV ≥ 0 on more than one stretch (see below)' };
    default:
      return assertNever(roi.breakEvenDirection);
  }
}

/** The IRR as a figure (`value`); without one, "None" and the reason as its `note`. */
export function irrWords(roi: Pick<RoiResult, 'irrAnnual' | 'irrReason'>): {
  value: string;
  note?: string;
} {
  if (roi.irrAnnual !== null) return { value: `${formatShare(roi.irrAnnual)} a year` };
  const reason = roi.irrReason ?? 'no rate makes the NPV zero';
  return { value: 'None', note: capitalised(reason) };
}

export function paybackWords(month: number | null): string {
  return month === null ? 'Not within the horizon' : `Month ${month}`;
}

/** One sentence: is it worth it, what it returns for what it costs, when, and how sure. */
export function headlineSentence(roi: RoiResult, mc: MonteCarloResult | null): string {
  const cur = roi.currency;
  if (roi.npv === null || roi.totalBenefit === null || roi.totalCost === null)
    return 'There is no business case until the maps can do the work (see why above).';
  const positive = roi.npv > 0;
  const verdict = positive ? 'Worth doing on these assumptions' : 'Not worth doing as planned';
  const returns = `over ${roi.horizonMonths} months it brings ${formatMoney(roi.totalBenefit, cur)} of benefit for ${formatMoney(roi.totalCost, cur)} of cost`;
  const value = `a net present value of ${formatMoney(roi.npv, cur)}`;
  const payback =
    roi.paybackMonth === null
      ? 'and does not pay back within the horizon'
      : `and pays back in month ${roi.paybackMonth}`;
  const sure =
    mc === null
      ? ''
      : `; in ${formatShare(mc.probNpvPositive)} of ${mc.samples.toLocaleString('en-GB')} simulated outcomes the NPV is above zero`;
  return `${verdict}: ${returns}, ${value}, ${payback}${sure}.`;
}

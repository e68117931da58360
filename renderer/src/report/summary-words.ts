/**
 * The executive summary in sentences a sponsor reads: the one-sentence recommendation on the
 * cover, the top three risks from readiness and the top three drivers from the tornado. Pure
 * over the engines' results, so each wording is tested without drawing anything.
 */
import { rangeUnit } from '../../../shared/export/model-sheets';
import type { ReadinessFinding } from '../../../shared/readiness';
import type { RoiResult } from '../../../shared/roi';
import type { MonteCarloResult, TornadoBar, TornadoResult } from '../../../shared/uncertainty';
import { formatMoney, formatNumber, formatShare } from '../format/numbers';

/** Chance of a positive NPV from which the case counts as robust, and as a coin toss. */
export const CONFIDENT_SHARE = 0.8;
export const EVEN_SHARE = 0.5;

/**
 * What to decide, in one sentence from the figures: go, go in stages, fix the blockers
 * first, narrow the uncertainty first, or do not go ahead as planned.
 */
export function recommendation(
  roi: RoiResult,
  mc: MonteCarloResult | null,
  findings: readonly ReadinessFinding[],
): string {
  const cur = roi.currency;
  if (roi.npv === null || roi.blockers.length > 0)
    return `Do not decide yet: the target process cannot do the work as drawn (${lowerFirst(stripStop(roi.blockers[0] ?? 'the maps are incomplete'))}), so there is no business case to weigh.`;
  const npv = formatMoney(roi.npv, cur);
  const payback =
    roi.paybackMonth === null
      ? `it does not pay back within ${roi.horizonMonths} months`
      : `it pays back in month ${roi.paybackMonth}`;
  const chance = mc === null ? null : formatShare(mc.probNpvPositive);
  if (roi.npv <= 0)
    return `Do not go ahead as planned: the NPV is ${npv} and ${payback}${chance === null ? '' : `, with a positive NPV in only ${chance} of simulated outcomes`}; rework the plan's costs, timing or automation before asking for a budget.`;
  const blockers = findings.filter((f) => f.severity === 'blocker');
  if (blockers.length > 0)
    return `Go ahead only once ${blockers.length === 1 ? 'the readiness blocker is' : `the ${blockers.length} readiness blockers are`} fixed: the case returns an NPV of ${npv} and ${payback}, but ${lowerFirst(blockers[0]?.subject ?? 'a blocker')} would stop it in production.`;
  if (mc === null)
    return `Go ahead, and add ranges to test it: the NPV is ${npv} and ${payback}, but no range yet says how sure these figures are.`;
  const p = mc.probNpvPositive;
  if (p >= CONFIDENT_SHARE)
    return `Go ahead: the NPV is ${npv}, ${payback}, and the NPV is positive in ${chance} of simulated outcomes.`;
  if (p >= EVEN_SHARE)
    return `Go ahead in stages: the NPV is ${npv} and ${payback}, but it is positive in only ${chance} of simulated outcomes, so fund the build and decide again at go-live.`;
  return `Do not commit yet: the NPV of ${npv} is positive on the likely values, but only in ${chance} of simulated outcomes; narrow the ranges that move it most before deciding.`;
}

/** The three findings that matter most: blockers first, then risks, then notes (readiness's order). */
export function topRisks(findings: readonly ReadinessFinding[], count = 3): ReadinessFinding[] {
  // checkReadiness already orders blockers, risks, notes; keep that order, only cut it.
  return findings.slice(0, count);
}

/** A finding in one line: what it concerns and what is wrong. */
export function riskWords(finding: ReadinessFinding): string {
  return `${finding.subject}: ${lowerFirst(finding.message)}`;
}

/** The three ranges that move NPV most (the tornado's widest bars). */
export function topDrivers(tornado: TornadoResult | null, count = 3): TornadoBar[] {
  if (tornado === null) return [];
  return [...tornado.bars].sort((a, b) => b.swing - a.swing).slice(0, count);
}

/** An input value in its unit: a share as a percentage, money in the currency, else a number. */
export function inputValueWords(path: string, value: number, currency: string): string {
  const { format, words } = rangeUnit(path, currency);
  switch (format) {
    case 'percent':
      return formatShare(value);
    case 'currency':
      return formatMoney(value, currency);
    case 'integer':
    case 'decimal':
      return words === '' ? formatNumber(value) : `${formatNumber(value)} ${words}`;
  }
}

/** A driver in one sentence: the input, its low and high value, and the NPV at each. */
export function driverWords(bar: TornadoBar, currency: string): string {
  const at = (v: number) => inputValueWords(bar.input, v, currency);
  return `${bar.label}: from ${at(bar.inputLow)} to ${at(bar.inputHigh)} moves the NPV from ${formatMoney(bar.npvAtLow, currency)} to ${formatMoney(bar.npvAtHigh, currency)} (a swing of ${formatMoney(bar.swing, currency)}).`;
}

const lowerFirst = (s: string): string =>
  s.length > 1 && /^[A-Z][a-z]/.test(s) ? s[0]?.toLowerCase() + s.slice(1) : s;

const stripStop = (s: string): string => s.replace(/[.\s]+$/, '');

// Number, money, percent and duration formatting for the UI, in one app locale via Intl.
import type { Distribution } from '../../../shared/model/distribution';
import { distributionMean } from '../../../shared/model/distribution';
import { assertNever } from '../../../shared/util/assert-never';
import { currencyFormat } from '../../../shared/util/currency-format';

/** The UI's locale. A user setting will replace this constant; until then output is stable. */
export const APP_LOCALE = 'en-GB';

const decimal1 = new Intl.NumberFormat(APP_LOCALE, { maximumFractionDigits: 1 });
const integer = new Intl.NumberFormat(APP_LOCALE, { maximumFractionDigits: 0 });
const percent0 = new Intl.NumberFormat(APP_LOCALE, { maximumFractionDigits: 0 });
const percent1 = new Intl.NumberFormat(APP_LOCALE, { maximumFractionDigits: 1 });

/** Money in the project currency; cents only for amounts under 100. */
export function formatMoney(amount: number, currency: string): string {
  const cents = Math.abs(amount) < 100 && amount % 1 !== 0 ? 2 : 0;
  return currencyFormat(APP_LOCALE, currency, cents).format(amount);
}

/** A share from 0 to 1 as "85 %" (one decimal only when it matters, e.g. "0.5 %"). */
export function formatShare(share: number): string {
  const pct = share * 100;
  const format = Math.abs(pct) < 10 && pct % 1 !== 0 ? percent1 : percent0;
  return `${format.format(pct)} %`;
}

export function formatNumber(value: number): string {
  return decimal1.format(value);
}

export function formatCount(value: number): string {
  return integer.format(value);
}

/** A count with its noun, singular for exactly one: "1 flow", "6 flows", "1,200 steps". */
export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${formatCount(count)} ${count === 1 ? noun : plural}`;
}

/** Working hours as people read them: minutes under an hour ("12 min"), else "3.4 h". */
export function formatHours(hours: number): string {
  return Math.abs(hours) < 1 ? `${integer.format(hours * 60)} min` : `${decimal1.format(hours)} h`;
}

/** Minutes with at most one decimal, e.g. "7.5 min". */
export function formatMinutes(minutes: number): string {
  return `${decimal1.format(minutes)} min`;
}

/** A duration distribution in words: its shape and parameters, all in minutes. */
export function describeDistribution(d: Distribution): string {
  const n = (v: number) => decimal1.format(v);
  switch (d.type) {
    case 'fixed':
      return `fixed ${n(d.value)} min`;
    case 'uniform':
      return `uniform ${n(d.min)}–${n(d.max)} min`;
    case 'triangular':
      return `triangular ${n(d.min)} / ${n(d.mode)} / ${n(d.max)} min`;
    case 'exponential':
      return `exponential, mean ${n(d.mean)} min`;
    case 'normal':
      return `normal ${n(d.mean)} ± ${n(d.sd)} min`;
    case 'lognormal':
      return `lognormal ${n(d.mean)} ± ${n(d.sd)} min`;
    default:
      return assertNever(d);
  }
}

/** The mean of a duration distribution, formatted in minutes. */
export function formatMeanMinutes(d: Distribution): string {
  return formatMinutes(distributionMean(d));
}

const compactCache = new Map<string, Intl.NumberFormat>();

/** Money for chart axes: "€120K", "−€1.2M"; exact amounts belong in text and tables. */
export function formatMoneyCompact(amount: number, currency: string): string {
  let format = compactCache.get(currency);
  if (!format) {
    format = new Intl.NumberFormat(APP_LOCALE, {
      style: 'currency',
      currency,
      notation: 'compact',
      maximumFractionDigits: 1,
    });
    compactCache.set(currency, format);
  }
  return format.format(amount);
}

/** Money always in whole units (tables of a cash flow, where cents would be noise). */
export function formatMoneyWhole(amount: number, currency: string): string {
  return currencyFormat(APP_LOCALE, currency, 0).format(amount);
}

/** A percentage already in percent (e.g. an ROI of 123.4) as "123 %"; one decimal under 10. */
export function formatPercent(percent: number): string {
  const format = Math.abs(percent) < 10 && percent % 1 !== 0 ? percent1 : percent0;
  return `${format.format(percent)} %`;
}

// How a number is shown and typed in the units people use, and stored as the file holds it:
// shares as percentages (0.78 is typed "78"), minutes, money in the project currency.
import { APP_LOCALE } from '../format/numbers';

export type Unit = 'percent' | 'minutes' | 'money' | 'count' | 'number' | 'hours' | 'months';

const SUFFIX: Readonly<Record<Unit, string>> = {
  percent: '%',
  minutes: 'min',
  money: '',
  count: '',
  number: '',
  hours: 'h',
  months: 'months',
};

/** The suffix shown after the input, e.g. "%"; money shows its currency instead. */
export const unitSuffix = (unit: Unit, currency: string): string =>
  unit === 'money' ? currency : SUFFIX[unit];

/** The stored value as people read it (a share of 0.78 is 78). */
export const toDisplay = (unit: Unit, value: number): number =>
  unit === 'percent' ? value * 100 : value;

/** The stored value from what people typed. */
export const fromDisplay = (unit: Unit, value: number): number =>
  unit === 'percent' ? value / 100 : value;

const formats = new Map<number, Intl.NumberFormat>();

/** A number for an input field: up to `digits` decimals, no grouping (so it types back). */
export function formatForInput(value: number, digits = 4): string {
  let format = formats.get(digits);
  if (format === undefined) {
    format = new Intl.NumberFormat(APP_LOCALE, {
      maximumFractionDigits: digits,
      useGrouping: false,
    });
    formats.set(digits, format);
  }
  return format.format(value);
}

/**
 * What a person typed, as a number in display units, or null when it is not one. Accepts a
 * decimal point or comma, spaces, grouping marks and a trailing unit ("78 %", "1,200", "7,5").
 */
export function parseTyped(text: string): number | null {
  let t = text
    .trim()
    .replace(/\s+/g, '')
    .replace(/(%|min|h|months?|[A-Za-z]{3})$/i, '');
  if (t === '') return null;
  // "1,200" and "1,200.5" group thousands; a lone comma before 1-2 digits is a decimal comma.
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  else if (/^-?\d+,\d+$/.test(t)) t = t.replace(',', '.');
  if (!/^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

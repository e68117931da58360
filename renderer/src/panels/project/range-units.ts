// An uncertainty range's values in the unit of the input it varies: a share as a percentage, a
// duration in minutes, money in the project currency, months and hours as such (read off the
// path's field names, as the file format names them). The yearly rates of finance are fractions
// like shares, though they may be negative or above 1, and are typed as percentages here as in
// the finance fields.
import { inputUnit } from '../../../../shared/model/input-words';
import type { Range } from '../../../../shared/model/schema';
import { APP_LOCALE } from '../../format/numbers';
import { toDisplay, unitSuffix, type Unit } from '../../fields/units';

const YEARLY_RATES: ReadonlySet<string> = new Set(['discountRateAnnual', 'volumeGrowthAnnual']);

/** The field unit for the input at `path`. */
export function rangeUnit(path: string): Unit {
  const unit = inputUnit(path);
  const field = path.split('.').at(-1) ?? '';
  switch (unit) {
    case 'share':
      return 'percent';
    case 'money':
      return 'money';
    case 'minutes':
      return 'minutes';
    case 'number': {
      if (YEARLY_RATES.has(field)) return 'percent';
      if (/Months$|^months/.test(field)) return 'months';
      if (/^hours/.test(field)) return 'hours';
      return 'number';
    }
  }
}

const short = new Intl.NumberFormat(APP_LOCALE, { maximumFractionDigits: 2 });

/** "65 – 80 – 88 %", "40 – 44 – 50 EUR", "3,500 – 4,000 – 4,800": low, likely and high. */
export function rangeValues(range: Range, currency: string): string {
  const unit = rangeUnit(range.path);
  const values = [range.low, range.likely, range.high]
    .map((v) => short.format(toDisplay(unit, v)))
    .join(' – ');
  const suffix = unitSuffix(unit, currency);
  return suffix === '' ? values : `${values} ${suffix}`;
}

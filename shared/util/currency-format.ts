/** Intl currency formats, each made once: building one is far dearer than using it. */
const formats = new Map<string, Intl.NumberFormat>();

/** Money in `currency` as `locale` writes it, with exactly `fractionDigits` decimals. */
export function currencyFormat(
  locale: string,
  currency: string,
  fractionDigits: number,
): Intl.NumberFormat {
  const key = `${locale}:${currency}:${fractionDigits}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    formats.set(key, format);
  }
  return format;
}

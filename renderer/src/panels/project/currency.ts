// The project currency as typed: an ISO 4217 code, three letters, in any letter case.

/** Why `text` is not a currency code, or null when it is one (any letter case). */
export function currencyProblem(text: string): string | null {
  return /^[A-Za-z]{3}$/.test(text.trim())
    ? null
    : 'The currency is a three-letter code such as EUR, USD or GBP.';
}

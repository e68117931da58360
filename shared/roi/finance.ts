/**
 * Financial functions over monthly cash flows, by the conventions in DESIGN.md: months 1..H,
 * every cash flow at the end of its month, discounted by (1 + r)^(-m/12) for a yearly rate r.
 */

/**
 * The monthly factor of a yearly rate, (1 + r)^(1/12), as exp(log1p(r) / 12): the same number
 * to a few units in the last place, three times faster than Math.pow (Monte Carlo takes two
 * per sample, for growth and discounting).
 */
export function monthlyFactor(annualRate: number): number {
  return Math.exp(Math.log1p(annualRate) / 12);
}

/** What a sponsor reads first off a cash flow. */
export interface NetValue {
  /** Net present value over the horizon, in the project currency. */
  npv: number;
  /** First month whose cumulative net is >= 0 (1-based); null if none within the horizon. */
  paybackMonth: number | null;
}

/**
 * `npv` and `paybackMonth` of the same cash flow in one pass over the months, into `out`
 * (Monte Carlo asks for both tens of thousands of times).
 */
export function netValue(
  net: ArrayLike<number>,
  discountRateAnnual: number,
  out: NetValue,
): NetValue {
  // Multiplying by the monthly factor's inverse, not dividing by it: a chain of divisions is
  // the slow part of a Monte Carlo sample's NPV.
  const perMonth = 1 / monthlyFactor(discountRateAnnual);
  let factor = 1;
  let sum = 0;
  let cumulative = 0;
  let moved = false;
  let payback: number | null = null;
  for (let m = 0; m < net.length; m++) {
    const x = net[m] as number;
    factor *= perMonth;
    sum += x * factor;
    cumulative += x;
    moved ||= x !== 0;
    if (payback === null && moved && cumulative >= 0) payback = m + 1;
  }
  out.npv = sum;
  out.paybackMonth = payback;
  return out;
}

/** Net present value of end-of-month cash flows `net[0]` (month 1) .. `net[H-1]` (month H). */
export function npv(net: ArrayLike<number>, discountRateAnnual: number): number {
  return netValue(net, discountRateAnnual, { npv: 0, paybackMonth: null }).npv;
}

/**
 * Payback month: the first month (1-based) whose cumulative net is >= 0, null if none within
 * the horizon. Leading months in which no cash has moved at all do not count as paid back.
 */
export function paybackMonth(net: ArrayLike<number>): number | null {
  return netValue(net, 0, { npv: 0, paybackMonth: null }).paybackMonth;
}

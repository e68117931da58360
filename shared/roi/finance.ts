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

/** Σ net(m) / (1 + i)^m for a monthly rate i. */
function presentValueMonthly(net: ArrayLike<number>, monthlyRate: number): number {
  let factor = 1;
  let sum = 0;
  for (let m = 0; m < net.length; m++) {
    factor /= 1 + monthlyRate;
    sum += (net[m] as number) * factor;
  }
  return sum;
}

export type IrrResult =
  { ok: true; irrAnnual: number; irrMonthly: number } | { ok: false; reason: string };

/**
 * Internal rate of return: the monthly rate i with Σ net(m)/(1+i)^m = 0, annualised as
 * (1+i)^12 − 1. None exists without a sign change; when the present value crosses zero more
 * than once there are several rates and none is reported.
 */
export function irr(net: ArrayLike<number>): IrrResult {
  let changes = 0;
  let previous = 0;
  for (let m = 0; m < net.length; m++) {
    const x = net[m] as number;
    if (x === 0) continue;
    if (previous !== 0 && Math.sign(x) !== Math.sign(previous)) changes++;
    previous = x;
  }
  if (changes === 0)
    return {
      ok: false,
      reason: 'the cash flow never changes sign, so there is no rate at which it breaks even',
    };
  // Scan monthly rates from -99 % to +1000 % for brackets where the present value changes sign.
  const grid: number[] = [];
  for (let i = -0.99; i < 0; i += 0.01) grid.push(i);
  for (let i = 0; i <= 10; i += i < 0.1 ? 0.0005 : 0.01) grid.push(i);
  const brackets: [number, number][] = [];
  let lastRate = grid[0] as number;
  let lastValue = presentValueMonthly(net, lastRate);
  for (const rate of grid.slice(1)) {
    const value = presentValueMonthly(net, rate);
    if (value === 0 || Math.sign(value) !== Math.sign(lastValue)) brackets.push([lastRate, rate]);
    lastRate = rate;
    lastValue = value;
  }
  if (brackets.length === 0)
    return {
      ok: false,
      reason: 'no rate between −99 % and +1000 % a month makes the cash flow break even',
    };
  if (brackets.length > 1)
    return {
      ok: false,
      reason:
        'the cash flow changes sign several times, so several rates break even and none is meaningful',
    };
  let [low, high] = brackets[0] as [number, number];
  let valueLow = presentValueMonthly(net, low);
  for (let k = 0; k < 200 && high - low > 1e-14; k++) {
    const mid = (low + high) / 2;
    const value = presentValueMonthly(net, mid);
    if (Math.sign(value) === Math.sign(valueLow)) {
      low = mid;
      valueLow = value;
    } else high = mid;
  }
  const monthly = (low + high) / 2;
  return { ok: true, irrMonthly: monthly, irrAnnual: Math.pow(1 + monthly, 12) - 1 };
}

/**
 * Payback month: the first month (1-based) whose cumulative net is >= 0, null if none within
 * the horizon. Leading months in which no cash has moved at all do not count as paid back.
 */
export function paybackMonth(net: ArrayLike<number>): number | null {
  return netValue(net, 0, { npv: 0, paybackMonth: null }).paybackMonth;
}

/**
 * The internal rate of return (DESIGN.md "Conventions for the numbers"): the monthly rate i
 * with Σ N(m) / (1 + i)^m = 0 over months m = 1..H, annualised as (1 + i)^12 − 1, or no rate
 * with a sentence saying why.
 *
 * Method. With x = 1 / (1 + i) the present value Σ N(m) x^m is a polynomial in x, and every
 * monthly rate above −100 % is one x > 0. Dropping the months with nothing at either end
 * (a factor x^k, never zero for x > 0) leaves P(x) = c0 + c1 x + … + cn x^n with c0 and cn
 * the first and last months that move cash. By Descartes' rule of signs P has at most as many
 * positive roots as its coefficients change sign, and the same parity, so a cash flow whose
 * sign changes once has exactly one rate of return, and one that never changes sign has none.
 *
 * Nothing overflows: for x in (0, 1] (i >= 0) P is evaluated by Horner's rule in x, whose
 * terms never grow past the coefficients; for x > 1 (−100 % < i < 0) the reversed polynomial
 * Q(y) = cn + c(n−1) y + … + c0 y^n with y = 1 / x = 1 + i in (0, 1), which is P(x) / x^n and
 * so has its sign. One parameter t in [0, 2] sweeps every rate from −100 % (t = 0, where the
 * value's sign is cn's) through 0 % (t = 1) to +∞ (t = 2, c0's sign). The sweep evaluates a
 * fixed grid of t, bisects each cell whose ends differ in sign, and counts a grid point whose
 * value is exactly zero as one root (a zero is never the end of a bracket as well). Two roots
 * closer together than one grid cell (about 0.1 % a month near 0 %) can hide from each other;
 * with one sign change there is only one root, so that case is always exact.
 */
import { listOf, percent } from '../readiness/format';

export type IrrResult =
  { ok: true; irrAnnual: number; irrMonthly: number } | { ok: false; reason: string };

/** Cells of the sweep on each side of 0 %: t steps of 1 / 1024. */
const CELLS_PER_SIDE = 1024;

/**
 * Internal rate of return of end-of-month cash flows `net[0]` (month 1) .. `net[H−1]`, in
 * the project currency. `irrMonthly` is the monthly rate, `irrAnnual` (1 + i)^12 − 1, both as
 * shares (0.1 = 10 %). No rate, with a reason an analyst can read, when the cash flow never
 * changes sign, when its present value has no zero, when it has several (each named), or when
 * the yearly rate is too large to state as a number.
 */
export function irr(net: ArrayLike<number>): IrrResult {
  let first = 0;
  while (first < net.length && net[first] === 0) first++;
  let last = net.length - 1;
  while (last > first && net[last] === 0) last--;
  const coefficients = new Float64Array(Math.max(0, last - first + 1));
  for (let j = 0; j < coefficients.length; j++) coefficients[j] = net[first + j] as number;
  if (signChanges(coefficients) === 0)
    return {
      ok: false,
      reason: 'the cash flow never changes sign, so there is no rate at which it breaks even',
    };
  const value = (t: number): number => valueAt(coefficients, t);
  const roots = sweep(value);
  if (roots.length === 0) {
    const sign = (coefficients[0] as number) > 0 ? 'above' : 'below';
    return {
      ok: false,
      reason: `the cash flow changes sign but its present value stays ${sign} zero at every rate, so there is no rate at which it breaks even`,
    };
  }
  const monthly = roots.map(monthlyRate);
  const yearly = monthly.map((i) => Math.pow(1 + i, 12) - 1);
  if (roots.length > 1)
    return {
      ok: false,
      reason: `the cash flow breaks even ${listOf(yearly.map((r) => `at ${yearlyPercent(r)}`))} a year, so there is no single rate of return`,
    };
  const irrMonthly = monthly[0] as number;
  const irrAnnual = yearly[0] as number;
  if (!Number.isFinite(irrAnnual))
    return {
      ok: false,
      reason:
        'the cash flow earns back its outlay so many times over that the yearly rate of return is too large to state',
    };
  return { ok: true, irrMonthly, irrAnnual };
}

/** Sign changes between consecutive nonzero coefficients (Descartes' bound on the roots). */
function signChanges(c: Float64Array): number {
  let changes = 0;
  let previous = 0;
  for (const x of c) {
    if (x === 0) continue;
    if (previous !== 0 && x > 0 !== previous > 0) changes++;
    previous = x;
  }
  return changes;
}

/**
 * A number with the sign of the present value at sweep parameter t in [0, 2]: Q(t) for
 * t < 1 (y = t = 1 + i), P(2 − t) for t >= 1 (x = 2 − t = 1 / (1 + i)); both by Horner's rule
 * over arguments in [0, 1], so no power of a number above 1 is ever formed.
 */
function valueAt(c: Float64Array, t: number): number {
  const n = c.length - 1;
  let acc: number;
  if (t < 1) {
    acc = c[0] as number;
    for (let j = 1; j <= n; j++) acc = acc * t + (c[j] as number);
  } else {
    const x = 2 - t;
    acc = c[n] as number;
    for (let j = n - 1; j >= 0; j--) acc = acc * x + (c[j] as number);
  }
  return acc;
}

/** The monthly rate at sweep parameter t: 1 + i = t below 1, 1 / (2 − t) from 1 up. */
function monthlyRate(t: number): number {
  return t < 1 ? t - 1 : 1 / (2 - t) - 1;
}

/**
 * Every t in (0, 2) where `value` is zero, ascending, each once: exact zeros at grid points,
 * and a bisection of every grid cell whose ends have opposite signs. The ends themselves are
 * never roots (their values are the first and last nonzero months).
 */
function sweep(value: (t: number) => number): number[] {
  const roots: number[] = [];
  let lastT = 0;
  let lastValue = value(0);
  // True right after a grid point whose value was exactly zero: that zero is already a root,
  // and a sign change across it is the same root, not a second one.
  let afterZero = false;
  for (let k = 1; k <= 2 * CELLS_PER_SIDE; k++) {
    const t = k / CELLS_PER_SIDE;
    const v = value(t);
    if (v === 0) {
      if (!afterZero) roots.push(t);
      afterZero = true;
      continue;
    }
    if (v > 0 !== lastValue > 0 && !afterZero) roots.push(bisect(value, lastT, t, lastValue));
    afterZero = false;
    lastT = t;
    lastValue = v;
  }
  return roots;
}

/** The zero of `value` in (low, high), whose ends have opposite signs, to the last bit of t. */
function bisect(value: (t: number) => number, low: number, high: number, valueLow: number): number {
  for (;;) {
    const mid = (low + high) / 2;
    if (mid <= low || mid >= high) return mid;
    const v = value(mid);
    if (v === 0) return mid;
    if (v > 0 === valueLow > 0) {
      low = mid;
      valueLow = v;
    } else high = mid;
  }
}

/** A yearly rate as an analyst reads it, with no exponent notation for absurd rates. */
function yearlyPercent(rate: number): string {
  if (!(rate < 1e4)) return 'over 1,000,000 %';
  return percent(rate, 1);
}

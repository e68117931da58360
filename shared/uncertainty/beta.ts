/**
 * The Beta distribution's CDF (the regularised incomplete beta function I_x(a, b)) and a
 * quantile table built from it, for PERT sampling by inverse CDF (`sampling.ts`).
 *
 * I_x(a, b) is evaluated by the continued fraction of Numerical Recipes §6.4 (modified Lentz;
 * for x above the mean-ish split (a + 1) / (a + b + 2) through 1 − I_{1−x}(b, a), where it
 * converges fast) with ln Γ by Lanczos (g = 7, 9 terms; relative error about 1e-15). For the
 * a, b in 1..5 that PERT uses this gives I_x to about 1e-15 absolute.
 *
 * `betaQuantileTable(a, b, cells)` holds Q(j / cells) for j = 0..cells, each knot found by a
 * safeguarded Newton iteration (Newton on I_x − p, falling back to bisection whenever a step
 * leaves the bracket that the sign of I_x − p maintains; it stops after a Newton step below
 * 1e-9 relative, which quadratic convergence turns into an error near rounding). The upper half is
 * computed as 1 − Q(1 − p; b, a), so knots close to 1 keep the full relative accuracy of
 * their distance from 1.
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) for x >= 0.5 (all this module needs). */
export function logGamma(x: number): number {
  const z = x - 1;
  let sum = LANCZOS[0] as number;
  for (let i = 1; i < LANCZOS.length; i++) sum += (LANCZOS[i] as number) / (z + i);
  const t = z + 7.5;
  return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** ln B(a, b). */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

const TINY = 1e-300;

/** Continued fraction of I_x(a, b) (Numerical Recipes `betacf`), for x < (a + 1) / (a + b + 2). */
function continuedFraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-16) break;
  }
  return h;
}

/** I_x(a, b), the CDF of Beta(a, b) at x, for a, b > 0. `lnB` = ln B(a, b) when known. */
export function regularizedBeta(x: number, a: number, b: number, lnB = logBeta(a, b)): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - lnB);
  if (x < (a + 1) / (a + b + 2)) return (front * continuedFraction(a, b, x)) / a;
  return 1 - (front * continuedFraction(b, a, 1 - x)) / b;
}

/** Knots Q(j / cells), j = 0..half, of Beta(a, b), into `out[0..half]` (a, b >= 1). */
function lowerKnots(a: number, b: number, cells: number, half: number, out: Float64Array): void {
  const lnB = logBeta(a, b);
  out[0] = 0;
  for (let j = 1; j <= half; j++) {
    const p = j / cells;
    let lo = out[j - 1] as number;
    let hi = 1;
    // Start from the tail's power law (I_x ≈ x^a / (a B)) for the first knot, else extrapolate
    // the knots before (a quadratic through three is off by about 1e-9 inside the table).
    let x =
      j === 1
        ? Math.exp((Math.log(p * a) + lnB) / a)
        : j === 2
          ? 2 * (out[1] as number) - out[0]
          : 3 * (out[j - 1] as number) - 3 * (out[j - 2] as number) + (out[j - 3] as number);
    if (!(x > lo && x < hi)) x = (lo + hi) / 2;
    for (let k = 0; k < 200; k++) {
      const f = regularizedBeta(x, a, b, lnB) - p;
      if (f === 0) break;
      if (f < 0) lo = x;
      else hi = x;
      const density = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - lnB);
      const next = x - f / density;
      if (!(next > lo && next < hi)) {
        x = (lo + hi) / 2;
        if (hi - lo <= 1e-15) break;
        continue;
      }
      // Newton converges quadratically: after a step this small the error is below 1e-16.
      const small = Math.abs(next - x) <= 1e-9 * Math.max(next, 1e-3);
      x = next;
      if (small) break;
    }
    out[j] = x;
  }
}

/**
 * Q(j / cells) for j = 0..cells of Beta(a, b), a, b >= 1 (Q(0) = 0, Q(1) = 1), exact to
 * about 1e-14. `cells` must be even.
 */
export function betaQuantileTable(a: number, b: number, cells: number): Float64Array {
  const half = cells / 2;
  const table = new Float64Array(cells + 1);
  lowerKnots(a, b, cells, half, table);
  const upper = new Float64Array(half + 1);
  lowerKnots(b, a, cells, half, upper);
  // Q(p; a, b) = 1 − Q(1 − p; b, a); the middle knot comes from the lower half.
  for (let j = 0; j < half; j++) table[cells - j] = 1 - (upper[j] as number);
  return table;
}

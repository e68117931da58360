/**
 * The adoption ramp: which share of cases runs through the target process in month m.
 * Nothing before go-live. In the k-th month after go-live (k = m − monthsToGoLive >= 1) the
 * share goes from `startShare` (k = 1) to `steadyShare` (k = 1 + monthsToSteady), linearly or
 * along a smooth S-curve (3x² − 2x³), and stays there.
 */
import type { Adoption } from '../model/schema';

export function adoptionShare(month: number, monthsToGoLive: number, adoption: Adoption): number {
  const k = month - monthsToGoLive;
  if (k < 1) return 0;
  if (adoption.monthsToSteady <= 0) return adoption.steadyShare;
  const x = Math.min(1, (k - 1) / adoption.monthsToSteady);
  const progress = adoption.curve === 'linear' ? x : x * x * (3 - 2 * x);
  return adoption.startShare + (adoption.steadyShare - adoption.startShare) * progress;
}

/**
 * `adoptionShare(m, monthsToGoLive, adoption)` for m = 1..out.length into `out[m − 1]`, the
 * same numbers, with the steady tail computed once (the cash flow asks every sample).
 */
export function adoptionShares(
  monthsToGoLive: number,
  adoption: Adoption,
  out: Float64Array,
): void {
  const h = out.length;
  const first = Math.min(h, Math.max(0, monthsToGoLive));
  out.fill(0, 0, first);
  // Months whose k − 1 >= monthsToSteady have reached the steady share.
  const steadyFrom = Math.min(h, first + Math.max(0, adoption.monthsToSteady));
  for (let i = first; i < steadyFrom; i++) out[i] = adoptionShare(i + 1, monthsToGoLive, adoption);
  if (steadyFrom < h) out.fill(adoptionShare(steadyFrom + 1, monthsToGoLive, adoption), steadyFrom);
}

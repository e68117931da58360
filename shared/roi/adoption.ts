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

/** Tests read the NPV of a business case that must exist: a blocked one fails with its reasons. */
import type { RoiResult } from '../roi';

export function npvOf(roi: RoiResult): number {
  if (roi.npv === null) throw new Error(`expected a business case: ${roi.blockers.join(' ')}`);
  return roi.npv;
}

/**
 * Figures the report's caller already worked out: `flowcase report` computes the business
 * case and both simulations in Node while Chromium starts (cli/src/report/figures.ts) and
 * exposes them as `window.__flowcaseReportFigures()`. They come from the same engines with
 * the same options and seed as `computeReport` would use here. Anywhere else (the app's
 * Export PDF) the function does not exist and the page computes everything itself; so it
 * does when the caller's computation failed or gave something that is not figures.
 */
import type { BusinessCaseFigures } from '../../../shared/business-case';
import type { SimulationResult } from '../../../shared/engine';

export interface PrecomputedFigures {
  readonly business: BusinessCaseFigures;
  readonly simulation: { readonly current: SimulationResult; readonly target: SimulationResult };
}

declare global {
  interface Window {
    __flowcaseReportFigures?: () => Promise<unknown>;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The shape check of a border: the parts the report reads are there. */
function isFigures(value: unknown): value is PrecomputedFigures {
  if (!isRecord(value) || !isRecord(value['business']) || !isRecord(value['simulation']))
    return false;
  const { roi, readiness } = value['business'];
  const { current, target } = value['simulation'];
  return (
    isRecord(roi) &&
    Array.isArray(readiness) &&
    isRecord(current) &&
    isRecord(target) &&
    typeof current['status'] === 'string' &&
    typeof target['status'] === 'string'
  );
}

/** The caller's figures, or null when there are none to use. */
export async function precomputedFigures(): Promise<PrecomputedFigures | null> {
  const ask = window.__flowcaseReportFigures;
  if (typeof ask !== 'function') return null;
  try {
    const figures = await ask();
    return isFigures(figures) ? figures : null;
  } catch {
    return null;
  }
}

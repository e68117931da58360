// The cash flow by quarter: months 1–3, 4–6, ... summed; the last quarter may be short.
import type { MonthRow } from '../../../shared/roi';

export interface QuarterRow {
  /** 1-based quarter of the horizon. */
  readonly quarter: number;
  readonly firstMonth: number;
  readonly lastMonth: number;
  readonly benefit: number;
  readonly cost: number;
  readonly net: number;
  /** Cumulative net at the quarter's last month. */
  readonly cumulative: number;
}

export function byQuarter(months: readonly MonthRow[]): QuarterRow[] {
  const rows: QuarterRow[] = [];
  for (let start = 0; start < months.length; start += 3) {
    const slice = months.slice(start, start + 3);
    const last = slice[slice.length - 1] as MonthRow;
    rows.push({
      quarter: start / 3 + 1,
      firstMonth: (slice[0] as MonthRow).month,
      lastMonth: last.month,
      benefit: slice.reduce((s, m) => s + m.benefit, 0),
      cost: slice.reduce((s, m) => s + m.cost, 0),
      net: slice.reduce((s, m) => s + m.net, 0),
      cumulative: last.cumulative,
    });
  }
  return rows;
}

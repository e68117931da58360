// The cash flow as a table, by month or by quarter: benefit, cost, net and cumulative net.
import { useState } from 'react';
import type { MonthRow } from '../../../shared/roi';
import { formatMoneyWhole } from '../format/numbers';
import { byQuarter } from './quarters';

type Period = 'month' | 'quarter';

export function CashFlowTable({
  monthly,
  currency,
}: {
  monthly: readonly MonthRow[];
  currency: string;
}) {
  const [period, setPeriod] = useState<Period>('quarter');
  const rows =
    period === 'month'
      ? monthly.map((m) => ({ key: m.month, label: `Month ${m.month}`, ...m }))
      : byQuarter(monthly).map((q) => ({
          key: q.quarter,
          label: `Q${q.quarter} (months ${q.firstMonth}–${q.lastMonth})`,
          ...q,
        }));
  const money = (v: number): string => formatMoneyWhole(v, currency);
  return (
    <div className="fc-bc-table">
      <div className="fc-segmented" role="group" aria-label="Cash flow table period">
        {(['quarter', 'month'] as const).map((p) => (
          <button
            key={p}
            type="button"
            className="fc-segmented__option"
            aria-pressed={period === p}
            onClick={() => setPeriod(p)}
          >
            By {p}
          </button>
        ))}
      </div>
      <table className="fc-table">
        <caption className="fc-visually-hidden">
          Cash flow by {period}, in {currency}
        </caption>
        <thead>
          <tr>
            <th scope="col">{period === 'month' ? 'Month' : 'Quarter'}</th>
            <th scope="col">Benefit</th>
            <th scope="col">Cost</th>
            <th scope="col">Net</th>
            <th scope="col">Cumulative</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td>{money(r.benefit)}</td>
              <td>{money(r.cost)}</td>
              <td className={r.net < 0 ? 'fc-negative' : undefined}>{money(r.net)}</td>
              <td className={r.cumulative < 0 ? 'fc-negative' : undefined}>
                {money(r.cumulative)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

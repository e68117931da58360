// The project's own KPI and benefit lines with their values in this business case.
import { formatMoney, formatNumber } from '../format/numbers';
import type { FormulaValue } from './formulas';

export function FormulasSection({
  formulas,
  currency,
}: {
  formulas: readonly FormulaValue[];
  currency: string;
}) {
  if (formulas.length === 0)
    return (
      <p className="fc-bc-empty">
        No custom KPI or benefit lines. Add them under &ldquo;Formulas&rdquo; in the project panel.
      </p>
    );
  const value = (f: FormulaValue, v: number): string =>
    f.kind === 'benefit' ? formatMoney(v, currency) : `${formatNumber(v)} ${f.unit}`.trim();
  return (
    <table className="fc-table fc-table--formulas">
      <caption className="fc-visually-hidden">Custom KPI and benefit lines</caption>
      <thead>
        <tr>
          <th scope="col">Line</th>
          <th scope="col">Formula</th>
          <th scope="col">Last month</th>
          <th scope="col">Over the horizon</th>
        </tr>
      </thead>
      <tbody>
        {formulas.map((f) => (
          <tr key={f.id}>
            <th scope="row">
              {f.name}
              <span className="fc-bc-basis">{f.kind === 'kpi' ? 'KPI' : 'Benefit line'}</span>
            </th>
            <td>
              <code className="fc-bc-expression">{f.expression}</code>
            </td>
            {f.issue !== null ? (
              <td colSpan={2} className="fc-negative">
                {f.issue}
              </td>
            ) : (
              <>
                <td>{f.value === null ? '—' : value(f, f.value)}</td>
                <td>{f.horizonTotal === null ? '—' : formatMoney(f.horizonTotal, currency)}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

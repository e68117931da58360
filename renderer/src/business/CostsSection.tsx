// Where the money goes: the one-off build costs by category (integration system by system,
// a suggested figure marked as such) and the running costs over the horizon.
import { formatMoney, formatShare } from '../format/numbers';
import type { CostBreakdown } from './costs';

export function CostsSection({ costs, currency }: { costs: CostBreakdown; currency: string }) {
  const money = (v: number): string => formatMoney(v, currency);
  const one = costs.oneOff;
  return (
    <div className="fc-bc-costs">
      <table className="fc-table fc-table--costs">
        <caption>One-off costs</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Amount</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Data preparation</th>
            <td>{money(one.dataPreparation)}</td>
          </tr>
          {one.integration.length === 0 ? (
            <tr>
              <th scope="row">Integration</th>
              <td>{money(0)}</td>
            </tr>
          ) : (
            one.integration.map((line) => (
              <tr key={line.systemId}>
                <th scope="row">
                  Integration: {line.name}
                  {line.suggested && (
                    <span className="fc-bc-tag" title={`Suggested for ${line.access} access`}>
                      suggested
                    </span>
                  )}
                </th>
                <td>{money(line.cost)}</td>
              </tr>
            ))
          )}
          <tr>
            <th scope="row">Change management</th>
            <td>{money(one.changeManagement)}</td>
          </tr>
          <tr>
            <th scope="row">Training</th>
            <td>{money(one.training)}</td>
          </tr>
          <tr>
            <th scope="row">Other</th>
            <td>{money(one.other)}</td>
          </tr>
          <tr>
            <th scope="row">Contingency ({formatShare(one.contingencyShare)})</th>
            <td>{money(one.contingency)}</td>
          </tr>
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total one-off</th>
            <td>{money(one.total)}</td>
          </tr>
        </tfoot>
      </table>
      <table className="fc-table fc-table--costs">
        <caption>
          Running costs over {costs.liveMonths} {costs.liveMonths === 1 ? 'month' : 'months'} after
          go-live
        </caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Amount</th>
          </tr>
        </thead>
        <tbody>
          {costs.running.map((line) => (
            <tr key={line.id}>
              <th scope="row">
                {line.label}
                <span className="fc-bc-basis">{line.basis}</span>
              </th>
              <td>{money(line.total)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total running</th>
            <td>{money(costs.runningTotal)}</td>
          </tr>
        </tfoot>
      </table>
      {one.chargedShare < 1 && (
        <p className="fc-bc-aside">
          Go-live is after the horizon: only {formatShare(one.chargedShare)} of the one-off costs
          fall within it.
        </p>
      )}
    </div>
  );
}

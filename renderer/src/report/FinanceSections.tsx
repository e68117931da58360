// The money: cash flow by quarter, the monthly and cumulative chart with the payback point,
// one-off and running costs by category, custom lines; then how sure it is: the tornado and
// the Monte Carlo histogram with P10 / P50 / P90. The Business case screen's own components.
import { byQuarter } from '../business/quarters';
import { CashFlowChart } from '../business/CashFlowChart';
import { CostsSection } from '../business/CostsSection';
import { FormulasSection } from '../business/FormulasSection';
import { Headline } from '../business/Headline';
import { UncertaintySection } from '../business/UncertaintySection';
import { formatMoney } from '../format/numbers';
import type { ReportData } from './compute';

export function FinancialsSection({ data }: { data: ReportData }) {
  const { business, target } = data;
  const { roi } = business;
  const cur = roi.currency;
  const money = (v: number) => formatMoney(v, cur);
  const blocked = roi.blockers.length > 0;
  return (
    <section className="fc-report__part" aria-labelledby="fc-report-financials">
      <h2 id="fc-report-financials">Financials</h2>
      <div className="fc-report__keep">
        <Headline roi={roi} mc={business.monteCarlo} monthsToGoLive={target.plan.monthsToGoLive} />
      </div>
      {!blocked && (
        <>
          <table className="fc-report-table fc-report-table--numbers fc-report-table--quarters">
            <caption>Cash flow by quarter, in {cur}</caption>
            <thead>
              <tr>
                <th scope="col">Quarter</th>
                <th scope="col">Months</th>
                <th scope="col">Benefit</th>
                <th scope="col">Cost</th>
                <th scope="col">Net</th>
                <th scope="col">Cumulative net</th>
              </tr>
            </thead>
            <tbody>
              {byQuarter(roi.monthly).map((q) => (
                <tr
                  key={q.quarter}
                  className={
                    roi.paybackMonth !== null &&
                    roi.paybackMonth >= q.firstMonth &&
                    roi.paybackMonth <= q.lastMonth
                      ? 'fc-report__payback-row'
                      : ''
                  }
                >
                  <th scope="row">Q{q.quarter}</th>
                  <td>
                    {q.firstMonth}–{q.lastMonth}
                  </td>
                  <td>{money(q.benefit)}</td>
                  <td>{money(q.cost)}</td>
                  <td>{money(q.net)}</td>
                  <td>{money(q.cumulative)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="fc-report__keep">
            <CashFlowChart
              monthly={roi.monthly}
              currency={cur}
              monthsToGoLive={target.plan.monthsToGoLive}
              paybackMonth={roi.paybackMonth}
            />
          </div>
        </>
      )}
      {business.costs && (
        <div className="fc-report__keep">
          <h3>Costs by category</h3>
          <CostsSection costs={business.costs} currency={cur} />
        </div>
      )}
      {!blocked && business.formulas.length > 0 && (
        <div className="fc-report__keep">
          <h3>Custom KPIs and benefit lines</h3>
          <FormulasSection formulas={business.formulas} currency={cur} />
        </div>
      )}
    </section>
  );
}

export function UncertaintyPart({ data }: { data: ReportData }) {
  const { business } = data;
  return (
    <section className="fc-report__part" aria-labelledby="fc-report-uncertainty">
      <h2 id="fc-report-uncertainty">Uncertainty</h2>
      {business.roi.blockers.length > 0 ? (
        <p>There is no business case to vary until the target process can do the work.</p>
      ) : (
        <UncertaintySection
          mc={business.monteCarlo}
          tornado={business.tornado}
          rangeCount={business.rangeCount}
          currency={business.roi.currency}
        />
      )}
    </section>
  );
}

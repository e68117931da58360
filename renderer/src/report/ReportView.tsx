// The business case as a printed document: cover, executive summary, both maps, simulation
// results, financials, uncertainty, readiness and the appendix. Each part starts on a new
// page and uses real headings (h1 on the cover, h2 a part, h3 within), so the PDF's outline
// and tags come from them. Pure over `ReportData`: every figure is computed before.
import { keyFigures, delta } from '../figures/key-figures';
import {
  formatHours,
  formatMoney,
  formatNumber,
  formatPercent,
  formatShare,
} from '../format/numbers';
import { paybackWords } from '../business/words';
import type { ReportData } from './compute';
import { Appendix } from './Appendix';
import { FinancialsSection, UncertaintyPart } from './FinanceSections';
import { MapsSection } from './MapsSection';
import { ReadinessSection } from './ReadinessSection';
import { SimulationSection } from './SimulationSection';
import { driverWords, recommendation, riskWords, topDrivers, topRisks } from './summary-words';

/** Width of the text block, CSS pixels: the page less 16 mm margins each side. */
export const TEXT_WIDTH_PX = { a4: ((210 - 32) / 25.4) * 96, letter: ((215.9 - 32) / 25.4) * 96 };

export function ReportView({ data }: { data: ReportData }) {
  return (
    <main className={`fc-report fc-report--${data.paper}`} data-testid="report">
      <Cover data={data} />
      <Summary data={data} />
      <MapsSection data={data} pageWidth={TEXT_WIDTH_PX[data.paper]} />
      <SimulationSection data={data} />
      <FinancialsSection data={data} />
      <UncertaintyPart data={data} />
      <ReadinessSection data={data} />
      <Appendix data={data} />
    </main>
  );
}

function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

function Cover({ data }: { data: ReportData }) {
  const { project, target, business } = data;
  const { roi, monteCarlo: mc } = business;
  const cur = roi.currency;
  const npv = roi.npv;
  return (
    <section className="fc-report__cover" aria-labelledby="fc-report-title">
      <p className="fc-report__kicker">Business case</p>
      <h1 id="fc-report-title">{project.name}</h1>
      <dl className="fc-report__facts">
        <div>
          <dt>Scenario</dt>
          <dd data-testid="report-scenario">{target.name}</dd>
        </div>
        <div>
          <dt>Against</dt>
          <dd>{project.maps.current.name}</dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>{longDate(data.date)}</dd>
        </div>
      </dl>
      <dl className="fc-report__headline" aria-label="Headline figures">
        <div data-figure="npv">
          <dt>NPV</dt>
          <dd data-testid="report-npv">{npv === null ? '—' : formatMoney(npv, cur)}</dd>
          <dd className="fc-report__note">
            at {formatShare(roi.discountRateAnnual)} a year over {roi.horizonMonths} months
          </dd>
        </div>
        <div data-figure="payback">
          <dt>Payback</dt>
          <dd data-testid="report-payback">{paybackWords(roi.paybackMonth)}</dd>
          <dd className="fc-report__note">go-live after month {target.plan.monthsToGoLive}</dd>
        </div>
        <div data-figure="roi">
          <dt>ROI</dt>
          <dd data-testid="report-roi">
            {roi.roiPercent === null ? '—' : formatPercent(roi.roiPercent)}
          </dd>
          <dd className="fc-report__note">over the horizon, undiscounted</dd>
        </div>
        <div data-figure="prob-positive">
          <dt>Probability NPV &gt; 0</dt>
          <dd data-testid="report-probability">
            {mc === null ? 'No ranges' : formatShare(mc.probNpvPositive)}
          </dd>
          <dd className="fc-report__note">
            {mc === null
              ? 'add ranges to measure it'
              : `${mc.samples.toLocaleString('en-GB')} Monte Carlo samples`}
          </dd>
        </div>
      </dl>
      <p className="fc-report__recommendation" data-testid="report-recommendation">
        {recommendation(roi, mc, business.readiness)}
      </p>
      {project.description !== '' && <p className="fc-report__about">{project.description}</p>}
    </section>
  );
}

type Better = 'higher' | 'lower';

function Summary({ data }: { data: ReportData }) {
  const { project, business, flow } = data;
  const cur = project.currency;
  const before = keyFigures(project, flow.current);
  const after = keyFigures(project, flow.target);
  const money = (v: number) => formatMoney(v, cur);
  const rows: {
    label: string;
    before: number | null;
    after: number | null;
    format: (v: number) => string;
    better: Better;
  }[] = [
    {
      label: 'Cases a month (demand)',
      before: before.casesPerMonth,
      after: after.casesPerMonth,
      format: formatNumber,
      better: 'higher',
    },
    {
      label: 'Capacity, cases a month',
      before: before.capacityPerMonth,
      after: after.capacityPerMonth,
      format: formatNumber,
      better: 'higher',
    },
    {
      label: 'Cost per case',
      before: before.costPerCase,
      after: after.costPerCase,
      format: money,
      better: 'lower',
    },
    {
      label: 'Cycle time (estimate)',
      before: before.cycleTimeHours,
      after: after.cycleTimeHours,
      format: formatHours,
      better: 'lower',
    },
    {
      label: 'Hours of work a month',
      before: before.workHoursPerMonth,
      after: after.workHoursPerMonth,
      format: (v) => `${formatNumber(v)} h`,
      better: 'lower',
    },
    {
      label: 'People the work needs (FTE)',
      before: before.fteNeeded,
      after: after.fteNeeded,
      format: formatNumber,
      better: 'lower',
    },
  ];
  const risks = topRisks(business.readiness);
  const drivers = topDrivers(business.tornado);
  return (
    <section className="fc-report__part" aria-labelledby="fc-report-summary">
      <h2 id="fc-report-summary">Executive summary</h2>
      <table className="fc-report-table fc-report-table--numbers">
        <caption>
          Key figures of the current process and of &ldquo;{data.target.name}&rdquo; (flow model, at
          full adoption)
        </caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Current</th>
            <th scope="col">Target</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const change = delta(row.after, row.before);
            const good =
              change === null || change === 0 ? null : change > 0 === (row.better === 'higher');
            return (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{row.before === null ? '—' : row.format(row.before)}</td>
                <td>{row.after === null ? '—' : row.format(row.after)}</td>
                <td className={good === null ? '' : good ? 'fc-report__good' : 'fc-report__bad'}>
                  {change === null
                    ? '—'
                    : `${change > 0 ? '+' : change < 0 ? '−' : ''}${row.format(Math.abs(change))}`}
                  {change !== null && row.before !== null && row.before !== 0 && change !== 0
                    ? ` (${change > 0 ? '+' : '−'}${formatShare(Math.abs(change / row.before))})`
                    : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="fc-report__columns">
        <div>
          <h3>Top risks</h3>
          {risks.length === 0 ? (
            <p>Readiness finds no production risk in this target.</p>
          ) : (
            <ol className="fc-report__list">
              {risks.map((f, i) => (
                <li key={`${f.rule}-${i}`}>
                  <span className={`fc-report__severity fc-report__severity--${f.severity}`}>
                    {f.severity}
                  </span>{' '}
                  {riskWords(f)}
                </li>
              ))}
            </ol>
          )}
        </div>
        <div>
          <h3>Top drivers of the NPV</h3>
          {drivers.length === 0 ? (
            <p>
              No ranges yet, so nothing says which assumption moves the NPV most. Give the uncertain
              inputs a low, likely and high value.
            </p>
          ) : (
            <ol className="fc-report__list">
              {drivers.map((bar) => (
                <li key={bar.input}>{driverWords(bar, cur)}</li>
              ))}
            </ol>
          )}
        </div>
      </div>
    </section>
  );
}

// How sure the business case is: Monte Carlo over the project's ranges (NPV percentiles, the
// chance that NPV > 0, payback percentiles, the histogram) and the tornado. Without ranges,
// how to add them.
import type { MonteCarloResult, TornadoResult } from '../../../shared/uncertainty';
import { formatCount, formatMoney, formatShare } from '../format/numbers';
import { HistogramChart } from './HistogramChart';
import { TornadoChart } from './TornadoChart';

const month = (m: number | null): string => (m === null ? 'never' : String(m));

export function UncertaintySection({
  mc,
  tornado,
  rangeCount,
  currency,
}: {
  mc: MonteCarloResult | null;
  tornado: TornadoResult | null;
  rangeCount: number;
  currency: string;
}) {
  if (rangeCount === 0)
    return (
      <p className="fc-bc-empty">
        No ranges yet, so nothing here says how sure these figures are. Use &ldquo;±&rdquo; beside a
        number (a role&rsquo;s cost per hour, an AI step&rsquo;s automation rate, a plan&rsquo;s
        cost) on the Map screen to give it a low, likely and high value; the tornado and Monte Carlo
        then vary it.
      </p>
    );
  const money = (v: number): string => formatMoney(v, currency);
  const notes = [...new Set([...(mc?.notes ?? []), ...(tornado?.notes ?? [])])];
  return (
    <>
      {mc && (
        <dl className="fc-bc-figures fc-bc-figures--small">
          <div className="fc-bc-figure" data-figure="npv-p10">
            <dt className="fc-bc-figure__label">NPV P10</dt>
            <dd className="fc-bc-figure__value">{money(mc.npv.p10)}</dd>
          </div>
          <div className="fc-bc-figure" data-figure="npv-p50">
            <dt className="fc-bc-figure__label">NPV P50</dt>
            <dd className="fc-bc-figure__value">{money(mc.npv.p50)}</dd>
          </div>
          <div className="fc-bc-figure" data-figure="npv-p90">
            <dt className="fc-bc-figure__label">NPV P90</dt>
            <dd className="fc-bc-figure__value">{money(mc.npv.p90)}</dd>
          </div>
          <div className="fc-bc-figure" data-figure="prob-positive">
            <dt className="fc-bc-figure__label">Chance NPV &gt; 0</dt>
            <dd className="fc-bc-figure__value">{formatShare(mc.probNpvPositive)}</dd>
          </div>
          <div className="fc-bc-figure" data-figure="payback-percentiles">
            <dt className="fc-bc-figure__label">Payback month P10 / P50 / P90</dt>
            <dd className="fc-bc-figure__value">
              {month(mc.paybackMonth.p10)} / {month(mc.paybackMonth.p50)} /{' '}
              {month(mc.paybackMonth.p90)}
            </dd>
            {mc.paybackMonth.neverShare > 0 && (
              <dd className="fc-bc-figure__note">
                never within the horizon in {formatShare(mc.paybackMonth.neverShare)} of samples
              </dd>
            )}
          </div>
        </dl>
      )}
      {mc && (
        <p className="fc-bc-aside">
          {formatCount(mc.samples)} {mc.sampling} samples over {rangeCount}{' '}
          {rangeCount === 1 ? 'range' : 'ranges'}, seed {mc.seed}, the same as{' '}
          <code>flowcase roi</code>.
        </p>
      )}
      {tornado && tornado.bars.length > 0 && <TornadoChart result={tornado} currency={currency} />}
      {mc && <HistogramChart mc={mc} currency={currency} />}
      {notes.length > 0 && (
        <ul className="fc-bc-notes">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </>
  );
}

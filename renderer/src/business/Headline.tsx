// The headline of the business case: the figures a sponsor decides on, each with its label,
// and the sentence that says what they mean together. A blocked case says why instead.
import type { RoiResult } from '../../../shared/roi';
import type { MonteCarloResult } from '../../../shared/uncertainty';
import { formatMoney, formatPercent, formatShare } from '../format/numbers';
import { breakEvenWords, headlineSentence, irrWords, paybackWords } from './words';

function Figure({
  id,
  label,
  value,
  note,
  tone,
}: {
  id: string;
  label: string;
  value: string;
  note?: string;
  tone?: 'good' | 'bad';
}) {
  return (
    <div className={`fc-bc-figure${tone ? ` fc-bc-figure--${tone}` : ''}`} data-figure={id}>
      <dt className="fc-bc-figure__label">{label}</dt>
      <dd className="fc-bc-figure__value">{value}</dd>
      {note && <dd className="fc-bc-figure__note">{note}</dd>}
    </div>
  );
}

export function Headline({
  roi,
  mc,
  monthsToGoLive,
}: {
  roi: RoiResult;
  mc: MonteCarloResult | null;
  monthsToGoLive: number;
}) {
  const cur = roi.currency;
  if (roi.blockers.length > 0)
    return (
      <div className="fc-bc-blocked" role="note" aria-label="No business case">
        <h3>No business case yet</h3>
        <p>The figures would mean nothing until the maps can do the work:</p>
        <ul>
          {roi.blockers.map((b) => (
            <li key={b}>{b}</li>
          ))}
        </ul>
        <p>
          One-off costs planned: <strong>{formatMoney(roi.oneOff.total, cur)}</strong>
        </p>
      </div>
    );
  const npv = roi.npv ?? 0;
  const payback = roi.paybackMonth;
  return (
    <div className="fc-bc-headline">
      <dl className="fc-bc-figures">
        <Figure
          id="npv"
          label="NPV"
          value={formatMoney(npv, cur)}
          note={`at ${formatShare(roi.discountRateAnnual)} a year`}
          tone={npv > 0 ? 'good' : 'bad'}
        />
        <Figure id="irr" label="IRR" {...irrWords(roi)} />
        <Figure
          id="payback"
          label="Payback"
          value={paybackWords(payback)}
          note={
            payback !== null && payback > monthsToGoLive
              ? `${payback - monthsToGoLive} months after go-live`
              : `horizon ${roi.horizonMonths} months`
          }
        />
        <Figure
          id="roi"
          label="ROI"
          value={roi.roiPercent === null ? '—' : formatPercent(roi.roiPercent)}
          note="over the horizon, undiscounted"
        />
        <Figure id="break-even" label="Break-even automation rate" {...breakEvenWords(roi)} />
        <Figure
          id="benefit"
          label="Total benefit"
          value={formatMoney(roi.totalBenefit ?? 0, cur)}
        />
        <Figure id="cost" label="Total cost" value={formatMoney(roi.totalCost ?? 0, cur)} />
      </dl>
      <p className="fc-bc-sentence" data-testid="business-case-sentence">
        {headlineSentence(roi, mc)}
      </p>
      <p className="fc-bc-aside">{roi.breakEvenSummary}</p>
      {roi.outsideHorizon && <p className="fc-bc-warning">{roi.outsideHorizon.message}</p>}
    </div>
  );
}

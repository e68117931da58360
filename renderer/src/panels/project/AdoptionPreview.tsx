// A small picture of the adoption ramp: month on x (0 to the horizon, or further when the ramp
// settles later), the share of cases on the new process on y (0 to 100 %), go-live and the
// horizon marked. The same numbers as the business case (`rampPoints`).
import { memo } from 'react';
import type { ScenarioPlan } from '../../../../shared/model/schema';
import { rampPoints } from './adoption-curve';

const WIDTH = 300;
const HEIGHT = 92;
const LEFT = 40;
const RIGHT = 8;
const TOP = 6;
const BOTTOM = 18;

export const AdoptionPreview = memo(function AdoptionPreview({
  plan,
  horizonMonths,
}: {
  plan: Pick<ScenarioPlan, 'monthsToGoLive' | 'adoption'>;
  horizonMonths: number;
}) {
  const points = rampPoints(plan, horizonMonths);
  const last = points.length - 1;
  const x = (month: number): number => LEFT + (month / last) * (WIDTH - LEFT - RIGHT);
  const y = (share: number): number => TOP + (1 - share) * (HEIGHT - TOP - BOTTOM);
  const line = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.month).toFixed(1)},${y(p.share).toFixed(1)}`)
    .join('');
  const base = y(0);
  const goLive = plan.monthsToGoLive;
  return (
    <svg
      className="fc-ramp"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      aria-hidden="true"
    >
      <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(1)} y2={y(1)} className="fc-ramp__grid" />
      <line x1={LEFT} x2={WIDTH - RIGHT} y1={base} y2={base} className="fc-ramp__axis" />
      <text x={LEFT - 4} y={y(1) + 3} className="fc-ramp__label" textAnchor="end">
        100 %
      </text>
      <text x={LEFT - 4} y={base + 3} className="fc-ramp__label" textAnchor="end">
        0
      </text>
      <path d={`${line}L${x(last)},${base}L${x(0)},${base}Z`} className="fc-ramp__area" />
      <path d={line} className="fc-ramp__line" />
      {goLive <= last && (
        <>
          <line x1={x(goLive)} x2={x(goLive)} y1={TOP} y2={base} className="fc-ramp__mark" />
          <text x={x(goLive)} y={HEIGHT - 5} className="fc-ramp__label" textAnchor="middle">
            go-live
          </text>
        </>
      )}
      {horizonMonths < last && (
        <line
          x1={x(horizonMonths)}
          x2={x(horizonMonths)}
          y1={TOP}
          y2={base}
          className="fc-ramp__horizon"
        />
      )}
      <text x={WIDTH - RIGHT} y={HEIGHT - 5} className="fc-ramp__label" textAnchor="end">
        month {last}
      </text>
    </svg>
  );
});

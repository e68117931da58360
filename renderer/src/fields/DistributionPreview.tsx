// A small picture of a duration's shape from 0 to a little past its largest likely value:
// the density, drawn as one SVG path, with the mean marked.
import { memo } from 'react';
import type { Distribution } from '../../../shared/model/distribution';
import { distributionMean } from '../../../shared/model/distribution';
import { densityPoints } from './density';

const WIDTH = 96;
const HEIGHT = 32;

export const DistributionPreview = memo(function DistributionPreview({
  distribution,
}: {
  distribution: Distribution;
}) {
  const { points, upper } = densityPoints(distribution, 48);
  const peak = Math.max(...points.map((p) => p.y), 1e-12);
  const x = (v: number): number => (upper > 0 ? (v / upper) * WIDTH : 0);
  const y = (d: number): number => HEIGHT - 2 - (d / peak) * (HEIGHT - 4);
  const path = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.x).toFixed(1)},${y(p.y).toFixed(1)}`)
    .join('');
  const mean = x(distributionMean(distribution));
  return (
    <svg
      className="fc-preview"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      aria-hidden="true"
    >
      <path d={`${path}L${WIDTH},${HEIGHT - 2}L0,${HEIGHT - 2}Z`} className="fc-preview__area" />
      <path d={path} className="fc-preview__line" />
      <line x1={mean} x2={mean} y1={2} y2={HEIGHT - 2} className="fc-preview__mean" />
    </svg>
  );
});

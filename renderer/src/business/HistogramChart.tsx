// The Monte Carlo histogram of NPV: how many samples fell in each band of NPV, with P10, P50
// and P90 marked and the bins below zero drawn apart.
import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import type { MonteCarloResult } from '../../../shared/uncertainty';
import { formatCount, formatMoney, formatMoneyCompact, formatShare } from '../format/numbers';
import { ChartFigure, LegendItem } from './ChartFigure';
import { histogramScales, innerHeight, type Box } from './scales';

const BOX: Box = { width: 920, height: 260, top: 30, right: 24, bottom: 42, left: 64 };

export function HistogramChart({ mc, currency }: { mc: MonteCarloResult; currency: string }) {
  const { x, y } = histogramScales(mc.histogram, BOX);
  const money = (v: number): string => formatMoney(v, currency);
  const marks = [
    { id: 'p10', label: 'P10', value: mc.npv.p10 },
    { id: 'p50', label: 'P50', value: mc.npv.p50 },
    { id: 'p90', label: 'P90', value: mc.npv.p90 },
  ];
  const [lo, hi] = x.domain() as [number, number];
  // A label close to the one before it goes one line up, so P10 / P50 / P90 never overlap.
  const labelY = (i: number): number => {
    const before = marks[i - 1];
    const mark = marks[i];
    const close =
      before !== undefined && mark !== undefined && x(mark.value) - x(before.value) < 34;
    return close && labelY(i - 1) === -10 ? -24 : -10;
  };
  const summary =
    `NPV over ${formatCount(mc.samples)} samples: P10 ${money(mc.npv.p10)}, P50 ${money(mc.npv.p50)}, ` +
    `P90 ${money(mc.npv.p90)}; the NPV is above zero in ${formatShare(mc.probNpvPositive)} of them.`;
  return (
    <ChartFigure
      id="fc-histogram"
      title="NPV across the simulated outcomes"
      summary={summary}
      box={BOX}
      legend={
        <>
          <LegendItem mark="positive">NPV above zero</LegendItem>
          <LegendItem mark="negative">NPV below zero</LegendItem>
          <LegendItem mark="percentile">P10 / P50 / P90</LegendItem>
        </>
      }
      table={
        <table className="fc-table">
          <caption className="fc-visually-hidden">Samples by NPV band, in {currency}</caption>
          <thead>
            <tr>
              <th scope="col">NPV from</th>
              <th scope="col">to</th>
              <th scope="col">Samples</th>
            </tr>
          </thead>
          <tbody>
            {mc.histogram.map((bin, i) => (
              <tr key={i}>
                <td>{money(bin.from)}</td>
                <td>{money(bin.to)}</td>
                <td>{formatCount(bin.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <Group top={BOX.top} left={BOX.left}>
        {mc.histogram.map((bin, i) => {
          const left = x(bin.from);
          const right = x(bin.to);
          const top = y(bin.count);
          const centre = (bin.from + bin.to) / 2;
          return (
            <rect
              key={i}
              className={centre >= 0 ? 'fc-chart__bar--positive' : 'fc-chart__bar--negative'}
              x={left + 1}
              y={top}
              width={Math.max(0.5, right - left - 2)}
              height={innerHeight(BOX) - top}
            />
          );
        })}
        {lo < 0 && hi > 0 && (
          <g className="fc-chart__zero-mark">
            <line x1={x(0)} x2={x(0)} y1={0} y2={innerHeight(BOX)} />
          </g>
        )}
        {marks.map((mark, i) => (
          <g key={mark.id} className="fc-chart__percentile">
            <line x1={x(mark.value)} x2={x(mark.value)} y1={-4} y2={innerHeight(BOX)} />
            <text x={x(mark.value)} y={labelY(i)} textAnchor="middle">
              {mark.label}
            </text>
          </g>
        ))}
        <AxisLeft
          scale={y}
          numTicks={4}
          tickFormat={(v) => formatCount(Number(v))}
          axisClassName="fc-axis"
          tickLabelProps={{ className: 'fc-axis__label', textAnchor: 'end', dx: -4, dy: 4 }}
        />
        <AxisBottom
          top={innerHeight(BOX)}
          scale={x}
          numTicks={7}
          tickFormat={(v) => formatMoneyCompact(Number(v), currency)}
          axisClassName="fc-axis"
          label={`NPV (${currency})`}
          labelClassName="fc-axis__title"
          labelOffset={10}
          tickLabelProps={{ className: 'fc-axis__label', textAnchor: 'middle' }}
        />
      </Group>
    </ChartFigure>
  );
}

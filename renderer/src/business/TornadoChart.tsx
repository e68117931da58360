// The tornado: the NPV with each range at its low and at its high value (every other range at
// its likely value), widest swing first, around the base NPV.
import { AxisBottom } from '@visx/axis';
import { Group } from '@visx/group';
import type { TornadoResult } from '../../../shared/uncertainty';
import { formatMoney, formatMoneyCompact, formatNumber } from '../format/numbers';
import { ChartFigure, LegendItem } from './ChartFigure';
import { tornadoScale, type Box } from './scales';

const ROW = 26;
const MAX_BARS = 12;
const LABEL_CHARS = 34;

const shortLabel = (label: string): string =>
  label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label;

export function TornadoChart({ result, currency }: { result: TornadoResult; currency: string }) {
  const bars = result.bars.slice(0, MAX_BARS);
  const box: Box = {
    width: 920,
    height: 36 + bars.length * ROW + 36,
    top: 36,
    right: 24,
    bottom: 36,
    left: 250,
  };
  const x = tornadoScale(
    bars.flatMap((b) => [b.low, b.high]),
    result.baseNpv,
    box,
  );
  const base = x(result.baseNpv);
  const [lo = 0, hi = 0] = x.domain();
  const crossesZero = lo < 0 && hi > 0;
  const money = (v: number): string => formatMoney(v, currency);
  const widest = bars[0];
  const summary =
    `Base NPV ${money(result.baseNpv)}. ` +
    (widest
      ? `${widest.label} moves it most: from ${money(widest.npvAtLow)} at its low value to ${money(widest.npvAtHigh)} at its high value.`
      : 'No range moves it.');
  return (
    <ChartFigure
      id="fc-tornado"
      title="What moves the NPV most"
      summary={summary}
      box={box}
      legend={
        <>
          <LegendItem mark="low">Input at its low value</LegendItem>
          <LegendItem mark="high">Input at its high value</LegendItem>
          <LegendItem mark="base">Base NPV (every input likely)</LegendItem>
        </>
      }
      table={
        <table className="fc-table">
          <caption className="fc-visually-hidden">
            NPV with each range at its low and high value, in {currency}
          </caption>
          <thead>
            <tr>
              <th scope="col">Input</th>
              <th scope="col">Low / likely / high</th>
              <th scope="col">NPV at low</th>
              <th scope="col">NPV at high</th>
              <th scope="col">Swing</th>
            </tr>
          </thead>
          <tbody>
            {result.bars.map((b) => (
              <tr key={b.input}>
                <th scope="row">{b.label}</th>
                <td>
                  {formatNumber(b.inputLow)} / {formatNumber(b.inputLikely)} /{' '}
                  {formatNumber(b.inputHigh)}
                </td>
                <td>
                  {money(b.npvAtLow)}
                  {b.overCapacityAtLow ? ' *' : ''}
                </td>
                <td>
                  {money(b.npvAtHigh)}
                  {b.overCapacityAtHigh ? ' *' : ''}
                </td>
                <td>{money(b.swing)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <Group top={box.top} left={box.left}>
        {bars.map((b, i) => {
          const y = i * ROW + 4;
          const h = ROW - 8;
          const atLow = x(b.npvAtLow);
          const atHigh = x(b.npvAtHigh);
          return (
            <g key={b.input}>
              <text className="fc-chart__category" x={-10} y={y + h / 2 + 4} textAnchor="end">
                <title>{b.label}</title>
                {shortLabel(b.label)}
              </text>
              <rect
                className="fc-chart__bar--low"
                x={Math.min(base, atLow)}
                y={y}
                width={Math.max(0.5, Math.abs(atLow - base))}
                height={h}
              />
              <rect
                className="fc-chart__bar--high"
                x={Math.min(base, atHigh)}
                y={y}
                width={Math.max(0.5, Math.abs(atHigh - base))}
                height={h}
              />
            </g>
          );
        })}
        <g className="fc-chart__marker">
          <line x1={base} x2={base} y1={-6} y2={bars.length * ROW} />
          <text x={base} y={-12} textAnchor="middle">
            Base {formatMoneyCompact(result.baseNpv, currency)}
          </text>
        </g>
        <AxisBottom
          top={bars.length * ROW}
          scale={x}
          numTicks={6}
          tickFormat={(v) => formatMoneyCompact(Number(v), currency)}
          axisClassName="fc-axis"
          label={`NPV (${currency})`}
          labelClassName="fc-axis__title"
          labelOffset={10}
          tickLabelProps={{ className: 'fc-axis__label', textAnchor: 'middle' }}
        />
        {crossesZero && (
          <line className="fc-chart__zero" x1={x(0)} x2={x(0)} y1={0} y2={bars.length * ROW} />
        )}
      </Group>
    </ChartFigure>
  );
}

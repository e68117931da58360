// Monthly net cash as bars and the cumulative net as a line, with the build phase shaded and
// go-live and the payback point marked; money on the left axis, months along the bottom.
import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { LinePath } from '@visx/shape';
import type { MonthRow } from '../../../shared/roi';
import { formatMoney, formatMoneyCompact } from '../format/numbers';
import { CashFlowTable } from './CashFlowTable';
import { ChartFigure, LegendItem } from './ChartFigure';
import { cashFlowScales, innerHeight, innerWidth, monthTicks, type Box } from './scales';

const BOX: Box = { width: 920, height: 300, top: 28, right: 20, bottom: 40, left: 76 };

export function CashFlowChart({
  monthly,
  currency,
  monthsToGoLive,
  paybackMonth,
}: {
  monthly: readonly MonthRow[];
  currency: string;
  monthsToGoLive: number;
  paybackMonth: number | null;
}) {
  const { x, y } = cashFlowScales(monthly, BOX);
  const h = monthly.length;
  const band = x.bandwidth();
  const step = x.step();
  const centre = (m: number): number => (x(m) ?? 0) + band / 2;
  const left = (m: number): number => (x(m) ?? 0) - (step - band) / 2;
  const goLive = Math.min(h, Math.max(0, monthsToGoLive));
  const buildEnd = goLive === 0 ? 0 : left(goLive) + step;
  const payback = paybackMonth === null ? null : monthly[paybackMonth - 1];
  const last = monthly[h - 1];
  const summary =
    `Net cash per month and cumulative net over ${h} months. ` +
    (goLive > 0 ? `Build phase months 1 to ${goLive}, go-live after month ${goLive}. ` : '') +
    (payback
      ? `Pays back in month ${payback.month}. `
      : 'The cumulative net stays below zero within the horizon. ') +
    (last ? `Cumulative net at the end: ${formatMoney(last.cumulative, currency)}.` : '');
  return (
    <ChartFigure
      id="fc-cash-flow"
      title="Cash flow by month"
      summary={summary}
      box={BOX}
      legend={
        <>
          <LegendItem mark="positive">Net cash in a month</LegendItem>
          <LegendItem mark="negative">Net cash out</LegendItem>
          <LegendItem mark="line">Cumulative net</LegendItem>
          {goLive > 0 && <LegendItem mark="build">Build phase</LegendItem>}
        </>
      }
      table={<CashFlowTable monthly={monthly} currency={currency} />}
    >
      <Group top={BOX.top} left={BOX.left}>
        {goLive > 0 && (
          <>
            <rect
              className="fc-chart__build"
              x={0}
              y={0}
              width={buildEnd}
              height={innerHeight(BOX)}
            />
            <text className="fc-chart__note" x={4} y={-8}>
              Build
            </text>
          </>
        )}
        {monthly.map((m) => {
          const top = y(Math.max(0, m.net));
          const bottom = y(Math.min(0, m.net));
          return (
            <rect
              key={m.month}
              className={m.net >= 0 ? 'fc-chart__bar--positive' : 'fc-chart__bar--negative'}
              x={x(m.month)}
              y={top}
              width={band}
              height={Math.max(0.5, bottom - top)}
            />
          );
        })}
        <line className="fc-chart__zero" x1={0} x2={innerWidth(BOX)} y1={y(0)} y2={y(0)} />
        <LinePath<MonthRow>
          className="fc-chart__line"
          data={[...monthly]}
          x={(m) => centre(m.month)}
          y={(m) => y(m.cumulative)}
        />
        {goLive > 0 && goLive < h && (
          <g className="fc-chart__marker">
            <line x1={buildEnd} x2={buildEnd} y1={0} y2={innerHeight(BOX)} />
            <text x={buildEnd + 4} y={-8}>
              Go-live
            </text>
          </g>
        )}
        {payback && (
          <g className="fc-chart__payback">
            <circle cx={centre(payback.month)} cy={y(payback.cumulative)} r={5} />
            <text
              x={centre(payback.month)}
              y={y(payback.cumulative) - 10}
              textAnchor={payback.month > h * 0.8 ? 'end' : 'middle'}
            >
              Payback, month {payback.month}
            </text>
          </g>
        )}
        <AxisLeft
          scale={y}
          numTicks={6}
          tickFormat={(v) => formatMoneyCompact(Number(v), currency)}
          axisClassName="fc-axis"
          tickLabelProps={{ className: 'fc-axis__label', textAnchor: 'end', dx: -4, dy: 4 }}
        />
        <AxisBottom
          top={innerHeight(BOX)}
          scale={x}
          tickValues={monthTicks(h)}
          axisClassName="fc-axis"
          label="Month"
          labelClassName="fc-axis__title"
          labelOffset={10}
          tickLabelProps={{ className: 'fc-axis__label', textAnchor: 'middle' }}
        />
      </Group>
    </ChartFigure>
  );
}

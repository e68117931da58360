// The cycle-time histogram of the current process and the target side by side in each bin:
// the share of each map's cases that took so long, on a log hours axis (a target with AI can
// be ten times faster, and both must stay readable), with each map's median marked.
import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleLinear, scaleLog } from '@visx/scale';
import { ChartFigure, LegendItem } from '../business/ChartFigure';
import { innerHeight, innerWidth, type Box } from '../business/scales';
import '../business/business.css';
import { formatCount, formatShare } from '../format/numbers';
import { binLabel, drawnEdges, hourTicks, hoursLabel, type HistogramView } from './cycle-histogram';

const BOX: Box = { width: 920, height: 260, top: 30, right: 24, bottom: 42, left: 56 };
export const CYCLE_TIME_CHART_TITLE = 'How long cases take';

export function CycleTimeChart({ view }: { view: HistogramView }) {
  const { series, rows } = view;
  const first = rows[0];
  const last = rows.at(-1);
  if (first === undefined || last === undefined) return null;
  const lo = drawnEdges(first)[0];
  const hi = drawnEdges(last)[1];
  const x = scaleLog<number>({ domain: [lo, hi], range: [0, innerWidth(BOX)] });
  const top = Math.max(0.01, ...rows.flatMap((r) => r.shares));
  const y = scaleLinear<number>({ domain: [0, top], range: [innerHeight(BOX), 0], nice: true });
  // The second median's label goes one line up when it would touch the first's.
  const labelY = (i: number): number => {
    const other = series[0];
    const mine = series[i];
    const close =
      i > 0 && other && mine && Math.abs(x(mine.medianHours) - x(other.medianHours)) < 110;
    return close ? -24 : -10;
  };
  const summary =
    series
      .map(
        (s) => `${s.name}: median ${hoursLabel(s.medianHours)} over ${formatCount(s.cases)} cases`,
      )
      .join('; ') + '. The table below gives the share of cases in each band of cycle time.';
  return (
    <ChartFigure
      id="fc-cycle-histogram"
      title={CYCLE_TIME_CHART_TITLE}
      summary={summary}
      box={BOX}
      legend={series.map((s) => (
        <LegendItem key={s.role} mark={`cycle-${s.role}`}>
          {s.name} (median {hoursLabel(s.medianHours)})
        </LegendItem>
      ))}
      table={
        <table className="fc-table">
          <caption className="fc-visually-hidden">
            Share of cases by cycle time, in working hours
          </caption>
          <thead>
            <tr>
              <th scope="col">Cycle time</th>
              {series.map((s) => (
                <th key={s.role} scope="col">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.fromHours}>
                <th scope="row">{binLabel(row)}</th>
                {series.map((s, i) => (
                  <td key={s.role}>
                    {shareLabel(row.shares[i] ?? 0)} ({formatCount(row.cases[i] ?? 0)})
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <Group top={BOX.top} left={BOX.left}>
        {rows.map((row) => {
          const [from, to] = drawnEdges(row);
          const left = x(from);
          const width = (x(to) - left) / series.length;
          return series.map((s, i) => {
            const share = row.shares[i] ?? 0;
            if (share === 0) return null;
            return (
              <rect
                key={`${row.fromHours}-${s.role}`}
                className={`fc-cycle__bar fc-cycle__bar--${s.role}`}
                x={left + i * width + (i === 0 ? 1 : 0)}
                y={y(share)}
                width={Math.max(0.5, width - 1)}
                height={innerHeight(BOX) - y(share)}
              />
            );
          });
        })}
        {series.map((s, i) => (
          <g key={s.role} className={`fc-cycle__median fc-cycle__median--${s.role}`}>
            <line x1={x(s.medianHours)} x2={x(s.medianHours)} y1={-4} y2={innerHeight(BOX)} />
            <text x={x(s.medianHours)} y={labelY(i)} textAnchor="middle">
              median {hoursLabel(s.medianHours)}
            </text>
          </g>
        ))}
        <AxisLeft
          scale={y}
          numTicks={4}
          tickFormat={(v) => formatShare(Number(v))}
          axisClassName="fc-axis"
          tickLabelProps={{ className: 'fc-axis__label', textAnchor: 'end', dx: -4, dy: 4 }}
        />
        <AxisBottom
          top={innerHeight(BOX)}
          scale={x}
          tickValues={hourTicks(lo, hi)}
          tickFormat={(v) => hoursLabel(Number(v))}
          axisClassName="fc-axis"
          label="Cycle time, working hours (log scale)"
          labelClassName="fc-axis__title"
          labelOffset={10}
          tickLabelProps={{ className: 'fc-axis__label', textAnchor: 'middle' }}
        />
      </Group>
    </ChartFigure>
  );
}

/** A bin's share; a few cases out of many read "under 0.1 %", not "0 %". */
function shareLabel(share: number): string {
  return share > 0 && share < 0.001 ? 'under 0.1 %' : formatShare(share);
}

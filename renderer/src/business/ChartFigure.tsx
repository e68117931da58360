// A chart with what makes it readable without seeing it: a title, the SVG as one image with a
// text summary for screen readers, and the same figures as a table behind "Show as table".
import type { ReactNode } from 'react';
import type { Box } from './scales';

export function ChartFigure({
  id,
  title,
  summary,
  box,
  legend,
  table,
  children,
}: {
  /** DOM id stem; the title's id is `${id}-title`. */
  id: string;
  title: string;
  /** What the chart shows, in one or two sentences: the image's accessible name. */
  summary: string;
  box: Box;
  legend?: ReactNode;
  table: ReactNode;
  children: ReactNode;
}) {
  return (
    <figure className="fc-chart" aria-labelledby={`${id}-title`}>
      <h3 className="fc-chart__title" id={`${id}-title`}>
        {title}
      </h3>
      <svg
        className="fc-chart__svg"
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${box.width} ${box.height}`}
        style={{ maxWidth: box.width }}
        data-testid={`${id}-chart`}
      >
        {children}
      </svg>
      {legend && <div className="fc-chart__legend">{legend}</div>}
      <details className="fc-chart__table">
        <summary>Show as table</summary>
        {table}
      </details>
    </figure>
  );
}

/** One legend entry: a swatch drawn like the chart's mark and its words. */
export function LegendItem({ mark, children }: { mark: string; children: ReactNode }) {
  return (
    <span className="fc-legend__item">
      <span className={`fc-legend__mark fc-legend__mark--${mark}`} aria-hidden="true" />
      {children}
    </span>
  );
}

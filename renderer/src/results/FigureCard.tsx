// One simulated figure: its label, value with the 95 % interval, and for a target the change
// against current (with its interval; "no clear change" when the interval includes none).
import type { ReactNode } from 'react';
import type { Figure } from './result-figures';
import { isClear } from './result-figures';

export type Better = 'higher' | 'lower' | 'neither';

export function FigureCard({
  label,
  value,
  change,
  better,
  format,
  formatChange = format,
  empty = '—',
  detail,
}: {
  label: string;
  value: Figure | null;
  change?: Figure | null;
  better: Better;
  format: (v: number) => string;
  /** How a change reads, when not like the value (shares change by percentage points). */
  formatChange?: (v: number) => string;
  empty?: string;
  detail?: ReactNode;
}) {
  const clear = change != null && isClear(change);
  const tone =
    change == null || !clear || better === 'neither'
      ? 'same'
      : change.mean > 0 === (better === 'higher')
        ? 'good'
        : 'bad';
  return (
    <div className="fc-figure fc-simfigure">
      <dt className="fc-figure__label">{label}</dt>
      <dd className="fc-figure__value">
        {value === null ? (
          empty
        ) : (
          <>
            {format(value.mean)}
            {value.halfWidth > 0 && (
              <span className="fc-simfigure__ci"> ± {format(value.halfWidth)}</span>
            )}
          </>
        )}
        {change != null && (
          <span className={`fc-figure__delta fc-figure__delta--${tone}`}>
            {clear
              ? `${change.mean > 0 ? '+' : '−'}${formatChange(Math.abs(change.mean))} ± ${formatChange(change.halfWidth)} vs current`
              : 'no clear change vs current'}
          </span>
        )}
        {detail !== undefined && <span className="fc-simfigure__detail">{detail}</span>}
      </dd>
    </div>
  );
}

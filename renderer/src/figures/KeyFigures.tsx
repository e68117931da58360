// The key-figures strip under the canvas: throughput capacity, cost per case, cycle-time
// estimate, hours of work a month and FTE needed for the active map, live on every edit, with a
// target's change against the current map; an overloaded role is said in words.
import { useMemo } from 'react';
import { mapOf } from '../../../shared/editor';
import { formatCount, formatMoney, formatNumber } from '../format/numbers';
import { useAppStore } from '../store';
import { delta, keyFigures, type KeyFigures as Figures } from './key-figures';
import { mapFigures } from './live-figures';

type Better = 'higher' | 'lower';

function Figure({
  label,
  value,
  change,
  better,
  format,
}: {
  label: string;
  value: number | null;
  change: number | null;
  better: Better;
  format: (v: number) => string;
}) {
  const tone =
    change === null || Math.abs(change) < 1e-9
      ? 'same'
      : change > 0 === (better === 'higher')
        ? 'good'
        : 'bad';
  return (
    <div className="fc-figure">
      <dt className="fc-figure__label">{label}</dt>
      <dd className="fc-figure__value">
        {value === null ? '—' : format(value)}
        {change !== null && (
          <span className={`fc-figure__delta fc-figure__delta--${tone}`}>
            {change > 0 ? '+' : change < 0 ? '−' : '±'}
            {format(Math.abs(change))} vs current
          </span>
        )}
      </dd>
    </div>
  );
}

export function KeyFigures() {
  const project = useAppStore((s) => s.project);
  const mapKey = useAppStore((s) => s.activeMapKey);
  const view = useMemo(() => {
    if (project === null) return null;
    const map = mapOf(project, mapKey);
    if (map === null) return null;
    const figures = mapFigures(project, map);
    if (!figures.ok) return { reason: figures.reason } as const;
    const mine = keyFigures(project, figures.flow);
    let base: Figures | null = null;
    if (mapKey !== 'current') {
      const current = mapFigures(project, project.maps.current);
      if (current.ok) base = keyFigures(project, current.flow);
    }
    return {
      mine,
      base,
      flow: figures.flow,
      hoursPerDay: project.calendar.hoursPerDay,
      currency: project.currency,
    } as const;
  }, [project, mapKey]);
  if (view === null) return null;
  return (
    <section className="fc-figures" aria-label="Key figures">
      {'reason' in view ? (
        <p className="fc-figures__wait">{view.reason}</p>
      ) : (
        <>
          <dl className="fc-figures__list">
            <Figure
              label="Throughput capacity"
              value={view.mine.capacityPerMonth}
              change={
                view.base ? delta(view.mine.capacityPerMonth, view.base.capacityPerMonth) : null
              }
              better="higher"
              format={(v) => `${formatCount(v)} cases / month`}
            />
            <Figure
              label="Cost per case"
              value={view.mine.costPerCase}
              change={view.base ? delta(view.mine.costPerCase, view.base.costPerCase) : null}
              better="lower"
              format={(v) => formatMoney(v, view.currency)}
            />
            <Figure
              label="Cycle time (estimate)"
              value={view.mine.cycleTimeHours}
              change={view.base ? delta(view.mine.cycleTimeHours, view.base.cycleTimeHours) : null}
              better="lower"
              format={(v) =>
                v >= view.hoursPerDay
                  ? `${formatNumber(v / view.hoursPerDay)} days`
                  : `${formatNumber(v)} h`
              }
            />
            <Figure
              label="Work per month"
              value={view.mine.workHoursPerMonth}
              change={
                view.base ? delta(view.mine.workHoursPerMonth, view.base.workHoursPerMonth) : null
              }
              better="lower"
              format={(v) => `${formatCount(v)} h`}
            />
            <Figure
              label="FTE needed"
              value={view.mine.fteNeeded}
              change={view.base ? delta(view.mine.fteNeeded, view.base.fteNeeded) : null}
              better="lower"
              format={(v) => formatNumber(v)}
            />
          </dl>
          {view.flow.warnings.length > 0 && (
            <ul className="fc-figures__warnings" role="status">
              {view.flow.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

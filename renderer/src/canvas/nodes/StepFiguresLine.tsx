// The figures line of a task or AI step on the canvas: visits per case, hours a visit takes
// (queueing included), and its role's utilisation, the bottleneck marked and an overload said.
import { memo } from 'react';
import { formatNumber, formatShare } from '../../format/numbers';
import type { StepFigureValues } from '../../figures/step-figures';

function hours(h: number): string {
  return h < 1 ? `${formatNumber(h * 60)} min` : `${formatNumber(h)} h`;
}

/** The card reads the figures with its state (use-card-state.ts). */
export const StepFiguresLine = memo(function StepFiguresLine({
  stepId,
  visits,
  hoursPerVisit: perVisit,
  utilisation,
  overloaded: over,
  bottleneck,
}: StepFigureValues & { stepId: string }) {
  if (visits === null) return null;
  return (
    <div className="fc-card__figures" data-testid={`figures-${stepId}`}>
      <span title="Visits per case">{formatNumber(visits)}×</span>
      {perVisit !== null && <span title="Time per visit, waiting included">{hours(perVisit)}</span>}
      {utilisation !== null && (
        <span
          className={
            over
              ? 'fc-card__load fc-card__load--over'
              : bottleneck
                ? 'fc-card__load fc-card__load--bottleneck'
                : 'fc-card__load'
          }
          title={
            over
              ? 'This role has more work than hours: its queue grows without limit'
              : bottleneck
                ? 'The busiest role: the bottleneck'
                : 'How busy the role is'
          }
        >
          {over
            ? 'over capacity'
            : `${formatShare(utilisation)} busy${bottleneck ? ' · bottleneck' : ''}`}
        </span>
      )}
    </div>
  );
});

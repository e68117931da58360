// An AI step's operating points, measured on the pilot's validation set: at each confidence
// threshold, the share of cases accepted and the share of those wrong. Each can be edited,
// removed, or used, which sets the step's automation and escaped error rates to it.
import { Plus, Trash2 } from 'lucide-react';
import type { AiStep, OperatingPoint } from '../../../shared/model/schema';
import { NumberField } from '../fields/NumberField';
import { formatShare } from '../format/numbers';
import { useStepEdit } from './use-step-edit';

export function OperatingPoints({ step }: { step: AiStep }) {
  const edit = useStepEdit(step.id);
  const points = step.operatingPoints;
  const set = (next: OperatingPoint[]): void => edit({ operatingPoints: next });
  const change = (i: number, patch: Partial<OperatingPoint>): void =>
    set(points.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <div className="fc-points">
      {points.length === 0 && (
        <p className="fc-field__hint">
          None yet: add what the pilot measured at each confidence threshold to choose one on
          evidence.
        </p>
      )}
      {points.map((point, i) => {
        const inUse =
          point.automationRate === step.automationRate &&
          point.escapedErrorRate === step.escapedErrorRate;
        const name = `threshold ${formatShare(point.threshold)}`;
        return (
          <fieldset key={i} className="fc-points__row">
            <legend className="fc-field__label">
              Operating point {i + 1}
              {inUse && <span className="fc-points__used"> · in use</span>}
            </legend>
            <div className="fc-points__fields">
              <NumberField
                label="Threshold"
                value={point.threshold}
                unit="percent"
                min={0}
                max={1}
                onCommit={(threshold) => change(i, { threshold })}
              />
              <NumberField
                label="Accepted"
                value={point.automationRate}
                unit="percent"
                min={0}
                max={1}
                onCommit={(automationRate) => change(i, { automationRate })}
              />
              <NumberField
                label="Wrong"
                value={point.escapedErrorRate}
                unit="percent"
                min={0}
                max={1}
                onCommit={(escapedErrorRate) => change(i, { escapedErrorRate })}
              />
            </div>
            <div className="fc-points__actions">
              <button
                type="button"
                className="fc-button"
                disabled={inUse}
                aria-label={`Use the operating point at ${name}`}
                onClick={() =>
                  edit({
                    automationRate: point.automationRate,
                    escapedErrorRate: point.escapedErrorRate,
                  })
                }
              >
                Use
              </button>
              <button
                type="button"
                className="fc-icon-button"
                aria-label={`Remove the operating point at ${name}`}
                onClick={() => set(points.filter((_, j) => j !== i))}
              >
                <Trash2 size={14} aria-hidden="true" />
              </button>
            </div>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="fc-tool fc-tool--text"
        onClick={() =>
          set([
            ...points,
            {
              threshold: 0.9,
              automationRate: step.automationRate,
              escapedErrorRate: step.escapedErrorRate,
            },
          ])
        }
      >
        <Plus size={14} aria-hidden="true" /> Add operating point
      </button>
    </div>
  );
}

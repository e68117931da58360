// The flows leaving a step, each with its label and, for a decision, the share of cases that
// take it, editable; the total is shown beside the list while it is not 100 %.
import { formatShare } from '../format/numbers';
import { NumberField } from '../fields/NumberField';
import { useAppStore } from '../store';
import { selectActiveMap } from '../store/selectors';

export function FlowList({
  stepId,
  showProbability,
}: {
  stepId: string;
  showProbability: boolean;
}) {
  const map = useAppStore(selectActiveMap);
  const mapKey = useAppStore((s) => s.activeMapKey);
  const dispatch = useAppStore((s) => s.dispatch);
  if (!map) return null;
  const outgoing = map.flows.filter((f) => f.from === stepId);
  if (outgoing.length === 0)
    return <p className="fc-muted">No outgoing flows yet: drag from this step to the next one.</p>;
  const total = outgoing.reduce((sum, f) => sum + (f.probability ?? 0), 0);
  return (
    <>
      <ul className="fc-flow-list">
        {outgoing.map((flow) => {
          const target = map.steps.find((s) => s.id === flow.to);
          const name = target?.name ?? flow.to;
          return (
            <li key={flow.id} className="fc-flow-list__item">
              <span className="fc-flow-list__label">
                {flow.label.trim() || '→'} <span className="fc-muted">to</span> {name}
              </span>
              {showProbability && (
                <NumberField
                  label={`Share to ${name}`}
                  value={flow.probability ?? 0}
                  unit="percent"
                  min={0}
                  max={1}
                  onCommit={(probability) =>
                    dispatch({ type: 'updateFlow', map: mapKey, flowId: flow.id, probability })
                  }
                />
              )}
            </li>
          );
        })}
      </ul>
      {showProbability && Math.abs(total - 1) > 1e-6 && (
        <p className="fc-field__error" role="status">
          The shares add up to {formatShare(total)}, not 100 %.
        </p>
      )}
    </>
  );
}

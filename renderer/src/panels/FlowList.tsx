// The flows leaving a step: where each one goes and, for decisions, how many cases take it.
import { useAppStore } from '../store';
import { selectActiveMap } from '../store/selectors';
import { formatShare } from '../format/numbers';

export function FlowList({
  stepId,
  showProbability,
}: {
  stepId: string;
  showProbability: boolean;
}) {
  const map = useAppStore(selectActiveMap);
  if (!map) return null;
  const outgoing = map.flows.filter((f) => f.from === stepId);
  if (outgoing.length === 0) return <p className="fc-muted">No outgoing flows.</p>;
  return (
    <ul className="fc-flow-list">
      {outgoing.map((flow) => {
        const target = map.steps.find((s) => s.id === flow.to);
        return (
          <li key={flow.id}>
            <span className="fc-flow-list__label">
              {flow.label.trim() || '→'} <span className="fc-muted">to</span>{' '}
              {target?.name ?? flow.to}
            </span>
            {showProbability && flow.probability !== null && (
              <span className="fc-flow-list__share">{formatShare(flow.probability)}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

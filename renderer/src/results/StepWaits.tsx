// Where cases wait: the steps with the longest mean wait for a person, longest first.
import type { SimulationResult } from '../../../shared/engine';
import { formatHours, formatNumber } from '../format/numbers';

const SHOWN = 8;

export function StepWaits({ result }: { result: SimulationResult }) {
  const waits = result.steps
    .filter((s) => s.meanWaitHours !== null && s.meanWaitHours.mean > 0)
    .sort((a, b) => (b.meanWaitHours?.mean ?? 0) - (a.meanWaitHours?.mean ?? 0))
    .slice(0, SHOWN);
  if (waits.length === 0) return null;
  const top = waits[0]?.meanWaitHours?.mean ?? 1;
  return (
    <table className="fc-roles fc-waits">
      <caption>Where cases wait ({result.mapName})</caption>
      <thead>
        <tr>
          <th scope="col">Step</th>
          <th scope="col">Mean wait per visit</th>
          <th scope="col">Visits per case</th>
        </tr>
      </thead>
      <tbody>
        {waits.map((s) => (
          <tr key={s.id}>
            <th scope="row">{s.name}</th>
            <td className="fc-roles__cell">
              <span className="fc-roles__bar" aria-hidden="true">
                <span
                  className="fc-roles__fill fc-roles__fill--wait"
                  style={{ width: `${((s.meanWaitHours?.mean ?? 0) / top) * 100}%` }}
                />
              </span>
              {formatHours(s.meanWaitHours?.mean ?? 0)}
            </td>
            <td className="fc-roles__cell">{formatNumber(s.visitsPerCase.mean)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

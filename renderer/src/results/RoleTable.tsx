// Utilisation per role, current and target side by side: a bar for each, the bottleneck
// marked, and hours of work a month. An overloaded role is said in words by the warnings.
import { formatNumber, formatShare } from '../format/numbers';
import { bottleneck, type RoleFigures } from './result-figures';

function Bar({ role, isBottleneck }: { role: RoleFigures | undefined; isBottleneck: boolean }) {
  if (role?.utilisation == null) return <td className="fc-roles__cell">—</td>;
  const u = role.utilisation;
  return (
    <td className="fc-roles__cell">
      <span className="fc-roles__bar" aria-hidden="true">
        <span
          className={`fc-roles__fill${u.mean >= 0.85 ? ' fc-roles__fill--hot' : ''}`}
          style={{ width: `${Math.min(100, u.mean * 100)}%` }}
        />
      </span>
      {formatShare(u.mean)}
      {u.halfWidth > 0 && <span className="fc-simfigure__ci"> ± {formatShare(u.halfWidth)}</span>}
      {isBottleneck && <span className="fc-roles__bottleneck">bottleneck</span>}
    </td>
  );
}

export function RoleTable({
  current,
  target,
}: {
  current: readonly RoleFigures[] | null;
  target: readonly RoleFigures[] | null;
}) {
  const ids = [...new Set([...(current ?? []), ...(target ?? [])].map((r) => r.id))];
  const byId = (list: readonly RoleFigures[] | null) => new Map((list ?? []).map((r) => [r.id, r]));
  const cur = byId(current);
  const tgt = byId(target);
  const curNeck = current ? bottleneck(current) : null;
  const tgtNeck = target ? bottleneck(target) : null;
  return (
    <table className="fc-roles">
      <caption>Utilisation per role</caption>
      <thead>
        <tr>
          <th scope="col">Role</th>
          {current && <th scope="col">{target ? 'Current' : 'Utilisation'}</th>}
          {target && <th scope="col">Target</th>}
          <th scope="col">Hours of work a month</th>
        </tr>
      </thead>
      <tbody>
        {ids.map((id) => {
          const name = tgt.get(id)?.name ?? cur.get(id)?.name ?? id;
          const hours = (tgt.get(id) ?? cur.get(id))?.hoursPerMonth;
          return (
            <tr key={id}>
              <th scope="row">{name}</th>
              {current && <Bar role={cur.get(id)} isBottleneck={id === curNeck} />}
              {target && <Bar role={tgt.get(id)} isBottleneck={id === tgtNeck} />}
              <td className="fc-roles__cell">
                {hours == null ? '—' : `${formatNumber(hours.mean)} h`}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

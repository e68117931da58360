// The panel shown when no step is selected: roles, systems and demand of the open project.
import { ACCESS_MODE_LABELS, DATA_QUALITY_LABELS, SYSTEM_KIND_LABELS } from '../format/labels';
import { describeDemand } from '../format/labels';
import { formatMoney, formatNumber } from '../format/numbers';
import { useAppStore } from '../store';
import { selectActiveMap } from '../store/selectors';
import { Section } from './Facts';

const BRITTLE_ACCESS = new Set(['ui-only', 'paper']);

export function ProjectSummary() {
  const project = useAppStore((s) => s.project);
  const map = useAppStore(selectActiveMap);
  if (!project) return null;
  const { currency } = project;
  return (
    <>
      <header className="fc-panel__header">
        <div>
          <div className="fc-kind-badge fc-kind-badge--project">Project</div>
          <h2 className="fc-panel__title">{project.name}</h2>
        </div>
      </header>
      <div className="fc-panel__body" tabIndex={0}>
        {project.description.trim() !== '' && <p className="fc-notes">{project.description}</p>}
        {map && (
          <Section title="Demand">
            <p className="fc-summary-line" data-testid="summary-demand">
              {describeDemand(map.demand)}
            </p>
            <p className="fc-sub">
              {formatNumber(project.calendar.hoursPerDay)} h per day ·{' '}
              {project.calendar.daysPerYear} working days per year
            </p>
          </Section>
        )}
        <Section title={`Roles (${project.roles.length})`}>
          <table className="fc-table">
            <thead>
              <tr>
                <th scope="col">Role</th>
                <th scope="col" className="fc-num">
                  FTE
                </th>
                <th scope="col" className="fc-num">
                  Cost / hour
                </th>
              </tr>
            </thead>
            <tbody>
              {project.roles.map((role) => (
                <tr key={role.id}>
                  <td>{role.name}</td>
                  <td className="fc-num">{formatNumber(role.headcount)}</td>
                  <td className="fc-num">{formatMoney(role.costPerHour, currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
        <Section title={`Systems (${project.systems.length})`}>
          <ul className="fc-system-list">
            {project.systems.map((system) => (
              <li key={system.id}>
                <div className="fc-system-list__name">
                  {system.name}
                  <span className="fc-muted"> · {SYSTEM_KIND_LABELS[system.kind]}</span>
                </div>
                <div className="fc-system-list__badges">
                  <span
                    className={
                      BRITTLE_ACCESS.has(system.access) ? 'fc-badge fc-badge--warn' : 'fc-badge'
                    }
                  >
                    {ACCESS_MODE_LABELS[system.access]}
                  </span>
                  <span className={`fc-badge fc-badge--quality-${system.dataQuality}`}>
                    {DATA_QUALITY_LABELS[system.dataQuality]}
                  </span>
                </div>
              </li>
            ))}
          </ul>
        </Section>
      </div>
    </>
  );
}

// Names of referenced roles and systems, read through narrow selectors.
import { useAppStore } from '../store';
import { selectRole, selectSystem } from '../store/selectors';
import { ACCESS_MODE_LABELS } from '../format/labels';

/** A role's name, or `missing` (in the danger tone) when the step names no role. */
export function RoleName({ roleId, missing }: { roleId: string | null; missing: string }) {
  const role = useAppStore(selectRole(roleId));
  if (!role) return <span className="fc-tone-danger">{missing}</span>;
  return <>{role.name}</>;
}

export function SystemList({ systemIds }: { systemIds: readonly string[] }) {
  if (systemIds.length === 0) return <span className="fc-muted">None</span>;
  return (
    <span className="fc-inline-list">
      {systemIds.map((id) => (
        <SystemItem key={id} systemId={id} />
      ))}
    </span>
  );
}

function SystemItem({ systemId }: { systemId: string }) {
  const system = useAppStore(selectSystem(systemId));
  if (!system) return <span className="fc-badge fc-badge--danger">{systemId}</span>;
  return (
    <span className="fc-badge" title={`Access: ${ACCESS_MODE_LABELS[system.access]}`}>
      {system.name}
    </span>
  );
}

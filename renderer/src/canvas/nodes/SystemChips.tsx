// The small chips naming the systems a step uses, with a warning tint for brittle access.
import { memo } from 'react';
import { useAppStore } from '../../store';
import { selectSystem } from '../../store/selectors';

function SystemChip({ systemId }: { systemId: string }) {
  const system = useAppStore(selectSystem(systemId));
  if (!system) return <span className="fc-chip fc-chip--missing">{systemId}</span>;
  const brittle = system.access === 'ui-only' || system.access === 'paper';
  return (
    <span className={brittle ? 'fc-chip fc-chip--brittle' : 'fc-chip'} title={system.name}>
      {system.name}
    </span>
  );
}

export const SystemChips = memo(function SystemChips({
  systemIds,
}: {
  systemIds: readonly string[];
}) {
  if (systemIds.length === 0) return null;
  return (
    <div className="fc-chips">
      {systemIds.map((id) => (
        <SystemChip key={id} systemId={id} />
      ))}
    </div>
  );
});

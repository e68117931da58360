// The small chips naming the systems a step uses, with a warning tint for brittle access.
import { memo } from 'react';
import type { System } from '../../../../shared/model/schema';

function SystemChip({ systemId, system }: { systemId: string; system: System | undefined }) {
  if (!system) return <span className="fc-chip fc-chip--missing">{systemId}</span>;
  const brittle = system.access === 'ui-only' || system.access === 'paper';
  return (
    <span className={brittle ? 'fc-chip fc-chip--brittle' : 'fc-chip'} title={system.name}>
      {system.name}
    </span>
  );
}

/** `systems` is the project's list; the card reads it with its state (use-card-state.ts). */
export const SystemChips = memo(function SystemChips({
  systemIds,
  systems,
}: {
  systemIds: readonly string[];
  systems: readonly System[];
}) {
  if (systemIds.length === 0) return null;
  return (
    <div className="fc-chips">
      {systemIds.map((id) => (
        <SystemChip key={id} systemId={id} system={systems.find((sys) => sys.id === id)} />
      ))}
    </div>
  );
});

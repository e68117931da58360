// A list of the steps that use a role or a system, by map.
import type { StepUse } from '../../../../shared/editor';
import { usesByMap } from './step-uses';

export function StepUses({ uses }: { uses: readonly StepUse[] }) {
  return (
    <ul className="fc-uses">
      {usesByMap(uses).map((group, i) => (
        <li key={`${group.mapName}-${i}`}>
          <span className="fc-uses__map">{group.mapName}:</span> {group.stepNames.join(', ')}
        </li>
      ))}
    </ul>
  );
}

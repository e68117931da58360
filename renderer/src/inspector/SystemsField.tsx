// Which of the project's systems a step uses: a checkbox per system.
import { memo } from 'react';
import type { System } from '../../../shared/model/schema';

export const SystemsField = memo(function SystemsField({
  systems,
  value,
  onCommit,
}: {
  systems: readonly System[];
  value: readonly string[];
  onCommit: (systemIds: string[]) => void;
}) {
  if (systems.length === 0)
    return (
      <p className="fc-field__hint">No systems yet: add them under Systems to link them here.</p>
    );
  const chosen = new Set(value);
  return (
    <fieldset className="fc-checks">
      <legend className="fc-field__label">Systems used</legend>
      {systems.map((system) => (
        <label key={system.id} className="fc-check">
          <input
            type="checkbox"
            checked={chosen.has(system.id)}
            onChange={(event) =>
              onCommit(
                event.target.checked
                  ? [...value, system.id]
                  : value.filter((id) => id !== system.id),
              )
            }
          />
          {system.name}
        </label>
      ))}
    </fieldset>
  );
});

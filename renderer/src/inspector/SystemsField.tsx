// Which of the project's systems a step uses: a checkbox per system.
import type { Project } from '../../../shared/model/schema';

export function SystemsField({
  project,
  value,
  onCommit,
}: {
  project: Project;
  value: readonly string[];
  onCommit: (systemIds: string[]) => void;
}) {
  if (project.systems.length === 0)
    return (
      <p className="fc-field__hint">No systems yet: add them under Systems to link them here.</p>
    );
  const chosen = new Set(value);
  return (
    <fieldset className="fc-checks">
      <legend className="fc-field__label">Systems used</legend>
      {project.systems.map((system) => (
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
}

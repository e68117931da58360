// Whether a simulation result still describes the project: edits replace the objects they
// change (structural sharing), so a result is current exactly while the map, roles, systems
// and calendar it read are the very objects the project holds now.
import type { Project } from '../../../shared/model/schema';
import { mapOf } from '../../../shared/editor';
import type { MapKey } from '../store';
import type { SimulationInputs, SimulationRecord } from '../store/results-slice';

export function inputsOf(project: Project, key: MapKey): SimulationInputs | null {
  const map = mapOf(project, key);
  if (map === null) return null;
  return { map, roles: project.roles, systems: project.systems, calendar: project.calendar };
}

export function isOutOfDate(record: SimulationRecord, project: Project, key: MapKey): boolean {
  const now = inputsOf(project, key);
  if (now === null) return true;
  const was = record.inputs;
  return (
    was.map !== now.map ||
    was.roles !== now.roles ||
    was.systems !== now.systems ||
    was.calendar !== now.calendar
  );
}

/** The key results are stored under: 'current' or the target's id. */
export function resultKey(key: MapKey): string {
  return key === 'current' ? 'current' : key.targetId;
}

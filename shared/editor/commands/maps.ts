/**
 * Map and target commands: a map's demand, name and description; targets made from the current
 * map (a copy that keeps step ids, so current and target compare step by step), duplicated,
 * deleted (with the ranges on them) and reordered; a target's plan.
 */
import {
  DemandSchema,
  ScenarioPlanSchema,
  TargetMapSchema,
  type Project,
  type TargetMap,
} from '../../model/schema';
import { done, refused, type CommandResult, type EditCommand } from '../command';
import { defaultPlan } from '../defaults';
import { mapOf, replaceMap, targetOf } from '../map-ref';
import { shaped } from '../shape';
import { uniqueId } from '../unique-id';

type Of<T extends EditCommand['type']> = Extract<EditCommand, { type: T }>;

const TARGET_GONE = 'That target no longer exists.';

export function updateDemand(project: Project, c: Of<'updateDemand'>): CommandResult {
  const map = mapOf(project, c.map);
  if (map === null) return refused('That map no longer exists.');
  const demand = shaped(DemandSchema, { ...map.demand, ...c.patch }, 'Demand');
  if (!demand.ok) return refused(demand.reason);
  return done(
    replaceMap(project, c.map, (m) => ({ ...m, demand: demand.value })),
    'Change demand',
  );
}

export function updateMapInfo(project: Project, c: Of<'updateMapInfo'>): CommandResult {
  const map = mapOf(project, c.map);
  if (map === null) return refused('That map no longer exists.');
  const name = c.name?.trim();
  if (name !== undefined && name === '') return refused('A map needs a name.');
  if (name !== undefined && name.length > 200)
    return refused('A map name has at most 200 characters.');
  const candidate = {
    ...map,
    ...(name === undefined ? {} : { name }),
    ...(c.description === undefined ? {} : { description: c.description }),
  };
  const checked = shaped(TargetMapSchema.omit({ plan: true }), candidate, `Map "${map.name}"`);
  if (!checked.ok) return refused(checked.reason);
  return done(
    replaceMap(project, c.map, (m) => ({ ...m, ...candidate })),
    name !== undefined ? 'Rename map' : 'Describe map',
  );
}

function mapIds(project: Project): Set<string> {
  return new Set([project.maps.current.id, ...project.maps.targets.map((t) => t.id)]);
}

export function addTargetFromCurrent(
  project: Project,
  c: Of<'addTargetFromCurrent'>,
): CommandResult {
  if (project.maps.targets.length >= 50) return refused('A project holds at most 50 targets.');
  const id = uniqueId('target', mapIds(project));
  const current = project.maps.current;
  const target: TargetMap = {
    ...current,
    id,
    name: c.name?.trim() || `Target ${project.maps.targets.length + 1}`,
    description: '',
    plan: defaultPlan(),
  };
  return done(
    { ...project, maps: { ...project.maps, targets: [...project.maps.targets, target] } },
    'New target from current',
  );
}

export function duplicateTarget(project: Project, c: Of<'duplicateTarget'>): CommandResult {
  const target = targetOf(project, c.targetId);
  if (target === null) return refused(TARGET_GONE);
  if (project.maps.targets.length >= 50) return refused('A project holds at most 50 targets.');
  const copy: TargetMap = {
    ...target,
    id: uniqueId(`${target.id}-copy`, mapIds(project)),
    name: `${target.name} (copy)`.slice(0, 200),
  };
  const at = project.maps.targets.indexOf(target) + 1;
  const targets = [...project.maps.targets];
  targets.splice(at, 0, copy);
  return done({ ...project, maps: { ...project.maps, targets } }, 'Duplicate target');
}

export function deleteTarget(project: Project, c: Of<'deleteTarget'>): CommandResult {
  const target = targetOf(project, c.targetId);
  if (target === null) return refused(TARGET_GONE);
  const prefix = `maps.targets.${target.id}.`;
  return done(
    {
      ...project,
      maps: { ...project.maps, targets: project.maps.targets.filter((t) => t !== target) },
      ranges: project.ranges.filter((r) => !r.path.startsWith(prefix)),
    },
    'Delete target',
  );
}

export function moveTarget(project: Project, c: Of<'moveTarget'>): CommandResult {
  const from = project.maps.targets.findIndex((t) => t.id === c.targetId);
  if (from < 0) return refused(TARGET_GONE);
  const to = Math.max(0, Math.min(project.maps.targets.length - 1, Math.round(c.toIndex)));
  if (to === from) return done(project, 'Move target');
  const targets = [...project.maps.targets];
  const [moved] = targets.splice(from, 1);
  if (moved !== undefined) targets.splice(to, 0, moved);
  return done({ ...project, maps: { ...project.maps, targets } }, 'Move target');
}

export function updatePlan(project: Project, c: Of<'updatePlan'>): CommandResult {
  const target = targetOf(project, c.targetId);
  if (target === null) return refused(TARGET_GONE);
  const plan = shaped(ScenarioPlanSchema, { ...target.plan, ...c.patch }, 'The plan');
  if (!plan.ok) return refused(plan.reason);
  const targets = project.maps.targets.map((t) => (t === target ? { ...t, plan: plan.value } : t));
  return done({ ...project, maps: { ...project.maps, targets } }, 'Edit plan');
}

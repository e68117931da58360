/**
 * Project commands: name, currency and description; calendar and finance; roles and systems.
 * Deleting a role or a system keeps the steps that use it: their reference stays and shows as a
 * problem until another is chosen (`roleUses`, `systemUses` say which steps, to ask first).
 */
import {
  CalendarSchema,
  FinanceSchema,
  RoleSchema,
  SystemSchema,
  type Project,
  type Step,
} from '../../model/schema';
import { done, refused, type CommandResult, type EditCommand } from '../command';
import { newRole, newSystem } from '../defaults';
import { shaped } from '../shape';
import { uniqueId } from '../unique-id';

type Of<T extends EditCommand['type']> = Extract<EditCommand, { type: T }>;

export function updateProject(project: Project, c: Of<'updateProject'>): CommandResult {
  const next = { ...project, ...c.patch };
  if (c.patch.name !== undefined && c.patch.name.trim() === '')
    return refused('A project needs a name.');
  if (c.patch.currency !== undefined && !/^[A-Z]{3}$/.test(c.patch.currency))
    return refused('The currency is a three-letter code such as EUR, USD or GBP.');
  if (c.patch.name !== undefined && c.patch.name.length > 200)
    return refused('A project name has at most 200 characters.');
  if (c.patch.description !== undefined && c.patch.description.length > 10_000)
    return refused('A description has at most 10 000 characters.');
  return done(next, 'Edit project');
}

export function updateCalendar(project: Project, c: Of<'updateCalendar'>): CommandResult {
  const calendar = shaped(CalendarSchema, { ...project.calendar, ...c.patch }, 'The calendar');
  if (!calendar.ok) return refused(calendar.reason);
  return done({ ...project, calendar: calendar.value }, 'Edit calendar');
}

export function updateFinance(project: Project, c: Of<'updateFinance'>): CommandResult {
  const finance = shaped(FinanceSchema, { ...project.finance, ...c.patch }, 'Finance');
  if (!finance.ok) return refused(finance.reason);
  return done({ ...project, finance: finance.value }, 'Edit finance');
}

export function addRole(project: Project, c: Of<'addRole'>): CommandResult {
  const id = uniqueId(c.role?.name ?? 'role', new Set(project.roles.map((r) => r.id)));
  const role = shaped(RoleSchema, { ...newRole(id), ...c.role, id }, 'The new role');
  if (!role.ok) return refused(role.reason);
  return done({ ...project, roles: [...project.roles, role.value] }, 'Add role');
}

export function updateRole(project: Project, c: Of<'updateRole'>): CommandResult {
  const role = project.roles.find((r) => r.id === c.roleId);
  if (role === undefined) return refused('That role no longer exists.');
  const changed = shaped(RoleSchema, { ...role, ...c.patch, id: role.id }, `Role "${role.name}"`);
  if (!changed.ok) return refused(changed.reason);
  return done(
    { ...project, roles: project.roles.map((r) => (r === role ? changed.value : r)) },
    'Edit role',
  );
}

export function deleteRole(project: Project, c: Of<'deleteRole'>): CommandResult {
  if (!project.roles.some((r) => r.id === c.roleId)) return refused('That role no longer exists.');
  const prefix = `roles.${c.roleId}.`;
  return done(
    {
      ...project,
      roles: project.roles.filter((r) => r.id !== c.roleId),
      ranges: project.ranges.filter((r) => !r.path.startsWith(prefix)),
    },
    'Delete role',
  );
}

export function addSystem(project: Project, c: Of<'addSystem'>): CommandResult {
  const id = uniqueId(c.system?.name ?? 'system', new Set(project.systems.map((s) => s.id)));
  const system = shaped(SystemSchema, { ...newSystem(id), ...c.system, id }, 'The new system');
  if (!system.ok) return refused(system.reason);
  return done({ ...project, systems: [...project.systems, system.value] }, 'Add system');
}

export function updateSystem(project: Project, c: Of<'updateSystem'>): CommandResult {
  const system = project.systems.find((s) => s.id === c.systemId);
  if (system === undefined) return refused('That system no longer exists.');
  const changed = shaped(
    SystemSchema,
    { ...system, ...c.patch, id: system.id },
    `System "${system.name}"`,
  );
  if (!changed.ok) return refused(changed.reason);
  return done(
    { ...project, systems: project.systems.map((s) => (s === system ? changed.value : s)) },
    'Edit system',
  );
}

export function deleteSystem(project: Project, c: Of<'deleteSystem'>): CommandResult {
  if (!project.systems.some((s) => s.id === c.systemId))
    return refused('That system no longer exists.');
  const prefix = `systems.${c.systemId}.`;
  return done(
    {
      ...project,
      systems: project.systems.filter((s) => s.id !== c.systemId),
      ranges: project.ranges.filter((r) => !r.path.startsWith(prefix)),
    },
    'Delete system',
  );
}

/** A step that uses a role or system, and in which map. */
export interface StepUse {
  readonly mapName: string;
  readonly step: Step;
}

function uses(project: Project, test: (step: Step) => boolean): StepUse[] {
  return [project.maps.current, ...project.maps.targets].flatMap((map) =>
    map.steps.filter(test).map((step) => ({ mapName: map.name, step })),
  );
}

/** The steps that would lose their role if `roleId` were deleted. */
export function roleUses(project: Project, roleId: string): StepUse[] {
  return uses(project, (s) =>
    s.kind === 'task'
      ? s.roleId === roleId
      : s.kind === 'ai' &&
        (s.reviewRoleId === roleId || s.fallbackRoleId === roleId || s.ownerRoleId === roleId),
  );
}

/** The steps that read system `systemId`. */
export function systemUses(project: Project, systemId: string): StepUse[] {
  return uses(
    project,
    (s) => (s.kind === 'task' || s.kind === 'ai') && s.systemIds.includes(systemId),
  );
}

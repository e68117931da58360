/**
 * `applyCommand`: the one place a project document changes. A pure function from a project and
 * a command to a new project (sharing what did not change) or a refusal in words; it never
 * throws for a command the types allow, and it never mutates its input.
 */
import { ProjectSchema, type Project } from '../model/schema';
import { assertNever } from '../util/assert-never';
import { done, refused, type CommandResult, type EditCommand } from './command';
import { connect, reconnectFlow, updateFlow } from './commands/flows';
import {
  addFormula,
  addRange,
  deleteFormula,
  deleteRange,
  updateFormula,
  updateRange,
} from './commands/inputs';
import {
  addTargetFromCurrent,
  deleteTarget,
  duplicateTarget,
  moveTarget,
  updateDemand,
  updateMapInfo,
  updatePlan,
} from './commands/maps';
import {
  addRole,
  addSystem,
  deleteRole,
  deleteSystem,
  updateCalendar,
  updateFinance,
  updateProject,
  updateRole,
  updateSystem,
} from './commands/project';
import { addStep, deleteElements, moveSteps, paste, updateStep } from './commands/steps';
import { shaped } from './shape';

export function applyCommand(project: Project, command: EditCommand): CommandResult {
  try {
    return dispatch(project, command);
  } catch (error) {
    // A bug of ours must not lose the document: refuse the edit and say so plainly.
    return refused(
      `This edit could not be made because of an internal error (${
        error instanceof Error ? error.message : String(error)
      }); nothing has changed.`,
    );
  }
}

function dispatch(project: Project, c: EditCommand): CommandResult {
  switch (c.type) {
    case 'addStep':
      return addStep(project, c);
    case 'moveSteps':
      return moveSteps(project, c);
    case 'updateStep':
      return updateStep(project, c);
    case 'deleteElements':
      return deleteElements(project, c);
    case 'connect':
      return connect(project, c);
    case 'reconnectFlow':
      return reconnectFlow(project, c);
    case 'updateFlow':
      return updateFlow(project, c);
    case 'updateDemand':
      return updateDemand(project, c);
    case 'updateMapInfo':
      return updateMapInfo(project, c);
    case 'paste':
      return paste(project, c);
    case 'updateProject':
      return updateProject(project, c);
    case 'updateCalendar':
      return updateCalendar(project, c);
    case 'updateFinance':
      return updateFinance(project, c);
    case 'addRole':
      return addRole(project, c);
    case 'updateRole':
      return updateRole(project, c);
    case 'deleteRole':
      return deleteRole(project, c);
    case 'addSystem':
      return addSystem(project, c);
    case 'updateSystem':
      return updateSystem(project, c);
    case 'deleteSystem':
      return deleteSystem(project, c);
    case 'addTargetFromCurrent':
      return addTargetFromCurrent(project, c);
    case 'duplicateTarget':
      return duplicateTarget(project, c);
    case 'deleteTarget':
      return deleteTarget(project, c);
    case 'moveTarget':
      return moveTarget(project, c);
    case 'updatePlan':
      return updatePlan(project, c);
    case 'addRange':
      return addRange(project, c);
    case 'updateRange':
      return updateRange(project, c);
    case 'deleteRange':
      return deleteRange(project, c);
    case 'addFormula':
      return addFormula(project, c);
    case 'updateFormula':
      return updateFormula(project, c);
    case 'deleteFormula':
      return deleteFormula(project, c);
    case 'replaceProject': {
      const checked = shaped(ProjectSchema, c.project, 'The project');
      return checked.ok ? done(checked.value, c.label) : refused(checked.reason);
    }
    default:
      return assertNever(c);
  }
}

/**
 * Every change to a project document, as data: a named, serialisable command that a pure
 * function (`applyCommand`) turns into a new project, sharing every untouched part. Commands
 * keep the file's shape valid (the zod schemas): a value the schema refuses is refused with a
 * sentence, and nothing changes. Process problems that are normal while drawing (a step not yet
 * connected, probabilities not yet at 100 %, a role not yet chosen) are allowed: the problems
 * list shows them. No command applies another command.
 */
import type {
  Calendar,
  Demand,
  Finance,
  Formula,
  Range,
  Role,
  ScenarioPlan,
  Step,
  StepKind,
  System,
} from '../model/schema';
import type { Project } from '../model/schema';
import type { ClipboardContent } from './clipboard';
import type { MapRef } from './map-ref';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Every field name of any kind of step. */
type StepField = Step extends unknown ? keyof Step : never;
type AnyStepField = Step extends infer S ? (S extends unknown ? keyof S : never) : never;

/** Fields of a step an edit may set: any field of any step kind but its id and kind. */
export type StepPatch = {
  readonly [K in Exclude<AnyStepField | StepField, 'id' | 'kind'>]?: unknown;
};

export type EditCommand =
  // Steps and flows of one map
  | { type: 'addStep'; map: MapRef; kind: StepKind; at: Point; connectFrom?: string | null }
  | {
      type: 'moveSteps';
      map: MapRef;
      moves: readonly { id: string; x: number; y: number }[];
      /** The undo menu's name for it, e.g. "Auto-layout"; "Move N steps" by default. */
      label?: string;
    }
  | { type: 'updateStep'; map: MapRef; stepId: string; patch: StepPatch }
  | {
      type: 'deleteElements';
      map: MapRef;
      stepIds: readonly string[];
      flowIds: readonly string[];
    }
  | { type: 'connect'; map: MapRef; from: string; to: string }
  | { type: 'reconnectFlow'; map: MapRef; flowId: string; from: string; to: string }
  | {
      type: 'updateFlow';
      map: MapRef;
      flowId: string;
      probability?: number | null;
      label?: string;
    }
  | { type: 'updateDemand'; map: MapRef; patch: Partial<Demand> }
  | { type: 'updateMapInfo'; map: MapRef; name?: string; description?: string }
  | { type: 'paste'; map: MapRef; content: ClipboardContent; at: Point }
  // The project
  | { type: 'updateProject'; patch: { name?: string; currency?: string; description?: string } }
  | { type: 'updateCalendar'; patch: Partial<Calendar> }
  | { type: 'updateFinance'; patch: Partial<Finance> }
  | { type: 'addRole'; role?: Partial<Role> }
  | { type: 'updateRole'; roleId: string; patch: Partial<Omit<Role, 'id'>> }
  | { type: 'deleteRole'; roleId: string }
  | { type: 'addSystem'; system?: Partial<System> }
  | { type: 'updateSystem'; systemId: string; patch: Partial<Omit<System, 'id'>> }
  | { type: 'deleteSystem'; systemId: string }
  // Targets (scenarios)
  | { type: 'addTargetFromCurrent'; name?: string }
  | { type: 'duplicateTarget'; targetId: string }
  | { type: 'deleteTarget'; targetId: string }
  | { type: 'moveTarget'; targetId: string; toIndex: number }
  | { type: 'updatePlan'; targetId: string; patch: Partial<ScenarioPlan> }
  // Ranges and formulas
  | { type: 'addRange'; range: Range }
  | { type: 'updateRange'; path: string; patch: Partial<Range> }
  | { type: 'deleteRange'; path: string }
  | { type: 'addFormula'; formula?: Partial<Formula> }
  | { type: 'updateFormula'; formulaId: string; patch: Partial<Omit<Formula, 'id'>> }
  | { type: 'deleteFormula'; formulaId: string }
  // Whole documents (a paste, an auto-layout, a snapshot restore): one step of history.
  | { type: 'replaceProject'; project: Project; label: string };

export type EditCommandType = EditCommand['type'];

/** What a command did: the new project and what it created, or why it refused. */
export type CommandResult =
  | {
      readonly ok: true;
      readonly project: Project;
      /** A short label for the undo menu, e.g. "Add task", "Move 3 steps". */
      readonly label: string;
      /** Ids of what the command created, to select it. */
      readonly created: {
        readonly stepIds: readonly string[];
        readonly flowIds: readonly string[];
      };
    }
  | { readonly ok: false; readonly reason: string };

export interface Created {
  readonly stepIds: readonly string[];
  readonly flowIds: readonly string[];
}

export const NOTHING_CREATED: Created = { stepIds: [], flowIds: [] };

export function done(
  project: Project,
  label: string,
  created: Created = NOTHING_CREATED,
): CommandResult {
  return { ok: true, project, label, created };
}

export function refused(reason: string): CommandResult {
  return { ok: false, reason };
}

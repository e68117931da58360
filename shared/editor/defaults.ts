/**
 * What a new step, role, system, target plan and project start with: plausible values an
 * analyst then overwrites, every one inside the schema's bounds. A new task or AI step takes
 * the project's first role, so a fresh step has figures at once; with no role at all it names
 * a role that does not exist, which the problems list shows until one is chosen.
 */
import type {
  AiStep,
  Project,
  Role,
  ScenarioPlan,
  Step,
  StepKind,
  System,
  TaskStep,
} from '../model/schema';
import { CURRENT_SCHEMA_VERSION } from '../model/schema';
import { assertNever } from '../util/assert-never';

/** The name a new step of `kind` gets. */
export function defaultStepName(kind: StepKind): string {
  switch (kind) {
    case 'start':
      return 'Start';
    case 'end':
      return 'End';
    case 'task':
      return 'New task';
    case 'ai':
      return 'New AI step';
    case 'decision':
      return 'Decision?';
    case 'parallel-split':
      return 'Parallel split';
    case 'parallel-join':
      return 'Parallel join';
    default:
      return assertNever(kind);
  }
}

/** A new step of `kind` with id `id` centred at `position`, its fields at their defaults. */
export function newStep(
  kind: StepKind,
  id: string,
  position: { x: number; y: number },
  project: Project,
): Step {
  const base = { id, name: defaultStepName(kind), position, notes: '' };
  const firstRole = project.roles[0]?.id ?? null;
  switch (kind) {
    case 'start':
    case 'end':
    case 'decision':
    case 'parallel-split':
    case 'parallel-join':
      return { ...base, kind };
    case 'task': {
      const task: TaskStep = {
        ...base,
        kind,
        roleId: firstRole ?? 'role',
        handlingMinutes: { type: 'triangular', min: 5, mode: 10, max: 20 },
        waitMinutes: null,
        costPerCase: 0,
        systemIds: [],
        errorRate: 0,
        costPerError: 0,
      };
      return task;
    }
    case 'ai': {
      const ai: AiStep = {
        ...base,
        kind,
        systemIds: [],
        ownerRoleId: null,
        availability: 0.99,
        latencyMinutes: { type: 'fixed', value: 0.5 },
        costPerCase: 0.05,
        automationRate: 0.7,
        reviewRoleId: firstRole,
        reviewMinutes: { type: 'triangular', min: 2, mode: 3, max: 6 },
        qaSampleRate: 0.05,
        escapedErrorRate: 0.02,
        costPerEscapedError: 50,
        fallbackRoleId: firstRole,
        fallbackMinutes: { type: 'triangular', min: 5, mode: 10, max: 20 },
        driftPerMonth: 0,
        operatingPoints: [],
      };
      return ai;
    }
    default:
      return assertNever(kind);
  }
}

/** A new role with id `id`. */
export function newRole(id: string, name = 'New role'): Role {
  return { id, name, headcount: 1, costPerHour: 50 };
}

/** A new system with id `id`. */
export function newSystem(id: string, name = 'New system'): System {
  return {
    id,
    name,
    kind: 'other',
    access: 'api',
    dataQuality: 'fair',
    integrationCost: null,
    maintenanceCostPerYear: null,
  };
}

/** The plan a new target starts with: a year to go-live, a modest build, a ramp to 80 %. */
export function defaultPlan(): ScenarioPlan {
  return {
    monthsToGoLive: 9,
    dataPreparationCost: 60_000,
    changeManagementCost: 20_000,
    trainingCost: 10_000,
    otherOneOffCost: 0,
    contingencyShare: 0.15,
    platformCostPerMonth: 1_500,
    monitoringCostPerMonth: 500,
    retrainingCost: 8_000,
    retrainEveryMonths: 6,
    integrationMaintenanceShare: 0.15,
    adoption: { startShare: 0.3, steadyShare: 0.8, monthsToSteady: 6, curve: 's-curve' },
    labourSavings: 'freed-capacity',
    freedCapacityValueShare: 0.6,
  };
}

/**
 * A blank project: one current map with a start and an end joined by a flow, one role, the
 * calendar and finance defaults, no targets yet.
 */
export function blankProject(name = 'Untitled process'): Project {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name,
    description: '',
    currency: 'EUR',
    calendar: { hoursPerDay: 8, daysPerYear: 220 },
    roles: [newRole('clerk', 'Clerk')],
    systems: [],
    maps: {
      current: {
        id: 'current',
        name: 'Current process',
        description: '',
        demand: { casesPerPeriod: 100, period: 'week', arrivals: 'poisson' },
        steps: [
          { id: 'start', name: 'Start', kind: 'start', position: { x: 0, y: 0 }, notes: '' },
          { id: 'end', name: 'End', kind: 'end', position: { x: 240, y: 0 }, notes: '' },
        ],
        flows: [{ id: 'start-end', from: 'start', to: 'end', probability: null, label: '' }],
      },
      targets: [],
    },
    finance: { horizonMonths: 36, discountRateAnnual: 0.08, volumeGrowthAnnual: 0 },
    ranges: [],
    formulas: [],
  };
}

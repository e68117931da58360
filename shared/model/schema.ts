/**
 * The Flowcase file format, version 1: zod schemas and the types inferred from them.
 *
 * Conventions: durations are distributions in minutes (`...Minutes`), money is in the
 * project's currency (`cost...`), rates and shares are fractions from 0 to 1 (`...Rate`,
 * `...Share`, `availability`), and every list item has a stable `id` that flows, references
 * and uncertainty ranges point at. Cross-references and graph rules are checked in
 * `semantics.ts`; this file only checks shape and bounds.
 */
import { z } from 'zod';
import { DistributionSchema } from './distribution';
import { LIMITS } from './limits';

export const CURRENT_SCHEMA_VERSION = 1;

/** Largest amount of money accepted for any single figure, in the project currency. */
export const MAX_MONEY = 1e12;

export const IdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'must be 1 to 64 letters, digits, - or _');
/*
 * Characters a name or free text must not hold. Names (of the project, maps, steps, roles,
 * systems and formulas, and flow and range labels and units) are shown inside lines of other
 * words: in lists, tables, messages and the terminal. There a control character (a line
 * break, a tab, ESC starting a terminal escape code, C1 controls, DEL) can move the cursor,
 * clear or retitle the terminal, or forge a line, and a bidirectional embedding, override or
 * isolate (U+202A-U+202E, U+2066-U+2069) or a line/paragraph separator (U+2028, U+2029) can
 * reorder or split the words around it. No one types these into a name on purpose, so names
 * refuse them all.
 *
 * Free text (descriptions, notes) is written as paragraphs, so it keeps tab, line feed and
 * carriage return (Windows line ends), and the bidirectional marks prose in right-to-left
 * languages needs: a paragraph is always shown on its own, and the bidirectional algorithm
 * ends every embedding at the paragraph's end, so they cannot reorder anything around it.
 * The other C0 controls, DEL and C1 controls are never typed and come only from binary
 * garbage or an attack, so free text refuses them too.
 */
/* eslint-disable no-control-regex -- matching control characters is the point */
/** Matches a name or label that holds none of the characters names refuse (see above). */
export const NAME_CHARACTERS =
  /^[^\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]*$/;
const TEXT_CHARACTERS = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]*$/;
/* eslint-enable no-control-regex */
const NAME_MESSAGE =
  'must not contain control characters such as line breaks, tabs or terminal escape codes';
const TEXT_MESSAGE =
  'must not contain control characters other than tabs and line breaks (such as terminal escape codes)';

/** A short label shown inline: no control characters; may be empty. */
const label = (maxLength: number) => z.string().max(maxLength).regex(NAME_CHARACTERS, NAME_MESSAGE);
const name = label(LIMITS.maxNameLength).regex(/\S/, 'must not be empty');
const text = z.string().max(LIMITS.maxStringLength).regex(TEXT_CHARACTERS, TEXT_MESSAGE);
const money = z.number().min(0).max(MAX_MONEY);
const share = z.number().min(0).max(1);
const months = z.number().int().min(0).max(240);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.maxListLength);

export const RoleSchema = z.strictObject({
  id: IdSchema,
  name,
  /** Full-time equivalents in the pool. */
  headcount: z.number().min(0).max(100_000),
  /** Fully loaded cost of one hour of work. */
  costPerHour: money,
});

export const SYSTEM_KINDS = [
  'erp',
  'crm',
  'email',
  'spreadsheet',
  'database',
  'document-store',
  'api',
  'other',
] as const;
export const ACCESS_MODES = ['api', 'database', 'file-export', 'ui-only', 'paper'] as const;
export const DATA_QUALITIES = ['good', 'fair', 'poor'] as const;

export const SystemSchema = z.strictObject({
  id: IdSchema,
  name,
  kind: z.enum(SYSTEM_KINDS),
  /** How an automated step can reach the system's data. */
  access: z.enum(ACCESS_MODES),
  dataQuality: z.enum(DATA_QUALITIES),
  /** One-off cost to integrate an AI step; null uses the suggestion for its access mode. */
  integrationCost: money.nullable(),
  /** Yearly cost to keep the integration working; null uses the plan's maintenance share. */
  maintenanceCostPerYear: money.nullable(),
});

/** Where a step is drawn: the centre of its shape, in canvas pixels. */
const PositionSchema = z.strictObject({
  x: z.number().min(-1e6).max(1e6),
  y: z.number().min(-1e6).max(1e6),
});

const stepBase = {
  id: IdSchema,
  name,
  position: PositionSchema,
  notes: text.default(''),
};

export const StartStepSchema = z.strictObject({ ...stepBase, kind: z.literal('start') });
export const EndStepSchema = z.strictObject({ ...stepBase, kind: z.literal('end') });

export const TaskStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('task'),
  roleId: IdSchema,
  /** Hands-on work per visit. */
  handlingMinutes: DistributionSchema,
  /** Delay that holds no resource (waiting for a customer, a batch run, a signature). */
  waitMinutes: DistributionSchema.nullable().default(null),
  /** Non-labour cost per visit (postage, licences per transaction, ...). */
  costPerCase: money.default(0),
  systemIds: list(IdSchema).default([]),
  /** Share of visits with a human error that costs `costPerError` downstream. */
  errorRate: share.default(0),
  costPerError: money.default(0),
});

export const OperatingPointSchema = z.strictObject({
  threshold: share,
  automationRate: share,
  escapedErrorRate: share,
});

/** An AI-automated step; see DESIGN.md "The AI step: what happens to one case". */
export const AiStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('ai'),
  systemIds: list(IdSchema).default([]),
  /** The operational role that owns the model in production; null means nobody does. */
  ownerRoleId: IdSchema.nullable(),
  /** Share of cases for which the AI service is up; the rest take the fallback. */
  availability: share,
  latencyMinutes: DistributionSchema,
  /** Inference or API cost per case. */
  costPerCase: money,
  /** Share of cases above the confidence threshold, accepted without review. */
  automationRate: share,
  /** Who reviews the cases below the threshold; null means there is no review path. */
  reviewRoleId: IdSchema.nullable(),
  reviewMinutes: DistributionSchema,
  /** Share of auto-accepted cases also sampled for review (monitoring). */
  qaSampleRate: share,
  /** Share of auto-accepted cases that are wrong and not caught. */
  escapedErrorRate: share,
  costPerEscapedError: money,
  /** Who does the work by hand when the AI is down; null means there is no fallback. */
  fallbackRoleId: IdSchema.nullable(),
  fallbackMinutes: DistributionSchema,
  /** How far the automation rate falls each month since the last retraining (0.01 = 1 point). */
  driftPerMonth: share.default(0),
  /** Measured on the pilot's validation set: what each confidence threshold gives. */
  operatingPoints: list(OperatingPointSchema).default([]),
});

export const DecisionStepSchema = z.strictObject({ ...stepBase, kind: z.literal('decision') });
export const ParallelSplitStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('parallel-split'),
});
export const ParallelJoinStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('parallel-join'),
});

export const StepSchema = z.discriminatedUnion('kind', [
  StartStepSchema,
  EndStepSchema,
  TaskStepSchema,
  AiStepSchema,
  DecisionStepSchema,
  ParallelSplitStepSchema,
  ParallelJoinStepSchema,
]);

export const FlowSchema = z.strictObject({
  id: IdSchema,
  from: IdSchema,
  to: IdSchema,
  /** Share of cases taking this flow; required on flows leaving a decision, null elsewhere. */
  probability: share.nullable().default(null),
  label: label(LIMITS.maxNameLength).default(''),
});

export const DEMAND_PERIODS = ['day', 'week', 'month', 'year'] as const;

export const DemandSchema = z.strictObject({
  casesPerPeriod: z.number().min(0).max(1e9),
  period: z.enum(DEMAND_PERIODS),
  /** Poisson: random arrivals at the average rate; regular: evenly spaced. */
  arrivals: z.enum(['poisson', 'regular']),
});

const mapShape = {
  id: IdSchema,
  name,
  description: text.default(''),
  demand: DemandSchema,
  steps: z.array(StepSchema).max(LIMITS.maxStepsPerMap),
  flows: list(FlowSchema),
};

export const ProcessMapSchema = z.strictObject(mapShape);

export const AdoptionSchema = z.strictObject({
  /** Share of cases using the new process in the first month after go-live. */
  startShare: share,
  /** Share reached once adoption has settled. */
  steadyShare: share,
  monthsToSteady: months,
  curve: z.enum(['linear', 's-curve']),
});

/** The plan that takes a target map into production: timing, one-off and running costs. */
export const ScenarioPlanSchema = z.strictObject({
  monthsToGoLive: months,
  dataPreparationCost: money,
  changeManagementCost: money,
  trainingCost: money,
  otherOneOffCost: money.default(0),
  /** Contingency on the one-off costs, as a share of them. */
  contingencyShare: share,
  platformCostPerMonth: money,
  monitoringCostPerMonth: money,
  retrainingCost: money,
  /** Months between retrainings; null means the model is never retrained. */
  retrainEveryMonths: z.number().int().min(1).max(240).nullable(),
  /** Yearly maintenance of each integration, as a share of its one-off cost. */
  integrationMaintenanceShare: share,
  adoption: AdoptionSchema,
  /** Cash: headcount is reduced. Freed capacity: saved hours are valued at a share. */
  labourSavings: z.enum(['cash', 'freed-capacity']),
  freedCapacityValueShare: share,
});

export const TargetMapSchema = z.strictObject({ ...mapShape, plan: ScenarioPlanSchema });

export const CalendarSchema = z.strictObject({
  hoursPerDay: z.number().min(0.5).max(24),
  daysPerYear: z.number().int().min(1).max(366),
});

export const FinanceSchema = z.strictObject({
  horizonMonths: z.number().int().min(1).max(240),
  discountRateAnnual: z.number().min(-0.5).max(1),
  volumeGrowthAnnual: z.number().min(-1).max(10),
});

/** What we do not know about one numeric input: low, likely and high values. */
export const RangeSchema = z.strictObject({
  /** Which input, e.g. `maps.targets.ai-match.steps.match.automationRate`. */
  path: z.string().min(1).max(300),
  low: z.number(),
  likely: z.number(),
  high: z.number(),
  label: label(LIMITS.maxNameLength).default(''),
});

export const FormulaSchema = z.strictObject({
  id: IdSchema,
  name,
  /** A mathjs expression over named model outputs. */
  expression: z.string().max(LIMITS.maxFormulaLength).regex(/\S/, 'must not be empty'),
  /** A KPI is shown; a benefit is added to the cash flow each month, in the project currency. */
  kind: z.enum(['kpi', 'benefit']),
  unit: label(40).default(''),
});

export const ProjectSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  name,
  description: text.default(''),
  /** ISO 4217 code, e.g. EUR. */
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as EUR'),
  calendar: CalendarSchema,
  roles: list(RoleSchema),
  systems: list(SystemSchema),
  maps: z.strictObject({
    current: ProcessMapSchema,
    targets: z.array(TargetMapSchema).max(LIMITS.maxTargetMaps),
  }),
  finance: FinanceSchema,
  ranges: list(RangeSchema).default([]),
  formulas: z.array(FormulaSchema).max(LIMITS.maxFormulas).default([]),
});

export type Role = z.infer<typeof RoleSchema>;
export type System = z.infer<typeof SystemSchema>;
export type SystemKind = System['kind'];
export type AccessMode = System['access'];
export type DataQuality = System['dataQuality'];
export type Step = z.infer<typeof StepSchema>;
export type StepKind = Step['kind'];
export type TaskStep = z.infer<typeof TaskStepSchema>;
export type AiStep = z.infer<typeof AiStepSchema>;
export type OperatingPoint = z.infer<typeof OperatingPointSchema>;
export type Flow = z.infer<typeof FlowSchema>;
export type Demand = z.infer<typeof DemandSchema>;
export type ProcessMap = z.infer<typeof ProcessMapSchema>;
export type TargetMap = z.infer<typeof TargetMapSchema>;
export type ScenarioPlan = z.infer<typeof ScenarioPlanSchema>;
export type Adoption = z.infer<typeof AdoptionSchema>;
export type Calendar = z.infer<typeof CalendarSchema>;
export type Finance = z.infer<typeof FinanceSchema>;
export type Range = z.infer<typeof RangeSchema>;
export type Formula = z.infer<typeof FormulaSchema>;
export type Project = z.infer<typeof ProjectSchema>;
/** A project as written in a file, before defaults are filled in. */
export type ProjectInput = z.input<typeof ProjectSchema>;

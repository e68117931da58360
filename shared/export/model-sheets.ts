/**
 * The sheets of the model itself, every assumption the figures come from: Roles, Systems,
 * Steps (the current map and the scenario's, every field with its unit), Flows, Ranges and
 * Assumptions (project, calendar, demand, finance, the scenario's plan, the one-off costs and
 * the cost per case they lead to, formulas with their values). Words for the enums are the
 * app's (renderer/src/format/labels.ts), restated here because shared/ cannot import them.
 */
import type {
  AccessMode,
  DataQuality,
  Demand,
  ProcessMap,
  Project,
  Step,
  SystemKind,
  TargetMap,
} from '../model/schema';
import { distributionMean, type Distribution } from '../model/distribution';
import { describeInput, inputUnit } from '../model/input-words';
import { durationWords, roleWords, stepKindWord, systemsWords } from '../editor/step-words';
import { integrationCost } from '../readiness';
import type { CaseFigures, RoiResult } from '../roi';
import type { SkippedRange } from '../uncertainty';
import { assertNever } from '../util/assert-never';
import {
  count,
  decimal,
  EMPTY,
  money,
  num,
  numOr,
  share,
  text,
  type Cell,
  type NumberFormat,
  type Sheet,
} from './workbook';

type Row = readonly Cell[];

const SYSTEM_KIND_WORDS: Readonly<Record<SystemKind, string>> = {
  erp: 'ERP',
  crm: 'CRM',
  email: 'Email',
  spreadsheet: 'Spreadsheet',
  database: 'Database',
  'document-store': 'Document store',
  api: 'API',
  other: 'Other',
};

const ACCESS_WORDS: Readonly<Record<AccessMode, string>> = {
  api: 'API',
  database: 'Database',
  'file-export': 'File export',
  'ui-only': 'UI only',
  paper: 'Paper',
};

const DATA_QUALITY_WORDS: Readonly<Record<DataQuality, string>> = {
  good: 'Good',
  fair: 'Fair',
  poor: 'Poor',
};

const arrivalWords = (demand: Demand): string =>
  demand.arrivals === 'poisson' ? 'random (Poisson)' : 'regular';

/** Fields whose unit the file format's naming conventions (`inputUnit`) leave as a bare number. */
const OWN_UNITS: Readonly<Record<string, { format: NumberFormat; words: string }>> = {
  discountRateAnnual: { format: 'percent', words: '% a year' },
  volumeGrowthAnnual: { format: 'percent', words: '% a year' },
  casesPerPeriod: { format: 'decimal', words: 'cases a period' },
  headcount: { format: 'decimal', words: 'FTE' },
  monthsToGoLive: { format: 'integer', words: 'months' },
  monthsToSteady: { format: 'integer', words: 'months' },
  retrainEveryMonths: { format: 'integer', words: 'months' },
  horizonMonths: { format: 'integer', words: 'months' },
  hoursPerDay: { format: 'decimal', words: 'hours' },
  daysPerYear: { format: 'integer', words: 'days' },
};

/** How a range's values read: their number format and the unit's words. */
export function rangeUnit(path: string, currency: string): { format: NumberFormat; words: string } {
  const field = path.slice(path.lastIndexOf('.') + 1);
  const own = OWN_UNITS[field];
  if (own !== undefined) return own;
  const unit = inputUnit(path);
  switch (unit) {
    case 'share':
      return { format: 'percent', words: '%' };
    case 'money':
      return { format: 'currency', words: currency };
    case 'minutes':
      return { format: 'decimal', words: 'min' };
    case 'number':
      return { format: 'decimal', words: '' };
    default:
      return assertNever(unit);
  }
}

export function rolesSheet(project: Project): Sheet {
  return {
    name: 'Roles',
    columns: [
      { header: 'Role' },
      { header: 'Id' },
      { header: 'Headcount (FTE)' },
      { header: `Cost per hour (${project.currency})` },
    ],
    rows: project.roles.map((r) => [
      text(r.name),
      text(r.id),
      decimal(r.headcount),
      money(r.costPerHour),
    ]),
  };
}

export function systemsSheet(project: Project, target: TargetMap): Sheet {
  const cur = project.currency;
  const share = target.plan.integrationMaintenanceShare;
  const usedBy = (id: string): string =>
    target.steps
      .filter((s) => s.kind === 'ai' && s.systemIds.includes(id))
      .map((s) => s.name)
      .join(', ');
  return {
    name: 'Systems',
    columns: [
      { header: 'System' },
      { header: 'Id' },
      { header: 'Kind' },
      { header: 'Access' },
      { header: 'Data quality' },
      { header: `Integration cost (${cur})` },
      { header: 'Integration cost is' },
      { header: `Yearly maintenance (${cur})` },
      { header: 'Yearly maintenance is' },
      { header: "Used by the scenario's AI steps" },
    ],
    rows: project.systems.map((s) => {
      const cost = integrationCost(s);
      return [
        text(s.name),
        text(s.id),
        text(SYSTEM_KIND_WORDS[s.kind]),
        text(ACCESS_WORDS[s.access]),
        text(DATA_QUALITY_WORDS[s.dataQuality]),
        money(cost),
        text(s.integrationCost === null ? 'suggested for its access' : 'set'),
        money(s.maintenanceCostPerYear ?? cost * share),
        text(
          s.maintenanceCostPerYear === null
            ? "the plan's maintenance share of the integration cost"
            : 'set',
        ),
        text(usedBy(s.id) || 'none'),
      ];
    }),
  };
}

/** A duration's two cells: its shape in words and its mean in minutes. */
const duration = (d: Distribution | null | undefined): [Cell, Cell] =>
  d === null || d === undefined
    ? [EMPTY, EMPTY]
    : [text(durationWords(d)), decimal(distributionMean(d))];

/** The fields of a step, in the Steps sheet's column order after Map, Step, Id and Kind. */
function stepFields(project: Project, step: Step): Cell[] {
  const role = (id: string | null): Cell => text(roleWords(project, id));
  const none = (n: number): Cell[] => Array<Cell>(n).fill(EMPTY);
  switch (step.kind) {
    case 'task':
      return [
        role(step.roleId),
        ...duration(step.handlingMinutes),
        ...duration(step.waitMinutes),
        money(step.costPerCase),
        share(step.errorRate),
        money(step.costPerError),
        text(systemsWords(project, step.systemIds)),
        ...none(15),
      ];
    case 'ai':
      return [
        EMPTY,
        ...none(4),
        money(step.costPerCase),
        ...none(2),
        text(systemsWords(project, step.systemIds)),
        role(step.ownerRoleId),
        share(step.availability),
        ...duration(step.latencyMinutes),
        share(step.automationRate),
        role(step.reviewRoleId),
        ...duration(step.reviewMinutes),
        share(step.qaSampleRate),
        share(step.escapedErrorRate),
        money(step.costPerEscapedError),
        role(step.fallbackRoleId),
        ...duration(step.fallbackMinutes),
        share(step.driftPerMonth),
      ];
    case 'start':
    case 'end':
    case 'decision':
    case 'parallel-split':
    case 'parallel-join':
      return [];
    default:
      return assertNever(step);
  }
}

export function stepsSheet(project: Project, target: TargetMap): Sheet {
  const cur = project.currency;
  const rows: Row[] = [project.maps.current, target].flatMap((map: ProcessMap) =>
    map.steps.map((step) => [
      text(map.name),
      text(step.name),
      text(step.id),
      text(stepKindWord(step.kind)),
      ...stepFields(project, step),
    ]),
  );
  return {
    name: 'Steps',
    columns: [
      { header: 'Map' },
      { header: 'Step' },
      { header: 'Id' },
      { header: 'Kind' },
      { header: 'Role' },
      { header: 'Handling time' },
      { header: 'Handling time mean (min)' },
      { header: 'Wait time' },
      { header: 'Wait time mean (min)' },
      { header: `Cost per case (${cur})` },
      { header: 'Error rate (%)' },
      { header: `Cost per error (${cur})` },
      { header: 'Systems used' },
      { header: 'Owner role' },
      { header: 'Availability (%)' },
      { header: 'AI latency' },
      { header: 'AI latency mean (min)' },
      { header: 'Automation rate (%)' },
      { header: 'Review role' },
      { header: 'Review time' },
      { header: 'Review time mean (min)' },
      { header: 'QA sample rate (%)' },
      { header: 'Escaped error rate (%)' },
      { header: `Cost per escaped error (${cur})` },
      { header: 'Fallback role' },
      { header: 'Fallback time' },
      { header: 'Fallback time mean (min)' },
      { header: 'Drift per month (%)' },
    ],
    rows,
  };
}

export function flowsSheet(project: Project, target: TargetMap): Sheet {
  const rows: Row[] = [project.maps.current, target].flatMap((map: ProcessMap) => {
    const names = new Map(map.steps.map((s) => [s.id, s.name]));
    return map.flows.map((f) => [
      text(map.name),
      text(names.get(f.from) ?? f.from),
      text(names.get(f.to) ?? f.to),
      share(f.probability),
      f.label === '' ? EMPTY : text(f.label),
    ]);
  });
  return {
    name: 'Flows',
    columns: [
      { header: 'Map' },
      { header: 'From' },
      { header: 'To' },
      { header: 'Probability (%)' },
      { header: 'Label' },
    ],
    rows,
  };
}

/** Every range: what it is about, its values in their unit, and why it is skipped if it is. */
export function rangesSheet(project: Project, skipped: readonly SkippedRange[]): Sheet {
  const why = new Map(skipped.map((s) => [s.input, s.reason]));
  return {
    name: 'Ranges',
    columns: [
      { header: 'Range' },
      { header: 'Input' },
      { header: 'Path' },
      { header: 'Low value' },
      { header: 'Likely value' },
      { header: 'High value' },
      { header: 'Unit' },
      { header: 'Not used because', wrap: true },
    ],
    rows: project.ranges.map((r) => {
      const unit = rangeUnit(r.path, project.currency);
      const input = describeInput(project, r.path);
      return [
        text(r.label || input),
        text(input),
        text(r.path),
        num(r.low, unit.format),
        num(r.likely, unit.format),
        num(r.high, unit.format),
        unit.words === '' ? EMPTY : text(unit.words),
        why.has(r.path) ? text(why.get(r.path) ?? '') : EMPTY,
      ];
    }),
  };
}

/** An Assumptions row: section, item, value, unit, detail. */
const item = (section: string, name: string, value: Cell, unit = '', detail = ''): Row => [
  text(section),
  text(name),
  value,
  unit === '' ? EMPTY : text(unit),
  detail === '' ? EMPTY : text(detail),
];

function demandRows(map: ProcessMap): Row[] {
  const section = `Demand of "${map.name}"`;
  return [
    item(
      section,
      'Cases per period',
      decimal(map.demand.casesPerPeriod),
      `cases a ${map.demand.period}`,
    ),
    item(section, 'Arrivals', text(arrivalWords(map.demand))),
  ];
}

function planRows(project: Project, target: TargetMap): Row[] {
  const cur = project.currency;
  const p = target.plan;
  const s = `Plan of "${target.name}"`;
  return [
    item(s, 'Months to go-live', count(p.monthsToGoLive), 'months'),
    item(s, 'Data preparation cost', money(p.dataPreparationCost), cur),
    item(s, 'Change management cost', money(p.changeManagementCost), cur),
    item(s, 'Training cost', money(p.trainingCost), cur),
    item(s, 'Other one-off cost', money(p.otherOneOffCost), cur),
    item(s, 'Contingency', share(p.contingencyShare), '% of the one-off costs'),
    item(s, 'Platform cost per month', money(p.platformCostPerMonth), cur),
    item(s, 'Monitoring cost per month', money(p.monitoringCostPerMonth), cur),
    item(s, 'Retraining cost', money(p.retrainingCost), cur, 'each time the model is retrained'),
    item(s, 'Retraining interval', numOr(p.retrainEveryMonths, 'integer', 'never'), 'months'),
    item(
      s,
      'Integration maintenance',
      share(p.integrationMaintenanceShare),
      '% of the integration cost a year',
    ),
    item(s, 'Adoption in the first month', share(p.adoption.startShare), '% of cases'),
    item(s, 'Steady adoption', share(p.adoption.steadyShare), '% of cases'),
    item(s, 'Months to steady adoption', count(p.adoption.monthsToSteady), 'months'),
    item(s, 'Adoption curve', text(p.adoption.curve === 's-curve' ? 'S-curve' : 'linear')),
    item(
      s,
      'Labour savings',
      text(p.labourSavings === 'cash' ? 'cash (headcount is reduced)' : 'freed capacity'),
    ),
    item(s, 'Value of freed capacity', share(p.freedCapacityValueShare), '% of its cost'),
  ];
}

function oneOffRows(roi: RoiResult): Row[] {
  const cur = roi.currency;
  const o = roi.oneOff;
  const s = 'One-off costs';
  return [
    item(s, 'Data preparation', money(o.dataPreparation), cur),
    item(s, 'Integration', money(o.integration), cur, 'the systems the AI steps use; see Systems'),
    item(s, 'Change management', money(o.changeManagement), cur),
    item(s, 'Training', money(o.training), cur),
    item(s, 'Other', money(o.other), cur),
    item(s, 'Contingency', money(o.contingency), cur),
    item(s, 'Total', money(o.total), cur),
  ];
}

function caseRows(section: string, figures: CaseFigures, cur: string, detail = ''): Row[] {
  return [
    item(section, 'Labour', money(figures.labour), cur, detail),
    item(section, 'Non-labour', money(figures.nonLabour), cur),
    item(section, 'AI', money(figures.ai), cur),
    item(section, 'Errors', money(figures.errors), cur),
    item(
      section,
      'Total',
      money(figures.labour + figures.nonLabour + figures.ai + figures.errors),
      cur,
    ),
    item(section, 'Hands-on hours', decimal(figures.hours), 'hours'),
  ];
}

function formulaRows(project: Project, roi: RoiResult): Row[] {
  const values = new Map(roi.kpis.map((k) => [k.id, k.value]));
  const rows = project.formulas.map((f) =>
    f.kind === 'kpi'
      ? item(
          'Formulas',
          f.name,
          numOr(values.get(f.id), 'decimal', 'cannot be computed'),
          f.unit,
          `KPI at the end of the horizon: ${f.expression}`,
        )
      : item(
          'Formulas',
          f.name,
          EMPTY,
          f.unit === '' ? roi.currency : f.unit,
          `benefit added each month after go-live: ${f.expression}`,
        ),
  );
  return [...rows, ...roi.formulaIssues.map((issue) => item('Formulas', 'Problem', text(issue)))];
}

export function assumptionsSheet(project: Project, target: TargetMap, roi: RoiResult): Sheet {
  const cur = project.currency;
  const f = project.finance;
  const rows: Row[] = [
    item('Project', 'Name', text(project.name)),
    item('Project', 'Currency', text(cur)),
  ];
  if (project.description !== '')
    rows.push(item('Project', 'Description', text(project.description)));
  rows.push(
    item('Calendar', 'Working hours per day', decimal(project.calendar.hoursPerDay), 'hours'),
    item('Calendar', 'Working days per year', count(project.calendar.daysPerYear), 'days'),
    ...demandRows(project.maps.current),
    ...demandRows(target),
    item('Finance', 'Horizon', count(f.horizonMonths), 'months'),
    item('Finance', 'Discount rate', share(f.discountRateAnnual), '% a year'),
    item('Finance', 'Volume growth', share(f.volumeGrowthAnnual), '% a year'),
    ...planRows(project, target),
    ...oneOffRows(roi),
  );
  const inputs = roi.inputs;
  if (inputs !== null)
    rows.push(
      item(
        'Business case volume',
        'Cases a month',
        decimal(inputs.casesPerMonth),
        'cases',
        "the current map's demand in the first month, before growth",
      ),
      ...caseRows(`Cost per case of "${project.maps.current.name}"`, inputs.current, cur),
      ...caseRows(
        `Cost per case of "${target.name}"`,
        inputs.target,
        cur,
        'at the planned automation rates, before drift',
      ),
    );
  rows.push(...formulaRows(project, roi));
  return {
    name: 'Assumptions',
    columns: [
      { header: 'Section' },
      { header: 'Item' },
      { header: 'Value' },
      { header: 'Unit' },
      { header: 'Detail', wrap: true },
    ],
    rows,
  };
}

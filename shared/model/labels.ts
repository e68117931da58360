/**
 * Words a process analyst uses for the fields of the file format. Error messages are built
 * from these, so `handlingMinutes.min` reads "handling time minimum".
 */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  schemaVersion: 'file format version',
  name: 'name',
  description: 'description',
  currency: 'currency',
  calendar: 'working calendar',
  hoursPerDay: 'working hours per day',
  daysPerYear: 'working days per year',
  roles: 'roles',
  systems: 'systems',
  headcount: 'headcount (FTE)',
  costPerHour: 'cost per hour',
  kind: 'kind',
  access: 'access mode',
  dataQuality: 'data quality',
  integrationCost: 'integration cost',
  maintenanceCostPerYear: 'yearly maintenance cost',
  maps: 'maps',
  current: 'current map',
  targets: 'target maps',
  demand: 'demand',
  casesPerPeriod: 'cases per period',
  period: 'demand period',
  arrivals: 'arrival pattern',
  steps: 'steps',
  flows: 'flows',
  position: 'position',
  notes: 'notes',
  roleId: 'role',
  handlingMinutes: 'handling time',
  waitMinutes: 'wait time',
  costPerCase: 'cost per case',
  systemIds: 'systems used',
  errorRate: 'error rate',
  costPerError: 'cost per error',
  ownerRoleId: 'owner role',
  availability: 'availability',
  latencyMinutes: 'AI latency',
  automationRate: 'automation rate',
  reviewRoleId: 'review role',
  reviewMinutes: 'review time',
  qaSampleRate: 'QA sample rate',
  escapedErrorRate: 'escaped error rate',
  costPerEscapedError: 'cost per escaped error',
  fallbackRoleId: 'fallback role',
  fallbackMinutes: 'fallback time',
  driftPerMonth: 'drift per month',
  operatingPoints: 'operating points',
  threshold: 'confidence threshold',
  from: 'flow start',
  to: 'flow end',
  probability: 'probability',
  label: 'label',
  plan: 'plan',
  monthsToGoLive: 'months to go-live',
  dataPreparationCost: 'data preparation cost',
  changeManagementCost: 'change management cost',
  trainingCost: 'training cost',
  otherOneOffCost: 'other one-off cost',
  contingencyShare: 'contingency share',
  platformCostPerMonth: 'platform cost per month',
  monitoringCostPerMonth: 'monitoring cost per month',
  retrainingCost: 'retraining cost',
  retrainEveryMonths: 'retraining interval (months)',
  integrationMaintenanceShare: 'integration maintenance share',
  adoption: 'adoption',
  startShare: 'starting share',
  steadyShare: 'steady share',
  monthsToSteady: 'months to steady adoption',
  curve: 'adoption curve',
  labourSavings: 'labour savings',
  freedCapacityValueShare: 'value share of freed capacity',
  finance: 'finance',
  horizonMonths: 'horizon (months)',
  discountRateAnnual: 'yearly discount rate',
  volumeGrowthAnnual: 'yearly volume growth',
  ranges: 'ranges',
  path: 'input',
  low: 'low value',
  likely: 'likely value',
  high: 'high value',
  formulas: 'formulas',
  expression: 'expression',
  unit: 'unit',
  formula: 'formula',
  type: 'distribution type',
  value: 'value',
  min: 'minimum',
  max: 'maximum',
  mode: 'most likely value',
  mean: 'mean',
  sd: 'standard deviation',
  x: 'x position',
  y: 'y position',
};

/** Fields holding a share from 0 to 1, shown to people as percentages. */
const SHARE_FIELDS: ReadonlySet<string> = new Set([
  'errorRate',
  'availability',
  'automationRate',
  'qaSampleRate',
  'escapedErrorRate',
  'driftPerMonth',
  'threshold',
  'probability',
  'contingencyShare',
  'integrationMaintenanceShare',
  'startShare',
  'steadyShare',
  'freedCapacityValueShare',
]);

export function fieldLabel(key: string): string {
  return FIELD_LABELS[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

export function isShareField(key: string | undefined): boolean {
  return key !== undefined && SHARE_FIELDS.has(key);
}

/**
 * A share as a percentage for messages: 0.855 -> "85.5 %". A share so large that its
 * percentage is not a number (1e308) reads "far more than 100 %", never "Infinity %".
 */
export function percent(share: number): string {
  const pct = Number((share * 100).toFixed(2));
  if (!Number.isFinite(pct)) return pct > 0 ? 'far more than 100 %' : 'far below 0 %';
  return `${plainNumber(pct)} %`;
}

/**
 * A number for messages, with thousands separators: 1234567.5 -> "1,234,567.5". Rounding
 * noise is dropped (0.1 + 0.2 -> "0.3"); numbers from 1e15 up, or closer to 0 than 1e-6, are
 * written in exponent form ("1e+308"), as a spreadsheet would. Never "NaN" or "Infinity".
 */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return 'a number too large to use';
  const size = Math.abs(value);
  if (size !== 0 && (size >= 1e15 || size < 1e-6)) return String(value);
  const [whole = '', fraction] = String(Number(value.toPrecision(12))).split('.');
  const digits = whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${digits}${fraction === undefined ? '' : `.${fraction}`}`;
}

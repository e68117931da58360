// Human words for the model's enums (step kinds, system kinds, access modes, data quality).
import type {
  AccessMode,
  DataQuality,
  Demand,
  StepKind,
  SystemKind,
} from '../../../shared/model/schema';
import { assertNever } from '../../../shared/util/assert-never';
import { formatCount } from './numbers';

export function stepKindLabel(kind: StepKind): string {
  switch (kind) {
    case 'start':
      return 'Start';
    case 'end':
      return 'End';
    case 'task':
      return 'Human task';
    case 'ai':
      return 'AI step';
    case 'decision':
      return 'Decision';
    case 'parallel-split':
      return 'Parallel split';
    case 'parallel-join':
      return 'Parallel join';
    default:
      return assertNever(kind);
  }
}

export const SYSTEM_KIND_LABELS: Readonly<Record<SystemKind, string>> = {
  erp: 'ERP',
  crm: 'CRM',
  email: 'Email',
  spreadsheet: 'Spreadsheet',
  database: 'Database',
  'document-store': 'Document store',
  api: 'API',
  other: 'Other',
};

export const ACCESS_MODE_LABELS: Readonly<Record<AccessMode, string>> = {
  api: 'API',
  database: 'Database',
  'file-export': 'File export',
  'ui-only': 'UI only',
  paper: 'Paper',
};

export const DATA_QUALITY_LABELS: Readonly<Record<DataQuality, string>> = {
  good: 'Good data',
  fair: 'Fair data',
  poor: 'Poor data',
};

/** "1,200 cases / month, Poisson arrivals". */
export function describeDemand(demand: Demand): string {
  const arrivals = demand.arrivals === 'poisson' ? 'Poisson arrivals' : 'regular arrivals';
  return `${formatCount(demand.casesPerPeriod)} cases / ${demand.period}, ${arrivals}`;
}

/**
 * Test-only cash-flow inputs small enough to follow by hand: 1000 cases a month, labour 10 ->
 * 4 per case, AI 0.5 per case, 12 000 to build over 2 months, 800 platform + 200 monitoring a
 * month from go-live, a 6-month horizon at 0 % discount, cash labour savings, no AI step.
 * Every call returns a fresh object.
 */
import type { CaseFigures, RoiInputs } from '../inputs';

/** Case figures with `labour` and every other field 0 unless given. */
export const figures = (labour: number, extra: Partial<CaseFigures> = {}): CaseFigures => ({
  labour,
  nonLabour: 0,
  ai: 0,
  errors: 0,
  hours: 0,
  errorCount: 0,
  ...extra,
});

export function simpleInputs(overrides: Partial<RoiInputs> = {}): RoiInputs {
  return {
    horizonMonths: 6,
    discountRateAnnual: 0,
    volumeGrowthAnnual: 0,
    casesPerMonth: 1000,
    current: figures(10),
    target: figures(4, { ai: 0.5 }),
    aiSteps: [],
    monthsToGoLive: 2,
    oneOff: {
      dataPreparation: 12_000,
      integration: 0,
      changeManagement: 0,
      training: 0,
      other: 0,
      contingency: 0,
      total: 12_000,
    },
    platformCostPerMonth: 800,
    monitoringCostPerMonth: 200,
    integrationMaintenancePerYear: 0,
    retrainingCost: 0,
    retrainEveryMonths: null,
    adoption: { startShare: 1, steadyShare: 1, monthsToSteady: 0, curve: 'linear' },
    labourSavings: 'cash',
    freedCapacityValueShare: 1,
    cycleTimeHoursCurrent: 10,
    cycleTimeHoursTarget: 5,
    hoursPerMonthPerFte: 146.67,
    hoursPerDay: 8,
    ...overrides,
  };
}

/**
 * A small valid project to start tests from: a current map "Start -> Approve invoice -> End"
 * and one target map with an AI step. Test-only. Returns a fresh copy each call.
 */
import type { Project } from '../schema';

export function minimalProject(): Project {
  return {
    schemaVersion: 1,
    name: 'Invoice approval',
    description: '',
    currency: 'EUR',
    calendar: { hoursPerDay: 8, daysPerYear: 220 },
    roles: [
      { id: 'clerk', name: 'AP clerk', headcount: 3, costPerHour: 42 },
      { id: 'lead', name: 'AP lead', headcount: 1, costPerHour: 65 },
    ],
    systems: [
      {
        id: 'erp',
        name: 'ERP',
        kind: 'erp',
        access: 'api',
        dataQuality: 'good',
        integrationCost: null,
        maintenanceCostPerYear: null,
      },
    ],
    maps: {
      current: {
        id: 'current',
        name: 'Today',
        description: '',
        demand: { casesPerPeriod: 400, period: 'week', arrivals: 'poisson' },
        steps: [
          {
            id: 'start',
            name: 'Invoice arrives',
            kind: 'start',
            position: { x: 0, y: 0 },
            notes: '',
          },
          {
            id: 'approve',
            name: 'Approve invoice',
            kind: 'task',
            position: { x: 220, y: 0 },
            notes: '',
            roleId: 'clerk',
            handlingMinutes: { type: 'triangular', min: 4, mode: 6, max: 15 },
            waitMinutes: null,
            costPerCase: 0.5,
            systemIds: ['erp'],
            errorRate: 0.01,
            costPerError: 120,
          },
          { id: 'end', name: 'Paid', kind: 'end', position: { x: 440, y: 0 }, notes: '' },
        ],
        flows: [
          { id: 'f1', from: 'start', to: 'approve', probability: null, label: '' },
          { id: 'f2', from: 'approve', to: 'end', probability: null, label: '' },
        ],
      },
      targets: [
        {
          id: 'ai',
          name: 'AI approval',
          description: '',
          demand: { casesPerPeriod: 400, period: 'week', arrivals: 'poisson' },
          steps: [
            {
              id: 'start',
              name: 'Invoice arrives',
              kind: 'start',
              position: { x: 0, y: 0 },
              notes: '',
            },
            {
              id: 'match',
              name: 'AI match',
              kind: 'ai',
              position: { x: 220, y: 0 },
              notes: '',
              systemIds: ['erp'],
              ownerRoleId: 'lead',
              availability: 0.99,
              latencyMinutes: { type: 'fixed', value: 0.2 },
              costPerCase: 0.05,
              automationRate: 0.8,
              reviewRoleId: 'clerk',
              reviewMinutes: { type: 'triangular', min: 1, mode: 2, max: 5 },
              qaSampleRate: 0.05,
              escapedErrorRate: 0.01,
              costPerEscapedError: 150,
              fallbackRoleId: 'clerk',
              fallbackMinutes: { type: 'triangular', min: 4, mode: 6, max: 15 },
              driftPerMonth: 0.005,
              operatingPoints: [],
            },
            { id: 'end', name: 'Paid', kind: 'end', position: { x: 440, y: 0 }, notes: '' },
          ],
          flows: [
            { id: 'f1', from: 'start', to: 'match', probability: null, label: '' },
            { id: 'f2', from: 'match', to: 'end', probability: null, label: '' },
          ],
          plan: {
            monthsToGoLive: 6,
            dataPreparationCost: 60000,
            changeManagementCost: 20000,
            trainingCost: 10000,
            otherOneOffCost: 0,
            contingencyShare: 0.15,
            platformCostPerMonth: 1500,
            monitoringCostPerMonth: 500,
            retrainingCost: 8000,
            retrainEveryMonths: 6,
            integrationMaintenanceShare: 0.15,
            adoption: { startShare: 0.3, steadyShare: 0.9, monthsToSteady: 6, curve: 's-curve' },
            labourSavings: 'freed-capacity',
            freedCapacityValueShare: 0.6,
          },
        },
      ],
    },
    finance: { horizonMonths: 36, discountRateAnnual: 0.08, volumeGrowthAnnual: 0.03 },
    ranges: [{ path: 'roles.clerk.costPerHour', low: 38, likely: 42, high: 50, label: '' }],
    formulas: [],
  };
}

/**
 * `project` with its current map as Invoice arrives -> Approve invoice -> Approved? -(`back`)->
 * Approve invoice, -(1 − `back`)-> Paid: a rework loop; with `back` 1 cases never finish.
 */
export function withApprovalLoop(project: Project, back: number): Project {
  const map = project.maps.current;
  map.steps.splice(2, 0, {
    id: 'ok',
    name: 'Approved?',
    kind: 'decision',
    position: { x: 330, y: 0 },
    notes: '',
  });
  map.flows = [
    { id: 'f1', from: 'start', to: 'approve', probability: null, label: '' },
    { id: 'f2', from: 'approve', to: 'ok', probability: null, label: '' },
    { id: 'f3', from: 'ok', to: 'approve', probability: back, label: 'no' },
    { id: 'f4', from: 'ok', to: 'end', probability: 1 - back, label: 'yes' },
  ];
  return project;
}

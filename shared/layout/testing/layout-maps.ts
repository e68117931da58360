/**
 * Small process maps for layout tests, written as steps and arrows: `[id, kind]`, or
 * `[id, 'task', roleId]` for a task of that role (default "clerk"). Every step starts at
 * (0, 0), like a map imported without positions. Test-only.
 */
import type { AiStep, Flow, ProcessMap, Step, StepKind } from '../../model/schema';

export type LayoutStepSpec = readonly [id: string, kind: StepKind, roleId?: string];
/** `[from, to]`, or `[from, to, probability]` for a flow leaving a decision. */
export type LayoutFlowSpec = readonly [string, string] | readonly [string, string, number];

export function layoutMap(
  steps: readonly LayoutStepSpec[],
  flows: readonly LayoutFlowSpec[],
): ProcessMap {
  return {
    id: 'test-map',
    name: 'Test map',
    description: '',
    demand: { casesPerPeriod: 100, period: 'day', arrivals: 'poisson' },
    steps: steps.map(([id, kind, roleId]) => testStep(id, kind, roleId ?? 'clerk')),
    flows: flows.map(([from, to, probability], i): Flow => ({
      id: `f${i + 1}`,
      from,
      to,
      probability: probability ?? null,
      label: '',
    })),
  };
}

const FIVE_MINUTES = { type: 'fixed', value: 5 } as const;

function testStep(id: string, kind: StepKind, roleId: string): Step {
  const base = { id, name: `Step ${id}`, position: { x: 0, y: 0 }, notes: '' };
  switch (kind) {
    case 'task':
      return {
        ...base,
        kind,
        roleId,
        handlingMinutes: FIVE_MINUTES,
        waitMinutes: null,
        costPerCase: 0,
        systemIds: [],
        errorRate: 0,
        costPerError: 0,
      };
    case 'ai':
      return { ...base, ...AI_FIELDS };
    default:
      return { ...base, kind };
  }
}

const AI_FIELDS: Omit<AiStep, 'id' | 'name' | 'position' | 'notes'> = {
  kind: 'ai',
  systemIds: [],
  ownerRoleId: null,
  availability: 0.99,
  latencyMinutes: FIVE_MINUTES,
  costPerCase: 0.1,
  automationRate: 0.8,
  reviewRoleId: 'clerk',
  reviewMinutes: FIVE_MINUTES,
  qaSampleRate: 0,
  escapedErrorRate: 0,
  costPerEscapedError: 0,
  fallbackRoleId: 'clerk',
  fallbackMinutes: FIVE_MINUTES,
  driftPerMonth: 0,
  operatingPoints: [],
};

/** The map with every step moved to (0, 0), as an import without positions gives it. */
export function withoutPositions(map: ProcessMap): ProcessMap {
  return { ...map, steps: map.steps.map((step) => ({ ...step, position: { x: 0, y: 0 } })) };
}

/**
 * Flow commands on one map: connect two steps, reconnect a flow's ends, set a decision flow's
 * probability and label. Connections that can never be right are refused with the reason: into
 * a start, out of an end, from a step to itself, a second flow between the same two steps.
 * Anything else (a task with two exits, a decision short of 100 %) is allowed while drawing and
 * shown as a problem. A new flow leaving a decision gets the share its siblings leave over.
 */
import { FlowSchema, type Flow, type ProcessMap, type Project } from '../../model/schema';
import { done, refused, type CommandResult, type EditCommand } from '../command';
import { mapOf, replaceMap } from '../map-ref';
import { shaped } from '../shape';
import { uniqueId } from '../unique-id';

type Of<T extends EditCommand['type']> = Extract<EditCommand, { type: T }>;

const MAP_GONE = 'That map no longer exists.';

/** Why a flow from `from` to `to` cannot be drawn in `map`, or null when it can. */
export function connectionProblem(
  map: ProcessMap,
  from: string,
  to: string,
  ignoreFlowId: string | null = null,
): string | null {
  const source = map.steps.find((s) => s.id === from);
  const target = map.steps.find((s) => s.id === to);
  if (source === undefined || target === undefined) return 'Both ends of a flow must be steps.';
  if (from === to) return `A flow cannot lead from "${source.name}" back to itself.`;
  if (target.kind === 'start')
    return `Nothing can flow into "${target.name}": cases enter the process at a start step.`;
  if (source.kind === 'end')
    return `Nothing can flow out of "${source.name}": cases leave the process at an end step.`;
  if (map.flows.some((f) => f.id !== ignoreFlowId && f.from === from && f.to === to))
    return `There is already a flow from "${source.name}" to "${target.name}".`;
  return null;
}

/** A new flow from `from` to `to` in `map` (unchecked; see `connectionProblem`). */
export function newFlow(map: ProcessMap, from: string, to: string): Flow {
  const source = map.steps.find((s) => s.id === from);
  const id = uniqueId(`${from}-${to}`, new Set(map.flows.map((f) => f.id)));
  let probability: number | null = null;
  if (source?.kind === 'decision') {
    const taken = map.flows
      .filter((f) => f.from === from)
      .reduce((sum, f) => sum + (f.probability ?? 0), 0);
    probability = Math.max(0, Math.round((1 - taken) * 1e6) / 1e6);
  }
  return { id, from, to, probability, label: '' };
}

export function connect(project: Project, c: Of<'connect'>): CommandResult {
  const map = mapOf(project, c.map);
  if (map === null) return refused(MAP_GONE);
  const problem = connectionProblem(map, c.from, c.to);
  if (problem !== null) return refused(problem);
  const flow = newFlow(map, c.from, c.to);
  const next = replaceMap(project, c.map, (m) => ({ ...m, flows: [...m.flows, flow] }));
  return done(next, 'Connect', { stepIds: [], flowIds: [flow.id] });
}

export function reconnectFlow(project: Project, c: Of<'reconnectFlow'>): CommandResult {
  const map = mapOf(project, c.map);
  if (map === null) return refused(MAP_GONE);
  const flow = map.flows.find((f) => f.id === c.flowId);
  if (flow === undefined) return refused('That flow no longer exists.');
  if (flow.from === c.from && flow.to === c.to) return done(project, 'Reconnect');
  const problem = connectionProblem(map, c.from, c.to, flow.id);
  if (problem !== null) return refused(problem);
  const source = map.steps.find((s) => s.id === c.from);
  // A flow that now leaves a decision needs a probability; one that no longer does drops it.
  const probability =
    source?.kind === 'decision' ? (flow.from === c.from ? flow.probability : 0) : null;
  const moved: Flow = { ...flow, from: c.from, to: c.to, probability };
  const next = replaceMap(project, c.map, (m) => ({
    ...m,
    flows: m.flows.map((f) => (f.id === flow.id ? moved : f)),
  }));
  return done(next, 'Reconnect flow');
}

export function updateFlow(project: Project, c: Of<'updateFlow'>): CommandResult {
  const map = mapOf(project, c.map);
  if (map === null) return refused(MAP_GONE);
  const flow = map.flows.find((f) => f.id === c.flowId);
  if (flow === undefined) return refused('That flow no longer exists.');
  const source = map.steps.find((s) => s.id === flow.from);
  if (c.probability !== undefined && c.probability !== null && source?.kind !== 'decision')
    return refused('Only flows leaving a decision carry a probability.');
  const changed = shaped(
    FlowSchema,
    {
      ...flow,
      ...(c.probability === undefined ? {} : { probability: c.probability }),
      ...(c.label === undefined ? {} : { label: c.label }),
    },
    'This flow',
  );
  if (!changed.ok) return refused(changed.reason);
  const next = replaceMap(project, c.map, (m) => ({
    ...m,
    flows: m.flows.map((f) => (f.id === flow.id ? changed.value : f)),
  }));
  return done(next, c.probability !== undefined ? 'Set probability' : 'Label flow');
}

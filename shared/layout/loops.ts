/**
 * The flows that take a case back to an earlier step (a rework loop's way back): walking the
 * map depth-first from its starts, a flow to a step still on the walk's path. Every other flow
 * runs forward. Iterative, so a map at the step limit cannot overflow the stack.
 */
import type { ProcessMap } from '../model/schema';

/** Ids of the flows that close a loop; flows to missing steps are never among them. */
export function loopBackFlowIds(map: ProcessMap): Set<string> {
  const next = new Map<string, { flowId: string; to: string }[]>();
  for (const step of map.steps) next.set(step.id, []);
  for (const flow of map.flows) {
    if (next.has(flow.to)) next.get(flow.from)?.push({ flowId: flow.id, to: flow.to });
  }
  const back = new Set<string>();
  const onPath = new Set<string>();
  const done = new Set<string>();
  for (const root of map.steps) {
    if (root.kind !== 'start' || done.has(root.id)) continue;
    // Each frame: a step on the path and how many of its flows were followed.
    const stack: [string, number][] = [[root.id, 0]];
    onPath.add(root.id);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as [string, number];
      const [id, followed] = frame;
      const out = next.get(id) ?? [];
      const flow = out[followed];
      if (!flow) {
        stack.pop();
        onPath.delete(id);
        done.add(id);
        continue;
      }
      frame[1] = followed + 1;
      if (onPath.has(flow.to)) back.add(flow.flowId);
      else if (!done.has(flow.to)) {
        onPath.add(flow.to);
        stack.push([flow.to, 0]);
      }
    }
  }
  return back;
}

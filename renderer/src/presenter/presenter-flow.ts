// The presenter's React Flow nodes and edges for one map: presenter node types, the change
// marks and the step in focus carried in each node's data (nothing read from the store).
import type { ProcessMap, Project, Step } from '../../../shared/model/schema';
import { toEdges } from '../canvas/to-flow';
import type { FlowEdge } from '../canvas/flow-types';
import type { ChangeKind } from './change-list';
import { nodeTypeOf, type PresenterNode } from './presenter-nodes';

function who(project: Project, step: Step): string | null {
  const name = (id: string | null) =>
    id === null ? null : (project.roles.find((r) => r.id === id)?.name ?? null);
  if (step.kind === 'task') return name(step.roleId);
  if (step.kind === 'ai') {
    const reviewer = name(step.reviewRoleId);
    return reviewer === null ? 'no review path' : `rest reviewed by ${reviewer}`;
  }
  return null;
}

export function presenterNodes(
  project: Project,
  map: ProcessMap,
  marks: ReadonlyMap<string, ChangeKind>,
  focus: ReadonlySet<string>,
): PresenterNode[] {
  return map.steps.map((step) => ({
    id: step.id,
    type: nodeTypeOf(step.kind),
    position: { x: step.position.x, y: step.position.y },
    data: {
      step,
      who: who(project, step),
      mark: marks.get(step.id) ?? null,
      focused: focus.has(step.id),
    },
    ariaLabel: step.name,
    draggable: false,
    selectable: false,
    connectable: false,
    focusable: false,
  }));
}

export function presenterEdges(map: ProcessMap): FlowEdge[] {
  return toEdges(map).map((edge) => ({ ...edge, focusable: false, selectable: false }));
}

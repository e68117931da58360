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

/** The nodes last built for a pane, by step id: a node whose data is unchanged is handed back. */
export type NodeMemo = Map<string, PresenterNode>;

const sameData = (a: PresenterNode['data'], b: PresenterNode['data']): boolean =>
  a.step === b.step && a.who === b.who && a.mark === b.mark && a.focused === b.focused;

/**
 * One node per step of `map`. A what-if makes a new project on every slider move; nodes whose
 * step, role words, mark and focus are unchanged are the objects `memo` holds from last time
 * (so React Flow redraws only the cards that changed), and `previous` comes back when none did.
 */
export function presenterNodes(
  project: Project,
  map: ProcessMap,
  marks: ReadonlyMap<string, ChangeKind>,
  focus: ReadonlySet<string>,
  memo: NodeMemo,
  previous: readonly PresenterNode[],
): PresenterNode[] {
  let same = previous.length === map.steps.length;
  const nodes = map.steps.map((step, i) => {
    const data = {
      step,
      who: who(project, step),
      mark: marks.get(step.id) ?? null,
      focused: focus.has(step.id),
    };
    const known = memo.get(step.id);
    const node: PresenterNode =
      known !== undefined && sameData(known.data, data)
        ? known
        : {
            id: step.id,
            type: nodeTypeOf(step.kind),
            position: { x: step.position.x, y: step.position.y },
            data,
            ariaLabel: step.name,
            draggable: false,
            selectable: false,
            connectable: false,
            focusable: false,
          };
    memo.set(step.id, node);
    if (previous[i] !== node) same = false;
    return node;
  });
  return same ? (previous as PresenterNode[]) : nodes;
}

const shownEdges = new WeakMap<FlowEdge[], FlowEdge[]>();

/** The map's edges, not focusable; the same array while toEdges gives the same (a what-if of numbers). */
export function presenterEdges(map: ProcessMap): FlowEdge[] {
  const edges = toEdges(map);
  let shown = shownEdges.get(edges);
  if (shown === undefined) {
    shown = edges.map((edge) => ({ ...edge, focusable: false, selectable: false }));
    shownEdges.set(edges, shown);
  }
  return shown;
}

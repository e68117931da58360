import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/editor';
import type { Project } from '../../../shared/model/schema';
import { invoiceProcessing } from '../../../shared/samples/invoice-processing';
import { keepIfSame, toEdges, toNodes, type MeasuredSizes } from './to-flow';

const NO_SIZES: MeasuredSizes = new Map();

/** A copy of the project that shares no objects with it: every node and edge built afresh. */
const fresh = (project: Project): Project => structuredClone(project);

function renamed(project: Project, stepId: string): Project {
  const result = applyCommand(project, {
    type: 'updateStep',
    map: 'current',
    stepId,
    patch: { name: 'Renamed' },
  });
  if (!result.ok) throw new Error(result.reason);
  return result.project;
}

/** The sample's first target before and after its first AI step's rate is set to 50 %. */
function rateChanged() {
  const before = invoiceProcessing.maps.targets[0];
  const ai = before?.steps.find((s) => s.kind === 'ai');
  if (before === undefined || ai === undefined) throw new Error('the sample has an AI step');
  const result = applyCommand(invoiceProcessing, {
    type: 'updateStep',
    map: { targetId: before.id },
    stepId: ai.id,
    patch: { automationRate: 0.5 },
  });
  if (!result.ok) throw new Error(result.reason);
  const after = result.project.maps.targets[0];
  if (after === undefined) throw new Error('the target is gone');
  return { before, ai, project: result.project, after };
}

describe('toNodes and toEdges reuse what did not change', () => {
  it('given a map, when converted twice, then the same objects come back', () => {
    const map = invoiceProcessing.maps.current;
    const nodes = toNodes(map, NO_SIZES);
    const edges = toEdges(map, []);
    expect(toNodes(map, NO_SIZES)).toEqual(nodes);
    toNodes(map, NO_SIZES).forEach((node, i) => expect(node).toBe(nodes[i]));
    toEdges(map, []).forEach((edge, i) => expect(edge).toBe(edges[i]));
  });

  it('given one step renamed, when converted, then only its node and its flows are new', () => {
    const before = invoiceProcessing.maps.current;
    const stepId = before.steps[1]?.id ?? '';
    const after = renamed(invoiceProcessing, stepId).maps.current;
    const oldNodes = toNodes(before, NO_SIZES);
    const oldEdges = toEdges(before, []);
    const newNodes = toNodes(after, NO_SIZES);
    const newEdges = toEdges(after, []);
    newNodes.forEach((node, i) => expect(node === oldNodes[i]).toBe(node.id !== stepId));
    const touching = (e: { source: string; target: string }) =>
      e.source === stepId || e.target === stepId;
    newEdges.forEach((edge, i) => expect(edge === oldEdges[i]).toBe(!touching(edge)));
  });

  it('given a step whose automation rate changed, when converted, then every edge is the one it had', () => {
    const { before, after } = rateChanged();
    const oldEdges = toEdges(before, []);
    expect(toEdges(after, [])).toBe(oldEdges);
  });

  it('given a step whose automation rate changed, when converted, then React Flow gets the same nodes array', () => {
    const { before, ai, project, after } = rateChanged();
    const oldNodes = toNodes(before, NO_SIZES);
    expect(toNodes(after, NO_SIZES)).toBe(oldNodes);
    // Moving it is a change React Flow must see: a new array, a new node for that step only.
    const moved = applyCommand(project, {
      type: 'moveSteps',
      map: { targetId: before.id },
      moves: [{ id: ai.id, x: ai.position.x + 40, y: ai.position.y }],
    });
    if (!moved.ok) throw new Error(moved.reason);
    const movedNodes = toNodes(moved.project.maps.targets[0] ?? after, NO_SIZES);
    expect(movedNodes).not.toBe(oldNodes);
    movedNodes.forEach((node, i) => expect(node === oldNodes[i]).toBe(node.id !== ai.id));
  });

  it('given one edge different, then keepIfSame hands over the new array', () => {
    const edges = toEdges(invoiceProcessing.maps.current, []);
    const selected = toEdges(invoiceProcessing.maps.current, [edges[0]?.id ?? '']);
    expect(keepIfSame(edges, selected)).toBe(selected);
    expect(keepIfSame(edges, edges.slice(1))).not.toBe(edges);
  });

  it('given any of these states, then the result equals building every object afresh', () => {
    const stepId = invoiceProcessing.maps.current.steps[1]?.id ?? '';
    const flowId = invoiceProcessing.maps.current.flows[0]?.id ?? '';
    const sizes: MeasuredSizes = new Map([[stepId, { width: 176, height: 80 }]]);
    for (const project of [invoiceProcessing, renamed(invoiceProcessing, stepId)]) {
      const map = project.maps.current;
      // Warm the reuse with an earlier state, then compare with a copy that shares nothing.
      toNodes(invoiceProcessing.maps.current, sizes);
      toEdges(invoiceProcessing.maps.current, [flowId]);
      expect(toNodes(map, sizes)).toEqual(toNodes(fresh(project).maps.current, new Map(sizes)));
      expect(toEdges(map, [flowId])).toEqual(toEdges(fresh(project).maps.current, [flowId]));
      expect(toEdges(map, [])).toEqual(toEdges(fresh(project).maps.current, []));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { findSample } from '../samples';
import { DEFAULT_STEP_SIZES } from './step-sizes';
import { layoutMap } from './testing/layout-maps';
import {
  COLUMN_GAP,
  ELK_LAYOUT_OPTIONS,
  estimateFlowLabel,
  estimateLabel,
  FLOW_LABEL_CLEARANCE,
  toElkGraph,
} from './to-elk-graph';

const everyKind = layoutMap(
  [
    ['s', 'start'],
    ['t', 'task'],
    ['a', 'ai'],
    ['d', 'decision'],
    ['p', 'parallel-split'],
    ['j', 'parallel-join'],
    ['e', 'end'],
  ],
  [
    ['s', 't'],
    ['t', 'a'],
    ['a', 'd'],
    ['d', 'p', 0.9],
    ['d', 't', 0.1],
    ['p', 'j'],
    ['p', 'j'],
    ['j', 'e'],
  ],
);

describe('toElkGraph', () => {
  it('asks ELK for a layered layout from left to right with orthogonal flows', () => {
    // Given any map, when it becomes an ELK graph
    const graph = toElkGraph(everyKind, { laneByRole: false });
    // then the graph carries the left-to-right layered options
    expect(graph.layoutOptions).toEqual(ELK_LAYOUT_OPTIONS);
    expect(graph.layoutOptions).toMatchObject({
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.edgeRouting': 'ORTHOGONAL',
    });
  });

  it('gives every step a node of its kind’s size, in the map’s order but loop sources last', () => {
    // Given a map whose task is where the decision's rework flow (d -> t) goes back to
    const graph = toElkGraph(everyKind, { laneByRole: false });
    // then the decision, which that way back leaves from, comes last; the rest keep their order
    expect(graph.children.map((n) => n.id)).toEqual(['s', 't', 'a', 'p', 'j', 'e', 'd']);
    for (const node of graph.children) {
      const kind = everyKind.steps.find((s) => s.id === node.id)!.kind;
      expect([node.width, node.height]).toEqual([
        DEFAULT_STEP_SIZES[kind].width,
        DEFAULT_STEP_SIZES[kind].height,
      ]);
    }
  });

  it('uses measured sizes where they are known and usable', () => {
    // Given a measured task and an AI step React Flow reported before drawing it (0 x 0)
    const sizes = new Map([
      ['t', { width: 176, height: 71 }],
      ['a', { width: 0, height: 0 }],
    ]);
    const graph = toElkGraph(everyKind, { laneByRole: false, sizes });
    const node = (id: string) => graph.children.find((n) => n.id === id);
    // then the task takes its measured size and the AI step its default
    expect(node('t')).toMatchObject({ width: 176, height: 71 });
    expect(node('a')).toMatchObject(DEFAULT_STEP_SIZES.ai);
  });

  it('attaches every flow to the middle of the left side going in and of the right going out', () => {
    const graph = toElkGraph(everyKind, { laneByRole: false, sizes: new Map() });
    for (const node of graph.children) {
      expect(node.layoutOptions['elk.portConstraints']).toBe('FIXED_POS');
      expect(node.ports).toEqual([
        {
          id: `${node.id}:in`,
          x: 0,
          y: node.height / 2,
          width: 0,
          height: 0,
          layoutOptions: { 'elk.port.side': 'WEST' },
        },
        {
          id: `${node.id}:out`,
          x: node.width,
          y: node.height / 2,
          width: 0,
          height: 0,
          layoutOptions: { 'elk.port.side': 'EAST' },
        },
      ]);
    }
    expect(graph.edges.map((e) => [e.sources, e.targets])).toEqual(
      everyKind.flows.map((f) => [[`${f.from}:out`], [`${f.to}:in`]]),
    );
  });

  it('leaves out flows to missing steps and flows from a step to itself', () => {
    // Given a map being drawn: a dangling flow and a loop on one step
    const map = layoutMap(
      [
        ['s', 'start'],
        ['t', 'task'],
      ],
      [
        ['s', 't'],
        ['t', 'gone'],
        ['t', 't'],
      ],
    );
    // then only the flow between two existing, different steps reaches ELK
    expect(toElkGraph(map, { laneByRole: false }).edges).toEqual([
      { id: 'flow:0', sources: ['s:out'], targets: ['t:in'] },
    ]);
  });

  it('reserves room for the names drawn outside starts, ends and gateways, not cards', () => {
    const graph = toElkGraph(everyKind, { laneByRole: false });
    const placement = Object.fromEntries(
      graph.children.map((n) => [n.id, n.layoutOptions['elk.nodeLabels.placement'] ?? null]),
    );
    expect(placement).toEqual({
      s: 'OUTSIDE V_BOTTOM H_CENTER',
      e: 'OUTSIDE V_BOTTOM H_CENTER',
      d: 'OUTSIDE V_TOP H_RIGHT',
      p: 'OUTSIDE V_TOP H_RIGHT',
      j: 'OUTSIDE V_TOP H_RIGHT',
      t: null,
      a: null,
    });
    expect(graph.children.find((n) => n.id === 'd')?.labels).toEqual([
      estimateLabel('Step d', 112),
    ]);
    expect(graph.children.find((n) => n.id === 't')?.labels).toBeUndefined();
  });

  it('makes room right of a step for the widest label on its flows, where the gap is too small', () => {
    // Given a decision with a long branch label, a short one, and a task whose flow has none
    const map = layoutMap(
      [
        ['d', 'decision'],
        ['t', 'task'],
        ['e', 'end'],
      ],
      [
        ['d', 't', 0.82],
        ['d', 'e', 0.18],
        ['t', 'e'],
      ],
    );
    const labelled = {
      ...map,
      flows: map.flows.map((f, i) => (i === 0 ? { ...f, label: 'Email or PDF' } : f)),
    };
    const node = (id: string) =>
      toElkGraph(labelled, { laneByRole: false }).children.find((n) => n.id === id);
    // then the decision reserves the part of "Email or PDF · 82 %" the usual gap cannot hold
    const pill = estimateFlowLabel('Email or PDF · 82 %');
    expect(node('d')?.labels?.[1]).toEqual({
      text: 'Email or PDF · 82 %',
      width: pill.width + 2 * FLOW_LABEL_CLEARANCE - COLUMN_GAP - 6,
      height: 18,
      layoutOptions: { 'elk.nodeLabels.placement': 'OUTSIDE V_CENTER H_RIGHT' },
    });
    // and a short share alone ("82 %") fits the usual gap, so nothing is reserved for it
    expect(
      toElkGraph(map, { laneByRole: false }).children.find((n) => n.id === 'd')?.labels,
    ).toHaveLength(1);
    expect(node('t')?.labels).toBeUndefined();
  });

  it('estimates a long name as wrapped lines no wider than the canvas allows', () => {
    expect(estimateLabel('Paid', 130)).toEqual({ text: 'Paid', width: 27, height: 16 });
    const long = estimateLabel('Three-way match against the goods receipt', 112);
    expect(long.width).toBe(112);
    expect(long.height).toBe(48);
  });

  it('gives the same plain-data graph every time, lanes or not', () => {
    // Given a sample map, when it is turned into a graph twice, with and without lanes
    const map = findSample('invoice-processing')!.project.maps.current;
    const plain = toElkGraph(map, { laneByRole: false });
    // then the graphs are equal and survive a structured clone (the trip to a worker)
    expect(toElkGraph(map, { laneByRole: false })).toEqual(plain);
    expect(toElkGraph(map, { laneByRole: true })).toEqual(plain);
    expect(structuredClone(plain)).toEqual(plain);
  });
});

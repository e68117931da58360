/**
 * The layout with the real ELK (`elk.bundled.js`, as the CLI will run it) on every map of the
 * three samples, with their positions removed as after an import: what a user sees after
 * "Auto-layout" must hold for each.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import type { ProcessMap } from '../model/schema';
import { SAMPLES } from '../samples';
import { assignLanes } from './lanes';
import { needsLayout } from './needs-layout';
import { fromElkResult } from './from-elk-result';
import { stepSize } from './step-sizes';
import {
  flowsNotLeftToRight,
  loopBackFlows,
  overlappingSteps,
  stepsRightOfAnEnd,
  unplacedSteps,
} from './testing/layout-checks';
import { withoutPositions } from './testing/layout-maps';
import type { MapLayoutOptions } from './to-elk-graph';
import { estimateFlowLabel, toElkGraph } from './to-elk-graph';

const elk = new ELK();

async function layOut(map: ProcessMap, options: MapLayoutOptions) {
  return fromElkResult(map, await elk.layout(toElkGraph(map, options)), options);
}

const MAPS = SAMPLES.flatMap(({ slug, project }) =>
  [project.maps.current, ...project.maps.targets].map((map) => ({
    name: `${slug} / ${map.name}`,
    map: withoutPositions(map),
  })),
);

describe.each([false, true])('real ELK on the samples, lane per role: %s', (laneByRole) => {
  it.each(MAPS)(
    '$name: every step placed, flows left to right, nothing overlapping',
    async ({ map }) => {
      // Given a sample map without positions, when it is laid out
      const positions = await layOut(map, { laneByRole });
      const laidOut = {
        ...map,
        steps: map.steps.map((s) => ({ ...s, position: positions.get(s.id)! })),
      };
      // then every step has a position in whole pixels, and the map no longer needs a layout
      expect(unplacedSteps(map, positions)).toEqual([]);
      expect(needsLayout(laidOut)).toBe(false);
      // and every flow but a rework loop's way back runs to the right, each end in the last column
      expect(flowsNotLeftToRight(map, positions)).toEqual([]);
      expect(stepsRightOfAnEnd(map, positions)).toEqual([]);
      // and no two shapes overlap
      expect(overlappingSteps(map, positions)).toEqual([]);
      // and the layout starts at (0, 0)
      const boxes = map.steps.map((s) => ({
        at: positions.get(s.id)!,
        size: stepSize(s, undefined),
      }));
      expect(Math.min(...boxes.map(({ at, size }) => at.x - size.width / 2))).toBeCloseTo(0, 0);
      expect(Math.min(...boxes.map(({ at, size }) => at.y - size.height / 2))).toBeCloseTo(0, 0);
    },
  );

  it('gives the same positions every time', async () => {
    const { map } = MAPS[0]!;
    expect(await layOut(map, { laneByRole })).toEqual(await layOut(map, { laneByRole }));
  });
});

describe('real ELK on the samples, plain layout', () => {
  it.each(MAPS)(
    '$name: a loop’s way back leaves from no higher than where it returns',
    async ({ map }) => {
      // The canvas draws a way back under the row; from a step above, it would cross the row.
      const positions = await layOut(map, { laneByRole: false });
      const back = loopBackFlows(map);
      const rising = map.flows
        .filter((f) => back.has(f.id) && positions.get(f.from)!.y < positions.get(f.to)!.y)
        .map((f) => `${f.from}->${f.to}`);
      expect(rising).toEqual([]);
    },
  );

  it.each(MAPS)(
    '$name: the start and the path out of it run on one straight line',
    async ({ map }) => {
      const positions = await layOut(map, { laneByRole: false });
      const start = map.steps.find((s) => s.kind === 'start')!;
      const first = map.flows.find((f) => f.from === start.id)!;
      expect(positions.get(first.to)!.y).toBe(positions.get(start.id)!.y);
    },
  );
});

describe('real ELK on the samples, room for the labels of decision branches', () => {
  it.each(MAPS)('$name: a branch leaving sideways has room for its label', async ({ map }) => {
    const positions = await layOut(map, { laneByRole: false });
    const step = (id: string) => map.steps.find((s) => s.id === id)!;
    const cramped = map.flows.flatMap((flow) => {
      const from = step(flow.from);
      const [a, b] = [positions.get(flow.from)!, positions.get(flow.to)!];
      // The canvas draws a branch to a step on the decision's row straight across the gap.
      if (from.kind !== 'decision' || flow.probability === null || a.y !== b.y || b.x < a.x)
        return [];
      const gap =
        b.x -
        stepSize(step(flow.to), undefined).width / 2 -
        (a.x + stepSize(from, undefined).width / 2);
      const text = [flow.label, `${Math.round(flow.probability * 100)} %`]
        .filter(Boolean)
        .join(' · ');
      return gap < estimateFlowLabel(text).width ? [`${flow.from}->${flow.to}: ${gap} px`] : [];
    });
    expect(cramped).toEqual([]);
  });
});

describe('real ELK on the samples, lane per role', () => {
  it.each(MAPS)(
    '$name: each role’s steps lie in a band of their own, in lane order',
    async ({ map }) => {
      const positions = await layOut(map, { laneByRole: true });
      const lanes = assignLanes(map);
      const bands = lanes.order.map((lane) => {
        const members = map.steps.filter((s) => lanes.laneOf.get(s.id) === lane);
        const tops = members.map((s) => positions.get(s.id)!.y - stepSize(s, undefined).height / 2);
        const bottoms = members.map(
          (s) => positions.get(s.id)!.y + stepSize(s, undefined).height / 2,
        );
        return { lane, top: Math.min(...tops), bottom: Math.max(...bottoms) };
      });
      bands.slice(1).forEach((band, i) => {
        expect(band.top, `${band.lane} starts below ${bands[i]!.lane}`).toBeGreaterThan(
          bands[i]!.bottom,
        );
      });
    },
  );
});

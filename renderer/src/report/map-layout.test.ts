import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../../../shared/samples';
import { blankProject } from '../../../shared/editor';
import {
  crossingAt,
  cutBands,
  cutCrossings,
  inBand,
  mapGeometry,
  MIN_SCALE,
  planMap,
  labelFits,
  wrapWords,
  type Box,
  type EdgeShape,
} from './map-layout';

const box = (x: number, width = 190): Box => ({ x, y: 0, width, height: 84 });
const pct = (p: number) => `${Math.round(p * 100)} %`;

describe('a map on paper', () => {
  it('fits a small map whole, never blown up past its canvas size', () => {
    // Given a map 600 px wide and a page 672 px wide
    const bounds = { x: 0, y: 0, width: 600, height: 200 };
    // Then it is one band at the largest scale
    const plan = planMap(bounds, [box(48)], 672);
    expect(plan.bands).toEqual([{ from: 0, to: 600 }]);
    expect(plan.scale).toBeLessThanOrEqual(0.8);
  });

  it('cuts a wide map into bands at a readable scale, in the gaps between steps', () => {
    // Given ten steps in a row, 220 px apart, on a page that holds about four at MIN_SCALE
    const boxes = Array.from({ length: 10 }, (_, i) => box(i * 220));
    const bounds = { x: -48, y: -48, width: 9 * 220 + 190 + 96, height: 180 };
    const plan = planMap(bounds, boxes, 672);
    // Then the scale is the smallest readable one and the bands cover the map end to end
    expect(plan.scale).toBe(MIN_SCALE);
    expect(plan.bands.length).toBeGreaterThan(1);
    expect(plan.bands[0]?.from).toBe(bounds.x);
    expect(plan.bands.at(-1)?.to).toBeGreaterThanOrEqual(bounds.x + bounds.width);
    for (const [i, band] of plan.bands.entries()) {
      // each band fits the page
      expect((band.to - band.from) * plan.scale).toBeLessThanOrEqual(672 + 1);
      if (i > 0) expect(band.from).toBe(plan.bands[i - 1]?.to);
      // and no step is cut by its edges
      for (const b of boxes) {
        const cut = (x: number) => x > b.x && x < b.x + b.width;
        expect(cut(band.from) || cut(band.to)).toBe(false);
      }
    }
  });

  it('gives a step wider than a band a band of its own instead of cutting it', () => {
    const boxes = [box(0, 100), box(120, 2000), box(2200, 100)];
    const bands = cutBands({ x: -48, y: 0, width: 2400, height: 100 }, boxes, 1000);
    for (const b of boxes)
      for (const band of bands) expect(band.from > b.x && band.from < b.x + b.width).toBe(false);
  });

  it('draws every step and flow of every sample map, arrows ending on the target step', () => {
    for (const sample of SAMPLES)
      for (const map of [sample.project.maps.current, ...sample.project.maps.targets]) {
        const geometry = mapGeometry(map, pct);
        expect(geometry.steps).toHaveLength(map.steps.length);
        expect(geometry.edges).toHaveLength(map.flows.length);
        for (const edge of geometry.edges) {
          const to = geometry.steps.find((s) => s.step.id === edge.flow.to);
          if (to === undefined) throw new Error('no target');
          const tip = edge.arrow[0];
          const onEdge =
            Math.abs(tip.x - to.x) < 0.01 ||
            Math.abs(tip.x - (to.x + to.width)) < 0.01 ||
            Math.abs(tip.y - to.y) < 0.01 ||
            Math.abs(tip.y - (to.y + to.height)) < 0.01;
          expect(onEdge).toBe(true);
          expect(edge.path).toMatch(/^M[-\d.]+ [-\d.]+ C/);
        }
        // and a decision's flows carry their share
        const shares = geometry.edges.filter((e) => e.flow.probability !== null);
        for (const e of shares) expect(e.label).toContain('%');
      }
  });
});

describe('words in a step', () => {
  it('breaks between words and keeps to the lines it has', () => {
    expect(wrapWords('Resolve exception with', 14, 2)).toEqual(['Resolve', 'exception with']);
    expect(wrapWords('Resolve exception with buyer', 14, 2)).toEqual(['Resolve', 'exception wit…']);
    expect(wrapWords('Short', 14, 2)).toEqual(['Short']);
    expect(wrapWords('Averyveryverylongword', 8, 1)).toEqual(['Averyve…']);
    expect(wrapWords('', 8, 2)).toEqual([]);
  });
});

describe('a flow across a cut between bands', () => {
  // A start at x 0 and an end at x 3000, cut into two bands at 1500.
  const blank = blankProject('Wide').maps.current;
  const [start, end] = blank.steps;
  const map = {
    ...blank,
    steps: [
      { ...start!, position: { x: 0, y: 100 } },
      { ...end!, position: { x: 3000, y: 100 } },
    ],
  };
  const geometry = mapGeometry(map, pct);
  const left = { from: -100, to: 1500 };
  const right = { from: 1500, to: 3100 };

  it('is labelled where it leaves a band with the step it goes to, and where it enters with the one it comes from', () => {
    expect(cutCrossings(geometry, left, { left: false, right: true })).toEqual([
      expect.objectContaining({ way: 'out', stepId: end!.id, at: { x: 1500, y: 100 } }),
    ]);
    expect(cutCrossings(geometry, right, { left: true, right: false })).toEqual([
      expect.objectContaining({ way: 'in', stepId: start!.id, at: { x: 1500, y: 100 } }),
    ]);
  });

  it('is not labelled on a side without a cut, nor when both ends are in the band', () => {
    expect(cutCrossings(geometry, left, { left: false, right: false })).toEqual([]);
    expect(cutCrossings(geometry, { from: -100, to: 3100 }, { left: true, right: true })).toEqual(
      [],
    );
  });

  it('is kept in every band it passes through; a step only in the bands it can show in', () => {
    // Given a band between the two steps, and one around the start
    const middle = inBand(geometry, { from: 1000, to: 2000 });
    const first = inBand(geometry, { from: -100, to: 600 });
    // Then the flow is drawn in both, the end only where it stands
    expect(middle.steps).toEqual([]);
    expect(middle.edges.map((e) => e.flow.id)).toEqual(geometry.edges.map((e) => e.flow.id));
    expect(first.steps.map((b) => b.step.id)).toEqual([start!.id]);
    expect(first.edges).toHaveLength(1);
  });

  it('finds the height a curve crosses a vertical line at, or none', () => {
    const curve = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 100 },
      { x: 200, y: 100 },
    ] as const;
    expect(crossingAt(curve, 100)?.y).toBeCloseTo(50, 0);
    expect(crossingAt(curve, 300)).toBeNull();
  });

  it('draws a flow’s own label only where it fits whole in the band; the cut repeats it', () => {
    const edge = { labelAt: { x: 1450, y: 0 }, label: '82 % · Email' } as EdgeShape;
    expect(labelFits(edge, left)).toBe(false);
    expect(labelFits(edge, { from: -100, to: 3100 })).toBe(true);
    expect(labelFits({ ...edge, labelAt: null }, left)).toBe(false);
  });
});

describe('the bands of the sample maps', () => {
  it('each hold every step whose box is in view, and together every step and flow', () => {
    for (const { project } of SAMPLES)
      for (const map of [project.maps.current, ...project.maps.targets]) {
        // Given the map cut into narrow bands (400 canvas px)
        const geometry = mapGeometry(map, pct);
        const bands = cutBands(geometry.bounds, geometry.steps, 400);
        const steps = new Set<string>();
        const flows = new Set<string>();
        for (const band of bands) {
          const shown = inBand(geometry, band);
          for (const b of shown.steps) steps.add(b.step.id);
          for (const e of shown.edges) flows.add(e.flow.id);
          // Then a step whose box reaches into the band is in it
          const inView = geometry.steps.filter((b) => b.x < band.to && b.x + b.width > band.from);
          for (const b of inView) expect(shown.steps, `${map.name}: ${b.step.name}`).toContain(b);
        }
        expect(steps.size, map.name).toBe(geometry.steps.length);
        expect(flows.size, map.name).toBe(geometry.edges.length);
      }
  });
});

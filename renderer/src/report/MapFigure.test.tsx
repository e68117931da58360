// A map on paper, rendered to static markup (as for print): a long map comes in bands, and
// each band draws the steps that show in it, not the whole map again.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { findSample } from '../../../shared/samples';
import type { ProcessMap } from '../../../shared/model/schema';
import { MapFigure } from './MapFigure';
import { TEXT_WIDTH_PX } from './ReportView';

describe('a long map in the report', () => {
  it('draws each step in the bands it shows in, not in every band', () => {
    // Given the invoice sample's current map stretched into a row of 400 of its first task
    const project = findSample('invoice-processing')?.project;
    const map = project?.maps.current;
    const task = map?.steps.find((s) => s.kind === 'task');
    const flow = map?.flows[0];
    if (project === undefined || map === undefined || task === undefined || flow === undefined)
      throw new Error('the invoice sample has changed');
    const count = 400;
    const steps = Array.from({ length: count }, (_, i) => ({
      ...task,
      id: `row-${i}`,
      name: `Task ${i}`,
      position: { x: i * 240, y: 100 },
    }));
    const flows = steps.slice(1).map((step, i) => ({
      ...flow,
      id: `row-flow-${i}`,
      from: `row-${i}`,
      to: step.id,
      probability: null,
      label: '',
    }));
    const row: ProcessMap = { ...map, steps, flows };
    // When it is drawn for A4 paper
    const html = renderToStaticMarkup(
      <MapFigure
        project={project}
        map={row}
        marks={new Map()}
        pageWidth={TEXT_WIDTH_PX.a4}
        label="Current process"
      />,
    );
    // Then it comes in many bands, and every step is drawn, each in at most the two bands
    // it can reach into, where drawing the whole map in every band made a 2 000-step map
    // (the most a map may hold) hang the report
    const bands = html.match(/<svg /g)?.length ?? 0;
    const shapes = html.match(/class="fc-rmap__step /g)?.length ?? 0;
    expect(bands).toBeGreaterThan(50);
    for (const step of steps) expect(html).toContain(`>${step.name}<`);
    expect(shapes).toBeLessThanOrEqual(2 * count);
  });
});

/**
 * The drawn flows of a React Flow pane as polylines in map coordinates, read once from the
 * edge paths React Flow rendered (`getPointAtLength`), so tokens ride exactly on the lines the
 * room sees. Until the edges are drawn, a straight line between the two steps stands in.
 */
import type { ProcessMap } from '../../../../shared/model/schema';
import { joinPolylines, polyline, type Polyline } from './route';
import type { Route } from './trace';

/** Map units between samples along a drawn flow. */
const SAMPLE_STEP = 6;

/** Every drawn edge under `root` by flow id; null until all `flowCount` are drawn. */
export function sampleEdges(root: ParentNode, flowCount: number): Map<string, Polyline> | null {
  const found = new Map<string, Polyline>();
  for (const edge of root.querySelectorAll<SVGGElement>('.react-flow__edge')) {
    const id = edge.getAttribute('data-id');
    const path = edge.querySelector<SVGPathElement>('path.react-flow__edge-path');
    if (id === null || path === null) continue;
    const total = path.getTotalLength();
    if (!(total > 0)) continue;
    const n = Math.max(2, Math.ceil(total / SAMPLE_STEP));
    const xy: number[] = [];
    for (let i = 0; i <= n; i++) {
      const p = path.getPointAtLength((total * i) / n);
      xy.push(p.x, p.y);
    }
    found.set(id, polyline(xy));
  }
  return found.size >= flowCount ? found : null;
}

/** One polyline per route: its flows' drawn lines joined, else straight from step to step. */
export function routeLines(
  map: ProcessMap,
  routes: readonly Route[],
  drawn: ReadonlyMap<string, Polyline> | null,
): Polyline[] {
  const at = new Map(map.steps.map((s) => [s.id, s.position]));
  const flows = new Map(map.flows.map((f) => [f.id, f]));
  return routes.map((route) => {
    const from = at.get(route.fromId) ?? { x: 0, y: 0 };
    if (route.flowIds.length === 0) return polyline([from.x, from.y]);
    const parts = route.flowIds.map((id) => {
      const line = drawn?.get(id);
      if (line !== undefined) return line;
      const flow = flows.get(id);
      const a = at.get(flow?.from ?? '') ?? from;
      const b = at.get(flow?.to ?? '') ?? from;
      return polyline([a.x, a.y, b.x, b.y]);
    });
    return joinPolylines(parts);
  });
}

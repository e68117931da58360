// Cases flowing through one map: every token drawn on one <canvas> over the pane, each frame,
// at the replay clock's moment (replay/trace.ts), through the pane's current camera. Tokens
// travel on the drawn flows, queue above a step while its people are busy (with a count),
// and sit below it while worked on or waiting. No React render per frame.
import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { ProcessMap } from '../../../shared/model/schema';
import { PRESENTER_SIZES } from './presenter-nodes';
import { routeLines, sampleEdges } from './replay/edge-geometry';
import type { Polyline } from './replay/route';
import {
  createPlacement,
  DELAYED,
  MOVING,
  PILE_COLUMNS,
  PILE_ROWS,
  placeTokens,
  QUEUED,
  WORKING,
  type Trace,
} from './replay/trace';

export interface TokenPalette {
  readonly moving: string;
  readonly queued: string;
  readonly working: string;
  readonly delayed: string;
  readonly text: string;
}

/** Map units between tokens in a pile, and from a step's edge to its piles. */
const GAP = 11;
/** Screen seconds a trip between two steps takes. */
const TRIP_SECONDS = 0.6;

type Draw = (t: number) => void;

function anchorsOf(map: ProcessMap): Float64Array {
  const anchors = new Float64Array(4 * map.steps.length);
  map.steps.forEach((step, i) => {
    const { height } = PRESENTER_SIZES[step.kind];
    anchors[4 * i] = step.position.x;
    anchors[4 * i + 1] = step.position.y - height / 2 - GAP;
    anchors[4 * i + 2] = step.position.x;
    anchors[4 * i + 3] = step.position.y + height / 2 + GAP;
  });
  return anchors;
}

export function TokenLayer({
  map,
  trace,
  draws,
  speed,
  palette,
}: {
  map: ProcessMap;
  trace: Trace;
  draws: Set<Draw>;
  /** Simulated hours a second, read each frame. */
  speed: () => number;
  palette: TokenPalette;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const flow = useStoreApi();

  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context) return;
    const box = element.parentElement as HTMLElement;
    let width = 0;
    let height = 0;
    let ratio = 1;
    const fit = (): void => {
      ratio = window.devicePixelRatio || 1;
      width = box.clientWidth;
      height = box.clientHeight;
      element.width = Math.round(width * ratio);
      element.height = Math.round(height * ratio);
    };
    fit();
    const resize = new ResizeObserver(fit);
    resize.observe(box);

    const anchors = anchorsOf(map);
    const placement = createPlacement(trace, map.steps.length);
    let lines: Polyline[] = routeLines(map, trace.routes, null);
    let measured = false;
    const cap = PILE_COLUMNS * PILE_ROWS;
    const states = [MOVING, WORKING, DELAYED, QUEUED] as const;
    const colours = [palette.moving, palette.working, palette.delayed, palette.queued];
    let frames = 0;

    const draw: Draw = (t) => {
      const { transform, domNode } = flow.getState();
      if (!measured && domNode) {
        const drawn = sampleEdges(domNode, map.flows.length);
        if (drawn !== null) {
          lines = routeLines(map, trace.routes, drawn);
          measured = true;
        }
      }
      const [tx, ty, zoom] = transform;
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.clearRect(0, 0, width, height);
      const travelHours = Math.max(speed() * TRIP_SECONDS, 1e-6);
      placeTokens(trace, t, lines, anchors, { travelHours, gap: GAP }, placement);
      const radius = Math.max(2, Math.min(7, GAP * zoom * 0.4));
      const { x, y, state, count } = placement;
      for (let s = 0; s < states.length; s++) {
        const wanted = states[s];
        context.fillStyle = colours[s] as string;
        context.beginPath();
        for (let i = 0; i < count; i++) {
          if (state[i] !== wanted) continue;
          const px = (x[i] as number) * zoom + tx;
          const py = (y[i] as number) * zoom + ty;
          context.moveTo(px + radius, py);
          context.arc(px, py, radius, 0, Math.PI * 2);
        }
        context.fill();
      }
      // Queues and piles too long to draw are counted.
      const size = Math.max(11, Math.min(18, 26 * zoom));
      context.font = `700 ${size}px system-ui, sans-serif`;
      context.textBaseline = 'middle';
      for (let i = 0; i < map.steps.length; i++) {
        const queued = placement.queued[i] as number;
        const there = placement.atStep[i] as number;
        const half = ((PILE_COLUMNS - 1) / 2) * GAP + GAP;
        if (queued > 0) {
          context.fillStyle = palette.queued;
          const px = ((anchors[4 * i] as number) + half) * zoom + tx;
          const py = (anchors[4 * i + 1] as number) * zoom + ty;
          context.fillText(`${queued} queued`, px, py);
        }
        if (there > cap) {
          context.fillStyle = palette.text;
          const px = ((anchors[4 * i + 2] as number) + half) * zoom + tx;
          const py = (anchors[4 * i + 3] as number) * zoom + ty;
          context.fillText(`+${there - cap}`, px, py);
        }
      }
      // For tests and the bench: how many tokens the last frames drew.
      if (++frames % 15 === 0) element.dataset['tokens'] = String(count);
    };
    draws.add(draw);
    return () => {
      draws.delete(draw);
      resize.disconnect();
    };
  }, [map, trace, draws, speed, palette, flow]);

  return <canvas ref={canvas} className="fc-p-tokens" aria-hidden="true" />;
}

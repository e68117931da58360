// While the camera moves zoomed far out, the map is painted on one 2D canvas (far-scene.ts)
// and the steps' and flows' DOM is left out of rendering (canvas.css, `fc-canvas--moving`):
// painting a thousand small cards and paths is what held a pan of the whole map under 30
// frames a second. When the camera stops, the DOM is shown again, interactive as before.
// Nothing changes for a map zoomed in: there only the few steps in view are drawn.
import type { ReactFlowState } from '@xyflow/react';
import { useStoreApi } from '@xyflow/react';
import type { RefObject } from 'react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { readMapProblems } from '../figures/use-step-problem';
import { useAppStore } from '../store';
import { FAR_ZOOM } from './far-zoom';
import type { FarScene, Palette, SceneFlow, SceneStep } from './far-scene';
import { buildFarScene, paintFarScene, readPalette } from './far-scene';
import type { FlowEdge, Side, StepNode } from './flow-types';

const MOVING = 'fc-canvas--moving';

/** `out-right` → `right`: the side a flow's connection point is on (flow-types.ts). */
function handleSide(handle: string | null | undefined): Side {
  const side = handle?.slice(handle.indexOf('-') + 1);
  return side === 'top' || side === 'bottom' || side === 'left' ? side : 'right';
}

/** The scene of what React Flow holds now: every step at its place and size, every flow. */
function sceneOf(s: ReactFlowState<StepNode, FlowEdge>, palette: Palette): FarScene {
  const problems = readMapProblems(useAppStore.getState());
  const steps = new Map<string, SceneStep>();
  for (const node of s.nodeLookup.values()) {
    const { x, y } = node.internals.positionAbsolute;
    steps.set(node.id, {
      kind: node.data.step.kind,
      x,
      y,
      width: node.measured.width ?? node.initialWidth ?? 0,
      height: node.measured.height ?? node.initialHeight ?? 0,
      selected: node.selected ?? false,
      problem: problems.has(node.id),
    });
  }
  const flows: SceneFlow[] = [];
  for (const edge of s.edges) {
    const from = steps.get(edge.source);
    const to = steps.get(edge.target);
    if (from === undefined || to === undefined) continue;
    flows.push({
      from,
      fromSide: handleSide(edge.sourceHandle),
      to,
      toSide: handleSide(edge.targetHandle),
      selected: edge.selected ?? false,
    });
  }
  return buildFarScene([...steps.values()], flows, palette);
}

/**
 * The layer, and the handlers to give React Flow's `onMoveStart` and `onMoveEnd`. `box` is the
 * canvas's wrapper, which carries the class that hides the DOM while the camera moves.
 */
export function useFarMoveLayer(box: RefObject<HTMLDivElement | null>) {
  const flow = useStoreApi<StepNode, FlowEdge>();
  const canvas = useRef<HTMLCanvasElement>(null);
  const moving = useRef(false);
  /** The scene and what it was built from, so it is rebuilt only when the map changed. */
  const built = useRef<{ nodes: unknown; edges: unknown; project: unknown; scene: FarScene }>(null);

  const paint = useCallback((): void => {
    const element = canvas.current;
    const s = flow.getState();
    if (element === null || !moving.current || s.transform[2] >= FAR_ZOOM) return;
    const ctx = element.getContext('2d');
    if (ctx === null) return;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round(s.width * ratio);
    const height = Math.round(s.height * ratio);
    if (element.width !== width || element.height !== height) {
      element.width = width;
      element.height = height;
    }
    const project = useAppStore.getState().project;
    let scene = built.current;
    if (
      scene === null ||
      scene.nodes !== s.nodes ||
      scene.edges !== s.edges ||
      scene.project !== project
    ) {
      scene = { nodes: s.nodes, edges: s.edges, project, scene: sceneOf(s, readPalette(element)) };
      built.current = scene;
    }
    const [x, y, zoom] = s.transform;
    paintFarScene(ctx, scene.scene, { x, y, zoom }, { width: s.width, height: s.height, ratio });
  }, [flow]);

  // Each camera change while moving: the store's transform is already the new one.
  useEffect(
    () =>
      flow.subscribe((s, before) => {
        if (moving.current && s.transform !== before.transform) paint();
      }),
    [flow, paint],
  );

  const onMoveStart = useCallback(() => {
    moving.current = true;
    paint();
    box.current?.classList.add(MOVING);
  }, [box, paint]);

  const onMoveEnd = useCallback(() => {
    moving.current = false;
    box.current?.classList.remove(MOVING);
  }, [box]);

  const layer = useMemo(
    () => <canvas ref={canvas} className="fc-far-layer" aria-hidden="true" />,
    [],
  );
  return { layer, onMoveStart, onMoveEnd };
}

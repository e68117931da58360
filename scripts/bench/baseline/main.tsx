// The editor benchmark's baseline (issue 10, "Speed"), never shipped: the same 1 000 steps and
// flows as the app's benchmark map, drawn by plain React Flow the way its documentation shows
// (default nodes, built-in smooth-step edges with arrows and labels, controlled nodes through
// useNodesState, the stock background, minimap and controls), so drag and pan on it measure
// what React Flow itself costs on this machine. The flow settings that change the work per
// frame match the app's canvas: node origin at the centre, snap to a 20 px grid, zoom 0.1-2.
//
// The benchmark serves it with the map as `map-1000.json` (the clipboard text the app pastes)
// and places it by query string: `left`, `top`, `width`, `height` put the pane where the app's
// canvas is on screen, and `x`, `y`, `zoom` give the camera that shows what the app shows.
// When React Flow has measured every node, `<body data-baseline-ready>` is set.
import '@xyflow/react/dist/style.css';
import {
  Background,
  BackgroundVariant,
  Controls,
  type Edge,
  MarkerType,
  MiniMap,
  type Node,
  ReactFlow,
  useEdgesState,
  useNodesInitialized,
  useNodesState,
} from '@xyflow/react';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';

interface PastedStep {
  id: string;
  name: string;
  kind: string;
  position: { x: number; y: number };
}
interface PastedFlow {
  id: string;
  from: string;
  to: string;
  probability: number | null;
  label: string;
}

/** About the size of the app's cards and shapes for each step kind, in map units. */
const SIZES: Record<string, { width: number; height: number }> = {
  task: { width: 176, height: 80 },
  ai: { width: 180, height: 118 },
  decision: { width: 46, height: 46 },
  start: { width: 34, height: 34 },
  end: { width: 34, height: 34 },
};
const NODE_ORIGIN: [number, number] = [0.5, 0.5];
const SNAP_GRID: [number, number] = [20, 20];
const PRO_OPTIONS = { hideAttribution: true } as const;

function toNodes(steps: readonly PastedStep[]): Node[] {
  return steps.map((step) => ({
    id: step.id,
    position: step.position,
    data: { label: step.name },
    style: { ...(SIZES[step.kind] ?? SIZES.task), padding: 4 },
  }));
}

function toEdges(flows: readonly PastedFlow[]): Edge[] {
  return flows.map((flow) => {
    const share = flow.probability === null ? '' : `${Math.round(flow.probability * 100)} %`;
    const label = [flow.label, share].filter((part) => part !== '').join(' · ');
    return {
      id: flow.id,
      source: flow.from,
      target: flow.to,
      type: 'smoothstep',
      markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
      ...(label === '' ? {} : { label }),
    };
  });
}

function number(params: URLSearchParams, name: string, fallback: number): number {
  const value = Number(params.get(name));
  return params.has(name) && Number.isFinite(value) ? value : fallback;
}

function Ready() {
  const initialized = useNodesInitialized();
  useEffect(() => {
    if (initialized) document.body.dataset.baselineReady = 'true';
  }, [initialized]);
  return null;
}

function Baseline({ steps, flows }: { steps: PastedStep[]; flows: PastedFlow[] }) {
  const params = new URLSearchParams(window.location.search);
  const [nodes, , onNodesChange] = useNodesState(toNodes(steps));
  const [edges, , onEdgesChange] = useEdgesState(toEdges(flows));
  const box = {
    position: 'absolute',
    left: number(params, 'left', 0),
    top: number(params, 'top', 0),
    width: number(params, 'width', window.innerWidth),
    height: number(params, 'height', window.innerHeight),
  } as const;
  const viewport = {
    x: number(params, 'x', 0),
    y: number(params, 'y', 0),
    zoom: number(params, 'zoom', 1),
  };
  return (
    <div style={box}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        nodeOrigin={NODE_ORIGIN}
        snapToGrid
        snapGrid={SNAP_GRID}
        minZoom={0.1}
        maxZoom={2}
        defaultViewport={viewport}
        proOptions={PRO_OPTIONS}
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} />
        <MiniMap pannable zoomable />
        <Controls />
        <Ready />
      </ReactFlow>
    </div>
  );
}

async function main(): Promise<void> {
  const root = document.getElementById('root');
  if (root === null) throw new Error('the baseline page has no #root');
  const response = await fetch('./map-1000.json');
  const map = (await response.json()) as { steps: PastedStep[]; flows: PastedFlow[] };
  createRoot(root).render(<Baseline steps={map.steps} flows={map.flows} />);
}

void main();

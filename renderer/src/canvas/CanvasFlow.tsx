// React Flow with everything drawn inside it: the steps and flows, the dot grid, the far-out
// layer, the minimap, the zoom controls, the camera and the waiting-time key. Memoised on its
// props, which are stable unless the nodes or edges change: an edit of a step's numbers
// re-renders its card (which reads the store) and nothing of React Flow (to-flow.ts).
import type {
  EdgeChange,
  NodeChange,
  OnConnect,
  OnMoveEnd,
  OnMoveStart,
  OnNodeDrag,
  OnReconnect,
  Viewport,
} from '@xyflow/react';
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  ControlButton,
  Controls,
  MiniMap,
  ReactFlow,
  useStore,
} from '@xyflow/react';
import { Maximize } from 'lucide-react';
import type { ReactNode } from 'react';
import { memo } from 'react';
import { useAppStore } from '../store';
import type { MapKey } from '../store/view-slice';
import { Camera } from './Camera';
import { EdgeLabelLayer } from './edges/label-layer';
import { selectFarOut } from './far-zoom';
import type { FlowEdge, StepNode } from './flow-types';
import { miniMapNodeColor } from './minimap-colors';
import { edgeTypes, nodeTypes } from './node-types';
import { WaitLegend } from './WaitLegend';

const NODE_ORIGIN: [number, number] = [0.5, 0.5];
/** Smaller than React Flow's 200 x 150, so it hides less of the map on a laptop screen. */
const MINIMAP_SIZE = { width: 168, height: 108 } as const;
const PRO_OPTIONS = { hideAttribution: true } as const;
const SNAP_GRID: [number, number] = [20, 20];
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];

/** The dot grid, left out when zoomed far out: dots a couple of pixels apart are only a haze. */
function CanvasBackground() {
  const far = useStore(selectFarOut);
  return far ? null : (
    <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} color="#cfd6df" />
  );
}

/** The zoom controls, with our own fit button (see below). */
function CanvasControls({ mapKey }: { mapKey: MapKey }) {
  const frame = useAppStore((s) => s.frame);
  return (
    // Controls' own fit button would also queue React Flow's fit, which runs once a step is
    // next measured and frames only the steps drawn: this one frames the whole map.
    <Controls showInteractive={false} showFitView={false} position="bottom-left">
      <ControlButton
        onClick={() => frame(mapKey)}
        aria-label="Fit View"
        title="Fit the whole map (Shift+1)"
      >
        <Maximize size={12} aria-hidden="true" />
      </ControlButton>
    </Controls>
  );
}

export interface CanvasFlowProps {
  nodes: StepNode[];
  edges: FlowEdge[];
  mapKey: MapKey;
  firstViewport: Viewport | undefined;
  /** The far-out layer's canvas element (FarMoveLayer.tsx). */
  farLayer: ReactNode;
  onMoveStart: OnMoveStart;
  onMoveEnd: OnMoveEnd;
  onNodesChange: (changes: NodeChange<StepNode>[]) => void;
  onEdgesChange: (changes: EdgeChange<FlowEdge>[]) => void;
  onNodeDragStop: OnNodeDrag<StepNode>;
  onConnect: OnConnect;
  onReconnect: OnReconnect<FlowEdge>;
}

export const CanvasFlow = memo(function CanvasFlow(props: CanvasFlowProps) {
  const clearSelection = useAppStore((s) => s.clearSelection);
  return (
    <EdgeLabelLayer>
      <ReactFlow<StepNode, FlowEdge>
        nodes={props.nodes}
        edges={props.edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        nodeOrigin={NODE_ORIGIN}
        onNodesChange={props.onNodesChange}
        onEdgesChange={props.onEdgesChange}
        onNodeDragStop={props.onNodeDragStop}
        onConnect={props.onConnect}
        onReconnect={props.onReconnect}
        onPaneClick={clearSelection}
        onMoveStart={props.onMoveStart}
        onMoveEnd={props.onMoveEnd}
        connectionMode={ConnectionMode.Loose}
        snapToGrid
        snapGrid={SNAP_GRID}
        edgesReconnectable
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        minZoom={0.1}
        maxZoom={2}
        onlyRenderVisibleElements
        defaultViewport={props.firstViewport}
        proOptions={PRO_OPTIONS}
      >
        <CanvasBackground />
        {props.farLayer}
        <MiniMap
          pannable
          zoomable
          nodeColor={miniMapNodeColor}
          nodeStrokeWidth={0}
          maskColor="rgba(240, 243, 247, 0.7)"
          style={MINIMAP_SIZE}
          ariaLabel="Minimap"
        />
        <CanvasControls mapKey={props.mapKey} />
        <Camera mapKey={props.mapKey} />
        <WaitLegend />
      </ReactFlow>
    </EdgeLabelLayer>
  );
});

// The process map view: draws one map read-only, with selection, minimap and controls. Mount
// it with a key per map so the camera and measured sizes start afresh on every map.
import '@xyflow/react/dist/style.css';
import './canvas.css';
import type { NodeMouseHandler, OnNodesChange } from '@xyflow/react';
import { Background, BackgroundVariant, Controls, MiniMap, ReactFlow } from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import type { ProcessMap } from '../../../shared/model/schema';
import { useAppStore } from '../store';
import type { StepNode } from './flow-types';
import { MAX_FIT_ZOOM } from './initial-viewport';
import { InitialViewport } from './InitialViewport';
import { miniMapNodeColor } from './minimap-colors';
import { edgeTypes, nodeTypes } from './node-types';
import type { MeasuredSizes } from './to-flow';
import { toEdges, toNodes, withMeasuredSizes, withSelection } from './to-flow';

const FIT_VIEW_OPTIONS = { padding: 0.08, maxZoom: MAX_FIT_ZOOM } as const;
const NODE_ORIGIN: [number, number] = [0.5, 0.5];
const PRO_OPTIONS = { hideAttribution: true } as const;
const NO_SIZES: MeasuredSizes = new Map();

export function MapCanvas({ map }: { map: ProcessMap }) {
  const selectedStepId = useAppStore((s) => s.selectedStepId);
  const selectStep = useAppStore((s) => s.selectStep);
  const clearSelection = useAppStore((s) => s.clearSelection);

  // Selection lives in the store and sizes here; React Flow's own node changes (select, move)
  // are ignored because this view is read-only.
  const [sizes, setSizes] = useState<MeasuredSizes>(NO_SIZES);
  const onNodesChange = useCallback<OnNodesChange<StepNode>>(
    (changes) => setSizes((current) => withMeasuredSizes(current, changes)),
    [],
  );
  const baseNodes = useMemo(() => toNodes(map, sizes), [map, sizes]);
  const nodes = useMemo(
    () => withSelection(baseNodes, selectedStepId),
    [baseNodes, selectedStepId],
  );
  const edges = useMemo(() => toEdges(map), [map]);

  const onNodeClick = useCallback<NodeMouseHandler<StepNode>>(
    (_event, node) => selectStep(node.id),
    [selectStep],
  );

  return (
    <div className="fc-canvas" data-testid="map-canvas" data-map-id={map.id}>
      <ReactFlow<StepNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        nodeOrigin={NODE_ORIGIN}
        onNodesChange={onNodesChange}
        onNodeClick={onNodeClick}
        onPaneClick={clearSelection}
        nodesDraggable={false}
        nodesConnectable={false}
        edgesFocusable={false}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        minZoom={0.2}
        maxZoom={2}
        proOptions={PRO_OPTIONS}
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} color="#cfd6df" />
        <MiniMap
          pannable
          zoomable
          nodeColor={miniMapNodeColor}
          nodeStrokeWidth={0}
          maskColor="rgba(240, 243, 247, 0.7)"
          ariaLabel="Minimap"
        />
        <Controls
          showInteractive={false}
          position="bottom-left"
          fitViewOptions={FIT_VIEW_OPTIONS}
        />
        <InitialViewport />
      </ReactFlow>
    </div>
  );
}

// The process map editor's canvas: draws one map and turns React Flow's changes into editor
// commands (STYLE.md, practice 17): a drag is one "move" when it ends, a connection one
// "connect", a reconnection one "reconnect"; selection goes to the store, never to undo. Mount
// it with a key per map so the camera and measured sizes start afresh on every map. Only the
// steps and flows in view are drawn; the others are placed from node-geometry.ts. What is
// drawn inside React Flow is CanvasFlow.tsx.
import '@xyflow/react/dist/style.css';
import './canvas.css';
import type { Connection, EdgeChange, NodeChange, OnNodeDrag, OnReconnect } from '@xyflow/react';
import { useReactFlow, useStore } from '@xyflow/react';
import type { DragEvent, UIEvent } from 'react';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ProcessMap } from '../../../shared/model/schema';
import { isStepKind } from '../../../shared/model/step-kinds';
import { cameraKey, useAppStore } from '../store';
import { CanvasFlow } from './CanvasFlow';
import { selectFarOut } from './far-zoom';
import type { FlowEdge, StepNode } from './flow-types';
import { expectedViewport } from './viewport';
import { useFarMoveLayer } from './FarMoveLayer';
import { PALETTE_DRAG_TYPE } from './palette-drag';
import type { MeasuredSizes } from './to-flow';
import { toEdges, toNodes, withDragPositions, withMeasuredSizes, withSelection } from './to-flow';

const NO_SIZES: MeasuredSizes = new Map();
const NO_DRAG: ReadonlyMap<string, { x: number; y: number }> = new Map();

/**
 * The canvas moves only by its camera. A focused step past the pane's edge would otherwise let
 * the browser scroll React Flow's clipped box, shifting everything under the pointer.
 */
function keepUnscrolled(event: UIEvent<HTMLDivElement>): void {
  const box = event.target as HTMLElement;
  if (box.scrollLeft !== 0 || box.scrollTop !== 0) box.scrollTo(0, 0);
}

export function MapCanvas({ map }: { map: ProcessMap }) {
  const selection = useAppStore((s) => s.selection);
  const activeMapKey = useAppStore((s) => s.activeMapKey);
  const dispatch = useAppStore((s) => s.dispatch);
  const selectElements = useAppStore((s) => s.selectElements);
  const { screenToFlowPosition } = useReactFlow();
  const far = useStore(selectFarOut);
  const box = useRef<HTMLDivElement>(null);
  // The first frame is drawn where the camera will start (Camera then only confirms it).
  const [firstViewport] = useState(() => {
    const { cameras, openings } = useAppStore.getState();
    return cameras[cameraKey(openings, activeMapKey)] ?? expectedViewport(map.steps);
  });
  const farMove = useFarMoveLayer(box);

  // Sizes React Flow measured, and where dragged steps are while the drag lasts: view state,
  // not document; the document changes once, when the drag ends.
  const [sizes, setSizes] = useState<MeasuredSizes>(NO_SIZES);
  const [dragging, setDragging] = useState(NO_DRAG);

  const baseNodes = useMemo(() => toNodes(map, sizes), [map, sizes]);
  const nodes = useMemo(
    () => withSelection(withDragPositions(baseNodes, dragging), selection.stepIds),
    [baseNodes, dragging, selection.stepIds],
  );
  const edges = useMemo(() => toEdges(map, selection.flowIds), [map, selection.flowIds]);

  const onNodesChange = useCallback(
    (changes: NodeChange<StepNode>[]) => {
      setSizes((current) => withMeasuredSizes(current, changes));
      let moved: Map<string, { x: number; y: number }> | null = null;
      let picked: Set<string> | null = null;
      for (const change of changes) {
        if (change.type === 'position' && change.position && change.dragging) {
          moved ??= new Map();
          moved.set(change.id, change.position);
        } else if (change.type === 'select') {
          picked ??= new Set(useAppStore.getState().selection.stepIds);
          if (change.selected) picked.add(change.id);
          else picked.delete(change.id);
        }
      }
      if (moved !== null) {
        const update = moved;
        setDragging((current) => new Map([...current, ...update]));
      }
      if (picked !== null) {
        const { selection: now } = useAppStore.getState();
        selectElements({ stepIds: [...picked], flowIds: now.flowIds });
      }
    },
    [selectElements],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => {
      let picked: Set<string> | null = null;
      for (const change of changes) {
        if (change.type !== 'select') continue;
        picked ??= new Set(useAppStore.getState().selection.flowIds);
        if (change.selected) picked.add(change.id);
        else picked.delete(change.id);
      }
      if (picked === null) return;
      const { selection: now } = useAppStore.getState();
      selectElements({ stepIds: now.stepIds, flowIds: [...picked] });
    },
    [selectElements],
  );

  const onNodeDragStop = useCallback<OnNodeDrag<StepNode>>(
    (_event, _node, dragged) => {
      const moves = dragged.map((n) => ({ id: n.id, x: n.position.x, y: n.position.y }));
      dispatch({ type: 'moveSteps', map: activeMapKey, moves });
      setDragging(NO_DRAG);
    },
    [dispatch, activeMapKey],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      const result = dispatch({
        type: 'connect',
        map: activeMapKey,
        from: connection.source,
        to: connection.target,
      });
      if (result.ok) selectElements({ stepIds: [], flowIds: result.created.flowIds });
    },
    [dispatch, activeMapKey, selectElements],
  );

  const onReconnect = useCallback<OnReconnect<FlowEdge>>(
    (edge, connection) => {
      dispatch({
        type: 'reconnectFlow',
        map: activeMapKey,
        flowId: edge.id,
        from: connection.source,
        to: connection.target,
      });
    },
    [dispatch, activeMapKey],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(PALETTE_DRAG_TYPE);
      if (!isStepKind(kind)) return;
      event.preventDefault();
      const at = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const result = dispatch({ type: 'addStep', map: activeMapKey, kind, at });
      if (result.ok) selectElements({ stepIds: result.created.stepIds, flowIds: [] });
    },
    [dispatch, activeMapKey, screenToFlowPosition, selectElements],
  );

  return (
    <div
      ref={box}
      className={far ? 'fc-canvas fc-canvas--far' : 'fc-canvas'}
      data-testid="map-canvas"
      data-map-id={map.id}
      onDragOver={onDragOver}
      onDrop={onDrop}
      onScrollCapture={keepUnscrolled}
    >
      <CanvasFlow
        nodes={nodes}
        edges={edges}
        mapKey={activeMapKey}
        firstViewport={firstViewport}
        farLayer={farMove.layer}
        onMoveStart={farMove.onMoveStart}
        onMoveEnd={farMove.onMoveEnd}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onReconnect={onReconnect}
      />
    </div>
  );
}

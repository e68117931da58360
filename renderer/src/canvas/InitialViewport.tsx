// Sets the camera once per map, after React Flow has measured the step shapes.
import { useNodesInitialized, useReactFlow, useStore } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { initialViewport } from './initial-viewport';

export function InitialViewport() {
  const initialized = useNodesInitialized();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const { getNodesBounds, getNodes, setViewport } = useReactFlow();
  const done = useRef(false);

  useEffect(() => {
    if (done.current || !initialized || width === 0 || height === 0) return;
    done.current = true;
    void setViewport(initialViewport(getNodesBounds(getNodes()), width, height));
  }, [initialized, width, height, getNodesBounds, getNodes, setViewport]);

  return null;
}

// "Auto-layout": lays the active map out left to right with ELK in a worker (optionally with a
// lane per role), as one undo step. The button says it is working while ELK runs, and a failure
// is said in words with the map unchanged.
import { useReactFlow } from '@xyflow/react';
import { LayoutGrid, Rows3 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { mapOf } from '../../../shared/editor';
import { createAutoLayout, type AutoLayout } from '../layout/auto-layout';
import { useAppStore } from '../store';

export function AutoLayoutButton() {
  const { getNodes } = useReactFlow();
  const engine = useRef<AutoLayout | null>(null);
  const [busy, setBusy] = useState(false);
  const [lanes, setLanes] = useState(false);
  useEffect(() => () => engine.current?.dispose(), []);

  const run = async (): Promise<void> => {
    const state = useAppStore.getState();
    if (state.project === null || busy) return;
    const key = state.activeMapKey;
    const map = mapOf(state.project, key);
    if (map === null) return;
    const sizes = new Map(
      getNodes()
        .filter((n) => n.measured?.width !== undefined && n.measured.height !== undefined)
        .map((n) => [n.id, { width: n.measured?.width ?? 0, height: n.measured?.height ?? 0 }]),
    );
    setBusy(true);
    try {
      engine.current ??= createAutoLayout();
      const positions = await engine.current.layout(map, { laneByRole: lanes, sizes });
      const moves = [...positions].map(([id, p]) => ({ id, x: p.x, y: p.y }));
      const now = useAppStore.getState();
      const result = now.dispatch({ type: 'moveSteps', map: key, moves, label: 'Auto-layout' });
      if (result.ok) now.frame(key);
    } catch (error) {
      useAppStore
        .getState()
        .say(
          error instanceof Error ? error.message : 'Auto-layout failed; the map is unchanged.',
          'refusal',
        );
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className="fc-tool fc-tool--text"
        aria-busy={busy}
        disabled={busy}
        title="Lay the map out left to right (one undo step)"
        onClick={() => void run()}
      >
        <LayoutGrid size={14} aria-hidden="true" />
        {busy ? 'Laying out…' : 'Auto-layout'}
      </button>
      <button
        type="button"
        className="fc-tool"
        aria-label="Lanes by role"
        aria-pressed={lanes}
        title={
          lanes
            ? 'Auto-layout puts each role in a lane of its own (on)'
            : 'Auto-layout puts each role in a lane of its own (off)'
        }
        onClick={() => setLanes(!lanes)}
      >
        <Rows3 size={16} aria-hidden="true" />
      </button>
    </>
  );
}

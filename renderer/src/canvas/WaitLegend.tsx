// The waiting-time overlay's switch and key, in the canvas's top-right corner: off, a small
// "Waiting time" button; on, what the tint means, the longest wait, and whether the map changed
// since the simulation that measured it.
import { Panel } from '@xyflow/react';
import { Hourglass } from 'lucide-react';
import { useShallow } from 'zustand/react/shallow';
import { formatHours } from '../format/numbers';
import { readWaitOverlay } from '../results/wait-heat';
import { useAppStore } from '../store';

export function WaitLegend() {
  const on = useAppStore((s) => s.waitOverlay);
  // A new {heat, stale} each read: compared field by field, or every read would be a change.
  const overlay = useAppStore(useShallow(readWaitOverlay));
  const setWaitOverlay = useAppStore((s) => s.setWaitOverlay);
  if (!on)
    return (
      <Panel position="top-right">
        <button
          type="button"
          className="fc-tool fc-tool--text fc-wait-toggle"
          aria-pressed={false}
          title="Tint each step by how long cases wait for it, from the last simulation of this map"
          onClick={() => setWaitOverlay(true)}
        >
          <Hourglass size={14} aria-hidden="true" />
          Waiting time
        </button>
      </Panel>
    );
  const longest = overlay?.heat.longest ?? null;
  return (
    <Panel position="top-right" className="fc-wait-legend" aria-label="Waiting time key">
      <div className="fc-wait-legend__title">
        Waiting time per visit
        <button
          type="button"
          className="fc-icon-button"
          aria-label="Hide waiting time"
          onClick={() => setWaitOverlay(false)}
        >
          ×
        </button>
      </div>
      {overlay === null ? (
        <p className="fc-wait-legend__note">
          No simulation of this map yet: run it on the Simulation screen to see where cases wait.
        </p>
      ) : (
        <>
          <div className="fc-wait-legend__scale" aria-hidden="true">
            <span>none</span>
            <span className="fc-wait-legend__ramp" />
            <span>longest</span>
          </div>
          <p className="fc-wait-legend__note">
            {longest === null ? (
              'Nobody waits for a person on this map.'
            ) : (
              <>
                Longest:{' '}
                <button
                  type="button"
                  className="fc-link"
                  title="Show this step on the map"
                  onClick={() => {
                    const state = useAppStore.getState();
                    state.selectElements({ stepIds: [longest.id], flowIds: [] });
                    state.frame(state.activeMapKey, [longest.id]);
                  }}
                >
                  {longest.name}
                </button>
                , {formatHours(longest.hours)} per visit.
              </>
            )}
          </p>
          {overlay.stale && (
            <p className="fc-wait-legend__note fc-wait-legend__note--stale" role="status">
              The map changed since this simulation; run it again for current figures.
            </p>
          )}
        </>
      )}
    </Panel>
  );
}

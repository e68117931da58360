// The status line: what is on screen (map, counts, demand) and the keys that drive it.
import { describeDemand } from '../format/labels';
import { countOf } from '../format/numbers';
import { useAppStore } from '../store';
import { selectActiveMap, selectSelectedStep } from '../store/selectors';

export function StatusBar() {
  const map = useAppStore(selectActiveMap);
  const selected = useAppStore(selectSelectedStep);
  const isCurrent = useAppStore((s) => s.activeMapKey === 'current');
  const count = useAppStore((s) => s.selection.stepIds.length + s.selection.flowIds.length);
  const onMap = useAppStore((s) => s.screen === 'map');
  if (!map) return null;
  return (
    <footer className="fc-status" aria-label="Status">
      <span className="fc-status__item fc-status__strong">
        {isCurrent ? 'Current process' : `Target: ${map.name}`}
      </span>
      <span className="fc-status__item">
        {countOf(map.steps.length, 'step')} · {countOf(map.flows.length, 'flow')}
      </span>
      <span className="fc-status__item">Demand {describeDemand(map.demand)}</span>
      {selected ? (
        <span className="fc-status__item">Selected: {selected.name}</span>
      ) : (
        count > 1 && <span className="fc-status__item">{count} selected</span>
      )}
      <span className="fc-status__spacer" />
      {onMap ? (
        <span className="fc-status__item fc-status__hint">
          <kbd>T</kbd> <kbd>A</kbd> <kbd>D</kbd> add steps · drag between steps to connect ·{' '}
          <kbd>1</kbd>–<kbd>9</kbd> switch maps · <kbd>?</kbd> all shortcuts
        </span>
      ) : (
        <span className="fc-status__item fc-status__hint">
          The map tabs pick the target · <kbd>Ctrl</kbd>+<kbd>Z</kbd> undoes the last edit
        </span>
      )}
    </footer>
  );
}

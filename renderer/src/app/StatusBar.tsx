// The status line: what is on screen (map, counts, demand) and the keys that drive it.
import { describeDemand } from '../format/labels';
import { useAppStore } from '../store';
import { selectActiveMap, selectSelectedStep } from '../store/selectors';

export function StatusBar() {
  const map = useAppStore(selectActiveMap);
  const selected = useAppStore(selectSelectedStep);
  const isCurrent = useAppStore((s) => s.activeMapKey === 'current');
  if (!map) return null;
  return (
    <footer className="fc-status" aria-label="Status">
      <span className="fc-status__item fc-status__strong">
        {isCurrent ? 'Current process' : `Target: ${map.name}`}
      </span>
      <span className="fc-status__item">
        {map.steps.length} steps · {map.flows.length} flows
      </span>
      <span className="fc-status__item">Demand {describeDemand(map.demand)}</span>
      {selected && <span className="fc-status__item">Selected: {selected.name}</span>}
      <span className="fc-status__spacer" />
      <span className="fc-status__item fc-status__hint">
        Read-only · <kbd>1</kbd>–<kbd>9</kbd> or <kbd>Ctrl</kbd>+<kbd>PgUp</kbd>/<kbd>PgDn</kbd>{' '}
        switch maps · <kbd>Esc</kbd> clears selection
      </span>
    </footer>
  );
}

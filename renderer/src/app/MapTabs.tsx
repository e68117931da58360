// The map tabs: "Current" and one tab per target scenario, as an ARIA tablist.
import { GitBranch, Target } from 'lucide-react';
import type { KeyboardEvent } from 'react';
import { useMemo, useRef } from 'react';
import { useAppStore } from '../store';
import { indexOfMap, mapTabs, neighbourMap } from './map-keys';
import { TabActions } from './TabActions';

export const MAP_PANEL_ID = 'fc-map-panel';
export const tabDomId = (domId: string): string => `fc-tab-${domId}`;

export function MapTabs() {
  const maps = useAppStore((s) => s.project?.maps);
  const activeKey = useAppStore((s) => s.activeMapKey);
  const showMap = useAppStore((s) => s.showMap);
  const listRef = useRef<HTMLDivElement>(null);
  const tabs = useMemo(() => (maps ? mapTabs(maps) : []), [maps]);
  const activeIndex = indexOfMap(tabs, activeKey);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = neighbourMap(tabs, activeKey, step);
    if (next === null) return;
    showMap(next);
    const index = indexOfMap(tabs, next);
    listRef.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[index]?.focus();
  };

  return (
    <nav className="fc-tabs-bar" aria-label="Process maps">
      <div
        className="fc-tabs"
        role="tablist"
        aria-label="Process maps"
        ref={listRef}
        onKeyDown={onKeyDown}
      >
        {tabs.map((tab, index) => {
          const selected = index === activeIndex;
          const Icon = tab.key === 'current' ? GitBranch : Target;
          return (
            <button
              key={tab.domId}
              id={tabDomId(tab.domId)}
              type="button"
              role="tab"
              aria-selected={selected}
              aria-controls={MAP_PANEL_ID}
              tabIndex={selected ? 0 : -1}
              className="fc-tab"
              title={`${tab.label} (${index < 9 ? `${index + 1} or ` : ''}Ctrl+PageUp/PageDown)`}
              onClick={() => showMap(tab.key)}
            >
              <Icon size={14} aria-hidden="true" className="fc-tab__icon" />
              <span>{tab.label}</span>
              {index < 9 && (
                <kbd className="fc-tab__key" aria-hidden="true">
                  {index + 1}
                </kbd>
              )}
            </button>
          );
        })}
      </div>
      <TabActions />
    </nav>
  );
}

// The ordered list of map tabs for a project: the current map first, then each target.
import type { Project } from '../../../shared/model/schema';
import type { MapKey } from '../store';
import { sameMapKey } from '../store';

export interface MapTab {
  key: MapKey;
  /** Stable DOM id fragment for the tab. */
  domId: string;
  label: string;
}

export function mapTabs(maps: Project['maps']): MapTab[] {
  return [
    { key: 'current', domId: mapDomId('current'), label: 'Current' },
    ...maps.targets.map((t) => ({
      key: { targetId: t.id },
      domId: mapDomId({ targetId: t.id }),
      label: t.name,
    })),
  ];
}

export function mapDomId(key: MapKey): string {
  return key === 'current' ? 'current' : `target-${key.targetId}`;
}

export function indexOfMap(tabs: readonly MapTab[], key: MapKey): number {
  return tabs.findIndex((tab) => sameMapKey(tab.key, key));
}

/** The tab `step` places away from `key`, wrapping around at both ends. */
export function neighbourMap(tabs: readonly MapTab[], key: MapKey, step: number): MapKey | null {
  if (tabs.length === 0) return null;
  const index = Math.max(0, indexOfMap(tabs, key));
  const next = (index + step + tabs.length) % tabs.length;
  return tabs[next]?.key ?? null;
}

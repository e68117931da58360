// The app shell: top bar, map tabs, canvas, details panel and status line around one project.
import { useEffect } from 'react';
import { MapCanvas } from '../canvas/MapCanvas';
import { DetailsPanel } from '../panels/DetailsPanel';
import { useAppStore } from '../store';
import { selectActiveMap } from '../store/selectors';
import './app.css';
import { loadInitialProject } from './load-initial-project';
import { mapDomId } from './map-keys';
import { MAP_PANEL_ID, MapTabs, tabDomId } from './MapTabs';
import { StatusBar } from './StatusBar';
import { TopBar } from './TopBar';
import { useShortcuts } from './use-shortcuts';

export function App() {
  const hasProject = useAppStore((s) => s.project !== null);
  const loadError = useAppStore((s) => s.loadError);

  useEffect(() => {
    let cancelled = false;
    void loadInitialProject().then((result) => {
      if (cancelled) return;
      const { openProject, failToOpen } = useAppStore.getState();
      if (result.ok) openProject(result.project);
      else failToOpen(result.message);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  useShortcuts();

  return (
    <div className="fc-app">
      <TopBar />
      {hasProject ? (
        <>
          <MapTabs />
          <main className="fc-workspace">
            <ActiveMap />
            <DetailsPanel />
          </main>
          <StatusBar />
        </>
      ) : (
        <div className="fc-app__placeholder" role="status">
          {loadError ?? 'Opening project…'}
        </div>
      )}
    </div>
  );
}

function ActiveMap() {
  const map = useAppStore(selectActiveMap);
  const mapId = useAppStore((s) => mapDomId(s.activeMapKey));
  const tabId = tabDomId(mapId);
  return (
    <section
      className="fc-workspace__map"
      role="tabpanel"
      id={MAP_PANEL_ID}
      aria-labelledby={tabId}
    >
      {map ? (
        <MapCanvas key={mapId} map={map} />
      ) : (
        <div className="fc-app__placeholder">This map no longer exists.</div>
      )}
    </section>
  );
}

// The app shell: top bar, map tabs, and the editor (palette, toolbar, canvas, key figures,
// inspector, problems) around one project.
import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import { MapCanvas } from '../canvas/MapCanvas';
import { CompareView } from '../compare/CompareView';
import { EditorShortcuts } from '../editor/EditorShortcuts';
import { Palette } from '../editor/Palette';
import { ShortcutsHelp } from '../editor/ShortcutsHelp';
import { Toolbar } from '../editor/Toolbar';
import { KeyFigures } from '../figures/KeyFigures';
import { ProblemsPanel } from '../figures/ProblemsPanel';
import { DetailsPanel } from '../panels/DetailsPanel';
import { useAppStore } from '../store';
import { selectActiveMap } from '../store/selectors';
import './app.css';
import './editor.css';
import { loadInitialProject } from './load-initial-project';
import { mapDomId } from './map-keys';
import { MAP_PANEL_ID, MapTabs, tabDomId } from './MapTabs';
import { NoticeBar } from './NoticeBar';
import { StatusBar } from './StatusBar';
import { TopBar } from './TopBar';

export function App() {
  const hasProject = useAppStore((s) => s.project !== null);
  const loadError = useAppStore((s) => s.loadError);
  const [help, setHelp] = useState(false);
  const openHelp = useCallback(() => setHelp(true), []);

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

  return (
    <div className="fc-app">
      <TopBar />
      {hasProject ? (
        <ReactFlowProvider>
          <MapTabs />
          <main className="fc-workspace">
            <Palette />
            <div className="fc-editor">
              <Toolbar />
              <ActiveMap />
              <NoticeBar />
              <KeyFigures />
              <ProblemsPanel />
            </div>
            <DetailsPanel />
          </main>
          <StatusBar />
          <EditorShortcuts onHelp={openHelp} />
          {help && <ShortcutsHelp onClose={() => setHelp(false)} />}
        </ReactFlowProvider>
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
  const project = useAppStore((s) => s.project);
  const comparing = useAppStore((s) => s.comparing && s.activeMapKey !== 'current');
  const mapId = useAppStore((s) => mapDomId(s.activeMapKey));
  const tabId = tabDomId(mapId);
  return (
    <section
      className="fc-workspace__map"
      role="tabpanel"
      id={MAP_PANEL_ID}
      aria-labelledby={tabId}
    >
      {map && project && comparing ? (
        <CompareView project={project} target={map} />
      ) : map ? (
        <MapCanvas key={mapId} map={map} />
      ) : (
        <div className="fc-app__placeholder">This map no longer exists.</div>
      )}
    </section>
  );
}

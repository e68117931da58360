// The app shell: top bar, map tabs, the library, and the screen chosen in the top bar: the
// editor (palette, toolbar, canvas, key figures, inspector, problems) or the business case of
// the active map, around one project. The workspace opens the project to show.
import { ReactFlowProvider } from '@xyflow/react';
import { lazy, Suspense, useCallback, useEffect, useState, type ReactNode } from 'react';
import { BusinessScreen } from '../business/BusinessScreen';
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
import './workspace.css';
import { LibraryPanel } from '../library/LibraryPanel';
import { SimulationView } from '../results/SimulationView';
import { startWorkspace } from '../workspace/workspace';
import { ConflictBar } from './ConflictBar';
import { desktopApi } from '../desktop/bridge';
import { DesktopBar } from '../desktop/ChangedOnDiskBar';
import { DesktopCommands } from '../desktop/DesktopCommands';
import { DraftQuestionDialog } from '../desktop/DraftQuestionDialog';
import { RecoveryDialog } from '../desktop/RecoveryDialog';
import { startDesktop } from '../desktop/start';
import { FileDrop } from './FileDrop';
import { ImportReportDialog } from './ImportReportDialog';
import { mapDomId } from './map-keys';
import { MAP_PANEL_ID, MapTabs, tabDomId } from './MapTabs';
import { NoticeBar } from './NoticeBar';
import { StatusBar } from './StatusBar';
import { TopBar } from './TopBar';
import { WorkspaceShortcuts } from './WorkspaceShortcuts';

let started = false;

/** Presenter mode loads when first entered: the editor's first paint does not wait for it. */
const Presenter = lazy(() =>
  import('../presenter/Presenter').then((module) => ({ default: module.Presenter })),
);

export function App() {
  const hasProject = useAppStore((s) => s.project !== null);
  const loadError = useAppStore((s) => s.loadError);
  const [help, setHelp] = useState(false);
  const openHelp = useCallback(() => setHelp(true), []);

  const libraryOpen = useAppStore((s) => s.libraryOpen);
  const screen = useAppStore((s) => s.screen);
  const presenting = useAppStore((s) => s.presenting && s.project !== null);
  // The desktop app's preload sets the bridge before the page runs: it never comes or goes.
  const desktop = desktopApi() !== null;

  useEffect(() => {
    // Once per page, also under StrictMode's double effects: the workspace is the page's.
    if (started) return;
    started = true;
    void startWorkspace().then(startDesktop);
  }, []);

  return (
    <>
      {/* Presenter mode covers the app, which stays mounted (and inert) underneath, as it was. */}
      <div className="fc-app" inert={presenting}>
        <TopBar />
        <ReactFlowProvider>
          {hasProject && (desktop ? <DesktopBar /> : <ConflictBar />)}
          {hasProject && <MapTabs />}
          <main className="fc-workspace">
            {/* The library is there before, and whether or not, a project opens: it draws at
              once, and a project that cannot be opened leaves the others to choose from. */}
            <div id="fc-library" className="fc-library-slot" hidden={!libraryOpen}>
              <LibraryPanel />
            </div>
            {!hasProject ? (
              <div className="fc-app__placeholder" role="status">
                {loadError ?? 'Opening project…'}
              </div>
            ) : screen === 'map' ? (
              <>
                <Palette />
                <div className="fc-editor">
                  <Toolbar />
                  <ActiveMap />
                  <NoticeBar />
                  <KeyFigures />
                  <ProblemsPanel />
                </div>
                <DetailsPanel />
              </>
            ) : (
              <>
                <ScreenPanel>
                  {screen === 'simulation' ? <SimulationView /> : <BusinessScreen />}
                </ScreenPanel>
                {/* Exports and runs on these screens say what happened in the same notice. */}
                <NoticeBar />
              </>
            )}
          </main>
          {hasProject && (
            <>
              <StatusBar />
              <EditorShortcuts onHelp={openHelp} />
              {help && <ShortcutsHelp onClose={() => setHelp(false)} />}
              <ImportReportDialog />
              {!desktop && <WorkspaceShortcuts />}
              <FileDrop />
            </>
          )}
          {desktop && (
            <>
              <DesktopCommands onHelp={openHelp} />
              <RecoveryDialog />
              <DraftQuestionDialog />
            </>
          )}
        </ReactFlowProvider>
      </div>
      {presenting && (
        <Suspense fallback={<div className="fc-presenter-loading" />}>
          <Presenter />
        </Suspense>
      )}
    </>
  );
}

function ActiveMap() {
  const map = useAppStore(selectActiveMap);
  const project = useAppStore((s) => s.project);
  const comparing = useAppStore((s) => s.comparing && s.activeMapKey !== 'current');
  const mapId = useAppStore((s) => mapDomId(s.activeMapKey));
  const openings = useAppStore((s) => s.openings);
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
        <MapCanvas key={`${openings}:${mapId}`} map={map} />
      ) : (
        <div className="fc-app__placeholder">This map no longer exists.</div>
      )}
    </section>
  );
}

/** A screen other than the map: the panel of the active map tab, like the canvas is. */
function ScreenPanel({ children }: { children: ReactNode }) {
  const mapId = useAppStore((s) => mapDomId(s.activeMapKey));
  return (
    <div
      className="fc-workspace__screen"
      role="tabpanel"
      id={MAP_PANEL_ID}
      aria-labelledby={tabDomId(mapId)}
    >
      {children}
    </div>
  );
}

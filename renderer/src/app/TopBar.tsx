// The top bar: app mark and name, the library toggle, the open project's name and whether it
// is saved, the screen switch (Map, Simulation, Business case), "Presenter mode", "Export PDF"
// (the business case report), "New project", and "Import" and "Export" (web build) or "Open",
// "Save" and "Save As" (desktop app).
import { PanelLeft, Workflow } from 'lucide-react';
import { desktopApi } from '../desktop/bridge';
import { DesktopFileButtons } from '../desktop/DesktopFileButtons';
import { PresenterButton } from '../presenter/PresenterButton';
import { useAppStore } from '../store';
import { selectProjectName } from '../store/selectors';
import { ExportPdfButton } from './ExportPdfButton';
import { FileButtons } from './FileButtons';
import { NewProjectMenu } from './NewProjectMenu';
import { SaveState } from './SaveState';
import { ScreenTabs } from './ScreenTabs';

export function TopBar() {
  const projectName = useAppStore(selectProjectName);
  const libraryOpen = useAppStore((s) => s.libraryOpen);
  const setWorkspace = useAppStore((s) => s.setWorkspace);
  return (
    <header className="fc-topbar">
      <div className="fc-topbar__brand">
        <span className="fc-topbar__logo" aria-hidden="true">
          <Workflow size={16} strokeWidth={2.25} />
        </span>
        <span className="fc-topbar__app">Flowcase</span>
      </div>
      <button
        type="button"
        className="fc-icon-button"
        aria-label="Library"
        aria-pressed={libraryOpen}
        aria-controls="fc-library"
        title={libraryOpen ? 'Hide the library of projects' : 'Show the library of projects'}
        onClick={() => setWorkspace({ libraryOpen: !libraryOpen })}
      >
        <PanelLeft size={16} aria-hidden="true" />
      </button>
      {projectName && (
        <>
          <span className="fc-topbar__sep" aria-hidden="true" />
          <h1 className="fc-topbar__project" data-testid="project-name">
            {projectName}
          </h1>
          <SaveState />
          <ScreenTabs />
        </>
      )}
      <div className="fc-topbar__actions">
        {projectName && <PresenterButton />}
        {projectName && <ExportPdfButton />}
        <NewProjectMenu />
        {desktopApi() !== null ? <DesktopFileButtons /> : <FileButtons />}
      </div>
    </header>
  );
}

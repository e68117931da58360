// The top bar: app mark and name, the open project's name, and "New project".
import { Workflow } from 'lucide-react';
import { NewProjectMenu } from './NewProjectMenu';
import { useAppStore } from '../store';
import { selectProjectName } from '../store/selectors';

export function TopBar() {
  const projectName = useAppStore(selectProjectName);
  return (
    <header className="fc-topbar">
      <div className="fc-topbar__brand">
        <span className="fc-topbar__logo" aria-hidden="true">
          <Workflow size={16} strokeWidth={2.25} />
        </span>
        <span className="fc-topbar__app">Flowcase</span>
      </div>
      {projectName && (
        <>
          <span className="fc-topbar__sep" aria-hidden="true" />
          <h1 className="fc-topbar__project" data-testid="project-name">
            {projectName}
          </h1>
        </>
      )}
      <div className="fc-topbar__actions">
        <NewProjectMenu />
      </div>
    </header>
  );
}

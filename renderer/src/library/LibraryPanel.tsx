// The library sidebar: every project in the workspace (the most recently changed first), and
// the snapshots of the open one. Where nothing can be stored it says so instead.
import { useEffect, useState } from 'react';
import { useAppStore } from '../store';
import './library.css';
import { ProjectItem } from './ProjectItem';
import { SnapshotList } from './SnapshotList';

export function LibraryPanel() {
  const library = useAppStore((s) => s.library);
  const openId = useAppStore((s) => s.openProjectId);
  const storage = useAppStore((s) => s.storage);
  // "just now" becomes "2 min ago": redraw the times now and then.
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), 30_000);
    return () => clearInterval(timer);
  }, []);
  return (
    <aside className="fc-library" aria-label="Library">
      <section
        className="fc-library__section fc-library__section--projects"
        aria-labelledby="fc-projects-title"
      >
        <div className="fc-library__head">
          <h2 className="fc-library__title" id="fc-projects-title">
            Projects
          </h2>
          <span className="fc-library__count">{library.length}</span>
        </div>
        {storage.kind === 'unavailable' ? (
          <p className="fc-library__empty" role="status">
            {storage.message} The open project is kept in this window only; export it to keep it.
          </p>
        ) : (
          <ul className="fc-library__list" aria-label="Projects">
            {library.map((row) => (
              <ProjectItem key={row.id} row={row} open={row.id === openId} />
            ))}
          </ul>
        )}
      </section>
      {storage.kind === 'ready' && <SnapshotList />}
    </aside>
  );
}

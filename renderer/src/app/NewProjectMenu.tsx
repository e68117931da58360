// "New project": a blank project (one current map with a start and an end, one role, the
// calendar and finance defaults) or a copy of a sample, added to the library and opened with a
// history of its own (held in memory only where nothing can be stored).
import { FilePlus2 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { blankProject } from '../../../shared/editor';
import { SAMPLES } from '../../../shared/samples';
import type { Project } from '../../../shared/model/schema';
import { openAsNew } from '../workspace/workspace';

export function NewProjectMenu() {
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent): void => {
      if (!menu.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [open]);
  const choose = (make: () => Project): void => {
    setOpen(false);
    void openAsNew(make());
  };
  return (
    <div
      className="fc-menu"
      ref={menu}
      onKeyDown={(event) => {
        // Escape closes the menu wherever the focus is in it (on its button just after a click),
        // and the focus goes back to the button; the editor then leaves the key alone.
        if (event.key !== 'Escape' || !open) return;
        event.preventDefault();
        setOpen(false);
        menu.current?.querySelector('button')?.focus();
      }}
    >
      <button
        type="button"
        className="fc-tool fc-tool--text"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <FilePlus2 size={14} aria-hidden="true" />
        New project
      </button>
      {open && (
        <div className="fc-menu__list" role="menu" aria-label="New project">
          <button
            type="button"
            role="menuitem"
            className="fc-menu__item"
            onClick={() => choose(() => blankProject())}
          >
            Blank project
          </button>
          {SAMPLES.map((sample) => (
            <button
              type="button"
              role="menuitem"
              key={sample.slug}
              className="fc-menu__item"
              title={sample.description}
              onClick={() => choose(() => structuredClone(sample.project))}
            >
              {sample.title}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

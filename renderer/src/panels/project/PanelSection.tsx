// One collapsible section of the project panel: a heading that opens and closes it (a
// disclosure button), a one-line summary while it is closed, and its body while open. The body
// mounts only when open, so a closed section reads nothing from the store but its summary.
import { ChevronRight } from 'lucide-react';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useAppStore, type PanelSectionId } from '../../store';

export interface PanelSectionProps {
  id: PanelSectionId;
  title: string;
  /** Shown beside the title, e.g. how many roles there are. */
  count?: number;
  /** A line that says what is inside while the section is closed. */
  summary?: string;
  children: ReactNode;
}

export function PanelSection({ id, title, count, summary, children }: PanelSectionProps) {
  const open = useAppStore((s) => s.openSections.includes(id));
  const toggle = useAppStore((s) => s.toggleSection);
  const domId = useId();
  const showSummary = !open && summary !== undefined && summary !== '';
  return (
    <section className="fc-psection" data-open={open} aria-labelledby={`${domId}-title`}>
      <h3 className="fc-psection__heading">
        <button
          type="button"
          className="fc-psection__toggle"
          id={`${domId}-title`}
          aria-expanded={open}
          aria-controls={`${domId}-body`}
          aria-describedby={showSummary ? `${domId}-summary` : undefined}
          onClick={() => toggle(id)}
        >
          <ChevronRight size={14} aria-hidden="true" className="fc-psection__chevron" />
          <span className="fc-psection__title">{title}</span>
          {count !== undefined && <span className="fc-psection__count">{count}</span>}
          {showSummary && (
            <span className="fc-psection__summary" id={`${domId}-summary`} aria-hidden="true">
              {summary}
            </span>
          )}
        </button>
      </h3>
      <div className="fc-psection__body" id={`${domId}-body`} hidden={!open}>
        {open && children}
      </div>
    </section>
  );
}

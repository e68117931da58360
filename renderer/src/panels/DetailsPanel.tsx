// The right-hand panel: the selected step's details, or the project summary when none is.
import { X } from 'lucide-react';
import { stepKindLabel } from '../format/labels';
import { useAppStore } from '../store';
import { selectSelectedStep } from '../store/selectors';
import './panels.css';
import { ProjectSummary } from './ProjectSummary';
import { StepDetails } from './StepDetails';

export function DetailsPanel() {
  const step = useAppStore(selectSelectedStep);
  const clearSelection = useAppStore((s) => s.clearSelection);
  return (
    <aside className="fc-panel" aria-label={step ? 'Step details' : 'Project summary'}>
      {step ? (
        <>
          <header className="fc-panel__header">
            <div>
              <div className={`fc-kind-badge fc-kind-badge--${step.kind}`}>
                {stepKindLabel(step.kind)}
              </div>
              <h2 className="fc-panel__title" data-testid="details-title">
                {step.name}
              </h2>
            </div>
            <button
              type="button"
              className="fc-icon-button"
              aria-label="Close details (Escape)"
              title="Close details (Escape)"
              onClick={clearSelection}
            >
              <X size={16} aria-hidden="true" />
            </button>
          </header>
          <div className="fc-panel__body">
            <StepDetails step={step} />
          </div>
        </>
      ) : (
        <ProjectSummary />
      )}
    </aside>
  );
}

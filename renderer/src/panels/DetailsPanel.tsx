// The right-hand panel: the inspector of the selected step or flow, a summary of a multiple
// selection, or the project panel (the project's own fields) when nothing is selected.
import { X } from 'lucide-react';
import { stepKindLabel } from '../format/labels';
import { ArrangeTools } from '../editor/ArrangeTools';
import { FlowInspector } from '../inspector/FlowInspector';
import { StepInspector } from '../inspector/StepInspector';
import { useAppStore } from '../store';
import { selectActiveMap, selectSelectedStep } from '../store/selectors';
import './panels.css';
import { ProjectPanel } from './project/ProjectPanel';

export function DetailsPanel() {
  const step = useAppStore(selectSelectedStep);
  const project = useAppStore((s) => s.project);
  const map = useAppStore(selectActiveMap);
  const selection = useAppStore((s) => s.selection);
  const clearSelection = useAppStore((s) => s.clearSelection);
  const flow =
    step === null && selection.stepIds.length === 0 && selection.flowIds.length === 1
      ? (map?.flows.find((f) => f.id === selection.flowIds[0]) ?? null)
      : null;
  const count = selection.stepIds.length + selection.flowIds.length;
  if (project === null) return null;
  const close = (
    <button
      type="button"
      className="fc-icon-button"
      aria-label="Close details (Escape)"
      title="Close details (Escape)"
      onClick={clearSelection}
    >
      <X size={16} aria-hidden="true" />
    </button>
  );
  if (step !== null)
    return (
      <aside className="fc-panel" aria-label="Inspector">
        <header className="fc-panel__header">
          <div>
            <div className={`fc-kind-badge fc-kind-badge--${step.kind}`}>
              {stepKindLabel(step.kind)}
            </div>
            <h2 className="fc-panel__title" data-testid="details-title">
              {step.name}
            </h2>
          </div>
          {close}
        </header>
        <div className="fc-panel__body" key={step.id} tabIndex={0}>
          <StepInspector step={step} project={project} />
        </div>
      </aside>
    );
  if (flow !== null && map !== null)
    return (
      <aside className="fc-panel" aria-label="Inspector">
        <header className="fc-panel__header">
          <div>
            <div className="fc-kind-badge">Flow</div>
          </div>
          {close}
        </header>
        <div className="fc-panel__body" key={flow.id} tabIndex={0}>
          <FlowInspector flow={flow} map={map} />
        </div>
      </aside>
    );
  if (count > 1)
    return (
      <aside className="fc-panel" aria-label="Inspector">
        <header className="fc-panel__header">
          <h2 className="fc-panel__title">{count} items selected</h2>
          {close}
        </header>
        <div className="fc-panel__body" tabIndex={0}>
          {selection.stepIds.length > 1 && <ArrangeTools />}
          <p className="fc-muted">
            Drag to move them together; Delete removes them, Ctrl+C copies and Ctrl+D duplicates.
          </p>
        </div>
      </aside>
    );
  return (
    <aside className="fc-panel" aria-label="Project">
      <ProjectPanel />
    </aside>
  );
}

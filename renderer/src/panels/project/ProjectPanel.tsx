// The right-hand panel when nothing is selected: the project itself, editable. One collapsible
// section per part of the model (project, roles, systems, the active map's demand, calendar and
// finance, the active target's plan, formulas, uncertainty ranges); every change is one editor
// command, one undo step.
import { useAppStore } from '../../store';
import { CalendarFinanceSection } from './CalendarFinanceSection';
import { DemandSection } from './DemandSection';
import { FormulasSection } from './FormulasSection';
import { PlanSection } from './PlanSection';
import { ProjectSection } from './ProjectSection';
import { RangesSection } from './RangesSection';
import { RolesSection } from './RolesSection';
import { SystemsSection } from './SystemsSection';
import './project.css';

export function ProjectPanel() {
  const name = useAppStore((s) => s.project?.name ?? '');
  return (
    <>
      <header className="fc-panel__header">
        <div>
          <div className="fc-kind-badge fc-kind-badge--project">Project</div>
          <h2 className="fc-panel__title">{name}</h2>
        </div>
      </header>
      <div className="fc-panel__body fc-project-panel" tabIndex={0}>
        <ProjectSection />
        <RolesSection />
        <SystemsSection />
        <DemandSection />
        <PlanSection />
        <CalendarFinanceSection />
        <FormulasSection />
        <RangesSection />
      </div>
    </>
  );
}

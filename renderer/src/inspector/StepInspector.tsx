// The inspector for the selected step: its name and every field of its kind, editable; each
// committed field is one undo step.
import type { Project, Step } from '../../../shared/model/schema';
import { assertNever } from '../../../shared/util/assert-never';
import { TextField } from '../fields/TextField';
import { Section } from '../panels/Facts';
import { FlowList } from './FlowList';
import { AiFields } from './AiFields';
import { TaskFields } from './TaskFields';
import { useStepCommit } from './use-step-edit';

export function StepInspector({ step, project }: { step: Step; project: Project }) {
  const commit = useStepCommit(step.id);
  return (
    <>
      <Section title="Step">
        <TextField label="Name" value={step.name} required onCommit={commit('name')} />
      </Section>
      <KindFields step={step} project={project} />
      <Section title="Notes">
        <TextField
          label="Notes"
          value={step.notes}
          multiline
          maxLength={10_000}
          onCommit={commit('notes')}
        />
      </Section>
    </>
  );
}

function KindFields({ step, project }: { step: Step; project: Project }) {
  switch (step.kind) {
    case 'task':
      return <TaskFields step={step} project={project} />;
    case 'ai':
      return <AiFields step={step} project={project} />;
    case 'decision':
      return (
        <Section title="Outcomes">
          <FlowList stepId={step.id} showProbability />
        </Section>
      );
    case 'parallel-split':
      return (
        <Section title="Branches (all run)">
          <FlowList stepId={step.id} showProbability={false} />
        </Section>
      );
    case 'parallel-join':
      return (
        <Section title="Join">
          <p className="fc-muted">Waits until every branch of its parallel split has finished.</p>
        </Section>
      );
    case 'start':
      return (
        <Section title="Start">
          <p className="fc-muted">Cases enter the process here at the map's demand.</p>
        </Section>
      );
    case 'end':
      return (
        <Section title="End">
          <p className="fc-muted">Cases leave the process here.</p>
        </Section>
      );
    default:
      return assertNever(step);
  }
}

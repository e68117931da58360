// Read-only fields of one step, laid out per step kind.
import type { Step } from '../../../shared/model/schema';
import { assertNever } from '../../../shared/util/assert-never';
import { AiStepDetails } from './AiStepDetails';
import { Fact, Facts, Section } from './Facts';
import { FlowList } from './FlowList';
import { TaskStepDetails } from './TaskStepDetails';

export function StepDetails({ step }: { step: Step }) {
  return (
    <>
      <KindDetails step={step} />
      {step.notes.trim() !== '' && (
        <Section title="Notes">
          <p className="fc-notes">{step.notes}</p>
        </Section>
      )}
      <Section title="Identity">
        <Facts>
          <Fact label="Step id">
            <code>{step.id}</code>
          </Fact>
        </Facts>
      </Section>
    </>
  );
}

function KindDetails({ step }: { step: Step }) {
  switch (step.kind) {
    case 'task':
      return <TaskStepDetails step={step} />;
    case 'ai':
      return <AiStepDetails step={step} />;
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
        <Section title="Joins">
          <p className="fc-muted">Waits until every incoming branch has finished.</p>
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

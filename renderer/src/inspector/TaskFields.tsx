// The inspector's fields for a human task: who does it, how long it takes and may wait, what
// it costs besides labour, and how often it goes wrong.
import type { Project, TaskStep } from '../../../shared/model/schema';
import { MAX_MONEY } from '../../../shared/model/schema';
import { Section } from '../panels/Facts';
import { DistributionField } from '../fields/DistributionField';
import { RangedNumberField } from '../fields/RangedNumberField';
import { SelectField } from '../fields/SelectField';
import { OptionalDistribution } from './OptionalDistribution';
import { missingRole, roleOptions } from './role-options';
import { SystemsField } from './SystemsField';
import { useStepEdit, useStepPath } from './use-step-edit';

export function TaskFields({ step, project }: { step: TaskStep; project: Project }) {
  const edit = useStepEdit(step.id);
  const path = useStepPath(step.id);
  const currency = project.currency;
  return (
    <>
      <Section title="Work">
        <SelectField
          label="Role"
          value={step.roleId}
          options={roleOptions(project)}
          missing={missingRole}
          onCommit={(roleId) => edit({ roleId })}
        />
        <DistributionField
          label="Handling time"
          value={step.handlingMinutes}
          onCommit={(handlingMinutes) => edit({ handlingMinutes })}
        />
        <OptionalDistribution
          label="Waiting time"
          hint="A delay that holds nobody: waiting for a customer, a batch run, a signature."
          value={step.waitMinutes}
          onCommit={(waitMinutes) => edit({ waitMinutes })}
        />
        <SystemsField
          project={project}
          value={step.systemIds}
          onCommit={(systemIds) => edit({ systemIds })}
        />
      </Section>
      <Section title="Cost and errors">
        <RangedNumberField
          rangePath={`${path}.costPerCase`}
          label="Cost per case"
          hint="Besides labour: postage, licences per transaction, …"
          value={step.costPerCase}
          unit="money"
          currency={currency}
          min={0}
          max={MAX_MONEY}
          onCommit={(costPerCase) => edit({ costPerCase })}
        />
        <RangedNumberField
          rangePath={`${path}.errorRate`}
          label="Error rate"
          value={step.errorRate}
          unit="percent"
          min={0}
          max={1}
          onCommit={(errorRate) => edit({ errorRate })}
        />
        <RangedNumberField
          rangePath={`${path}.costPerError`}
          label="Cost per error"
          value={step.costPerError}
          unit="money"
          currency={currency}
          min={0}
          max={MAX_MONEY}
          onCommit={(costPerError) => edit({ costPerError })}
        />
      </Section>
    </>
  );
}

// The inspector's fields for a human task: who does it, how long it takes and may wait, what
// it costs besides labour, and how often it goes wrong.
import { useMemo } from 'react';
import type { Project, TaskStep } from '../../../shared/model/schema';
import { MAX_MONEY } from '../../../shared/model/schema';
import { Section } from '../panels/Facts';
import { DistributionField } from '../fields/DistributionField';
import { RangedNumberField } from '../fields/RangedNumberField';
import { SelectField } from '../fields/SelectField';
import { OptionalDistribution } from './OptionalDistribution';
import { missingRole, roleOptions } from './role-options';
import { SystemsField } from './SystemsField';
import { useStepCommit, useStepPath } from './use-step-edit';

export function TaskFields({ step, project }: { step: TaskStep; project: Project }) {
  const commit = useStepCommit(step.id);
  const path = useStepPath(step.id);
  const roles = useMemo(() => roleOptions(project.roles), [project.roles]);
  const currency = project.currency;
  return (
    <>
      <Section title="Work">
        <SelectField
          label="Role"
          value={step.roleId}
          options={roles}
          missing={missingRole}
          onCommit={commit('roleId')}
        />
        <DistributionField
          label="Handling time"
          value={step.handlingMinutes}
          onCommit={commit('handlingMinutes')}
        />
        <OptionalDistribution
          label="Waiting time"
          hint="A delay that holds nobody: waiting for a customer, a batch run, a signature."
          value={step.waitMinutes}
          onCommit={commit('waitMinutes')}
        />
        <SystemsField
          systems={project.systems}
          value={step.systemIds}
          onCommit={commit('systemIds')}
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
          onCommit={commit('costPerCase')}
        />
        <RangedNumberField
          rangePath={`${path}.errorRate`}
          label="Error rate"
          value={step.errorRate}
          unit="percent"
          min={0}
          max={1}
          onCommit={commit('errorRate')}
        />
        <RangedNumberField
          rangePath={`${path}.costPerError`}
          label="Cost per error"
          value={step.costPerError}
          unit="money"
          currency={currency}
          min={0}
          max={MAX_MONEY}
          onCommit={commit('costPerError')}
        />
      </Section>
    </>
  );
}

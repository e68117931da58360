// The inspector's fields for an AI step, in the order of what happens to a case (DESIGN.md "The
// AI step"): the service up or down (fallback), the model's cost and speed, what it accepts and
// who reviews the rest, QA sampling, escaped errors, drift, and who owns it.
import { useMemo } from 'react';
import type { AiStep, Project } from '../../../shared/model/schema';
import { MAX_MONEY } from '../../../shared/model/schema';
import { DistributionField } from '../fields/DistributionField';
import { RangedNumberField } from '../fields/RangedNumberField';
import { SelectField } from '../fields/SelectField';
import { Section } from '../panels/Facts';
import { OperatingPoints } from './OperatingPoints';
import { missingRole, NO_ROLE, roleOptions } from './role-options';
import { SystemsField } from './SystemsField';
import { useStepCommit, useStepPath } from './use-step-edit';

const roleOrNull = (id: string): string | null => (id === NO_ROLE ? null : id);

export function AiFields({ step, project }: { step: AiStep; project: Project }) {
  const commit = useStepCommit(step.id);
  const path = useStepPath(step.id);
  const currency = project.currency;
  const choices = useMemo(() => {
    const roles = roleOptions(project.roles);
    const optional = (none: string) => [{ value: NO_ROLE, label: none }, ...roles];
    return {
      review: optional('No review: every case is accepted'),
      fallback: optional('No fallback: cases wait for the service'),
      owner: optional('Nobody owns it in production'),
    };
  }, [project.roles]);
  return (
    <>
      <Section title="Automation">
        <RangedNumberField
          rangePath={`${path}.automationRate`}
          label="Automation rate"
          hint="Share of cases above the confidence threshold, accepted without review."
          value={step.automationRate}
          unit="percent"
          min={0}
          max={1}
          onCommit={commit('automationRate')}
        />
        <RangedNumberField
          rangePath={`${path}.availability`}
          label="Availability"
          hint="Share of cases for which the AI service is up; the rest take the fallback."
          value={step.availability}
          unit="percent"
          min={0}
          max={1}
          onCommit={commit('availability')}
        />
        <DistributionField
          label="Latency"
          value={step.latencyMinutes}
          onCommit={commit('latencyMinutes')}
        />
        <RangedNumberField
          rangePath={`${path}.costPerCase`}
          label="Inference cost per case"
          value={step.costPerCase}
          unit="money"
          currency={currency}
          min={0}
          max={MAX_MONEY}
          onCommit={commit('costPerCase')}
        />
        <SystemsField
          systems={project.systems}
          value={step.systemIds}
          onCommit={commit('systemIds')}
        />
      </Section>
      <Section title="Human review">
        <SelectField
          label="Review role"
          value={step.reviewRoleId ?? NO_ROLE}
          options={choices.review}
          missing={missingRole}
          onCommit={commit('reviewRoleId', roleOrNull)}
        />
        <DistributionField
          label="Review time"
          value={step.reviewMinutes}
          onCommit={commit('reviewMinutes')}
        />
        <RangedNumberField
          rangePath={`${path}.qaSampleRate`}
          label="QA sample rate"
          hint="Share of auto-accepted cases also reviewed, to watch the model."
          value={step.qaSampleRate}
          unit="percent"
          min={0}
          max={1}
          onCommit={commit('qaSampleRate')}
        />
      </Section>
      <Section title="Fallback when the AI is down">
        <SelectField
          label="Fallback role"
          value={step.fallbackRoleId ?? NO_ROLE}
          options={choices.fallback}
          missing={missingRole}
          onCommit={commit('fallbackRoleId', roleOrNull)}
        />
        <DistributionField
          label="Fallback time"
          value={step.fallbackMinutes}
          onCommit={commit('fallbackMinutes')}
        />
      </Section>
      <Section title="Operating points from the pilot">
        <OperatingPoints step={step} />
      </Section>
      <Section title="Errors, drift and ownership">
        <RangedNumberField
          rangePath={`${path}.escapedErrorRate`}
          label="Escaped error rate"
          hint="Share of auto-accepted cases that are wrong and not caught."
          value={step.escapedErrorRate}
          unit="percent"
          min={0}
          max={1}
          onCommit={commit('escapedErrorRate')}
        />
        <RangedNumberField
          rangePath={`${path}.costPerEscapedError`}
          label="Cost per escaped error"
          value={step.costPerEscapedError}
          unit="money"
          currency={currency}
          min={0}
          max={MAX_MONEY}
          onCommit={commit('costPerEscapedError')}
        />
        <RangedNumberField
          rangePath={`${path}.driftPerMonth`}
          label="Drift per month"
          hint="Points of automation rate lost each month since the last retraining."
          value={step.driftPerMonth}
          unit="percent"
          min={0}
          max={1}
          onCommit={commit('driftPerMonth')}
        />
        <SelectField
          label="Owner"
          value={step.ownerRoleId ?? NO_ROLE}
          options={choices.owner}
          missing={missingRole}
          onCommit={commit('ownerRoleId', roleOrNull)}
        />
      </Section>
    </>
  );
}

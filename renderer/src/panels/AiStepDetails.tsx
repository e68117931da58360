// Read-only details of an AI step: automation, review, fallback, errors and drift.
import type { AiStep } from '../../../shared/model/schema';
import {
  describeDistribution,
  formatMeanMinutes,
  formatMoney,
  formatNumber,
  formatShare,
} from '../format/numbers';
import { useAppStore } from '../store';
import { selectCurrency } from '../store/selectors';
import { Fact, Facts, Section } from './Facts';
import { RoleName, SystemList } from './RefNames';

export function AiStepDetails({ step }: { step: AiStep }) {
  const currency = useAppStore(selectCurrency);
  return (
    <>
      <Section title="Automation">
        <Facts>
          <Fact label="Automation rate">
            <strong className="fc-ai-figure">{formatShare(step.automationRate)}</strong>
            <div className="fc-sub">auto-accepted above the confidence threshold</div>
          </Fact>
          <Fact label="Availability">{formatShare(step.availability)}</Fact>
          <Fact label="Latency">{describeDistribution(step.latencyMinutes)}</Fact>
          <Fact label="Cost per case">{formatMoney(step.costPerCase, currency)}</Fact>
          <Fact label="Owner">
            <RoleName roleId={step.ownerRoleId} missing="No owner" />
          </Fact>
          <Fact label="Systems">
            <SystemList systemIds={step.systemIds} />
          </Fact>
        </Facts>
      </Section>
      <Section title="Human review">
        <Facts>
          <Fact label="Review role">
            <RoleName roleId={step.reviewRoleId} missing="No review path" />
          </Fact>
          <Fact label="Review time">
            {formatMeanMinutes(step.reviewMinutes)} mean
            <div className="fc-sub">{describeDistribution(step.reviewMinutes)}</div>
          </Fact>
          <Fact label="QA sample">{formatShare(step.qaSampleRate)} of auto-accepted</Fact>
        </Facts>
      </Section>
      <Section title="Fallback when AI is down">
        <Facts>
          <Fact label="Fallback role">
            <RoleName roleId={step.fallbackRoleId} missing="No fallback" />
          </Fact>
          <Fact label="Fallback time">
            {formatMeanMinutes(step.fallbackMinutes)} mean
            <div className="fc-sub">{describeDistribution(step.fallbackMinutes)}</div>
          </Fact>
        </Facts>
      </Section>
      <Section title="Errors and drift">
        <Facts>
          <Fact label="Escaped errors">{formatShare(step.escapedErrorRate)} of auto-accepted</Fact>
          <Fact label="Cost per escaped error">
            {formatMoney(step.costPerEscapedError, currency)}
          </Fact>
          <Fact label="Drift" tone={step.driftPerMonth > 0 ? 'warn' : undefined}>
            {step.driftPerMonth > 0
              ? `${formatNumber(step.driftPerMonth * 100)} points / month`
              : 'None assumed'}
          </Fact>
          <Fact label="Operating points">
            {step.operatingPoints.length > 0
              ? `${step.operatingPoints.length} measured thresholds`
              : 'None measured'}
          </Fact>
        </Facts>
      </Section>
    </>
  );
}

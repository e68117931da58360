// Read-only details of a human task: who does it, how long it takes, what it costs.
import type { TaskStep } from '../../../shared/model/schema';
import {
  describeDistribution,
  formatMeanMinutes,
  formatMoney,
  formatShare,
} from '../format/numbers';
import { useAppStore } from '../store';
import { selectCurrency } from '../store/selectors';
import { Fact, Facts, Section } from './Facts';
import { RoleName, SystemList } from './RefNames';

export function TaskStepDetails({ step }: { step: TaskStep }) {
  const currency = useAppStore(selectCurrency);
  return (
    <>
      <Section title="Work">
        <Facts>
          <Fact label="Role">
            <RoleName roleId={step.roleId} missing="Unknown role" />
          </Fact>
          <Fact label="Handling time">
            {formatMeanMinutes(step.handlingMinutes)} mean
            <div className="fc-sub">{describeDistribution(step.handlingMinutes)}</div>
          </Fact>
          <Fact label="Wait time">
            {step.waitMinutes ? (
              <>
                {formatMeanMinutes(step.waitMinutes)} mean
                <div className="fc-sub">{describeDistribution(step.waitMinutes)}</div>
              </>
            ) : (
              <span className="fc-muted">None</span>
            )}
          </Fact>
          <Fact label="Systems">
            <SystemList systemIds={step.systemIds} />
          </Fact>
        </Facts>
      </Section>
      <Section title="Cost and quality">
        <Facts>
          <Fact label="Cost per case">{formatMoney(step.costPerCase, currency)}</Fact>
          <Fact label="Error rate">{formatShare(step.errorRate)}</Fact>
          <Fact label="Cost per error">{formatMoney(step.costPerError, currency)}</Fact>
        </Facts>
      </Section>
    </>
  );
}

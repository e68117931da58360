// The business case of one target, drawn from a computed `BusinessCase`: headline, cash flow,
// costs, uncertainty, readiness and formula lines. Pure over its props (plus the store for
// readiness clicks), so tests can render it from the engines' own result.
import type { ReactNode } from 'react';
import type { BusinessCase } from './compute';
import { CashFlowChart } from './CashFlowChart';
import { CostsSection } from './CostsSection';
import { FormulasSection } from './FormulasSection';
import { Headline } from './Headline';
import { ReadinessList } from './ReadinessList';
import { UncertaintySection } from './UncertaintySection';

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="fc-bc-part" aria-labelledby={`fc-bc-${id}`}>
      <h3 className="fc-bc-part__title" id={`fc-bc-${id}`}>
        {title}
      </h3>
      {children}
    </section>
  );
}

export function BusinessCaseView({
  value,
  monthsToGoLive,
}: {
  value: BusinessCase;
  monthsToGoLive: number;
}) {
  const { roi } = value;
  const cur = roi.currency;
  const blocked = roi.blockers.length > 0;
  return (
    <>
      <Headline roi={roi} mc={value.monteCarlo} monthsToGoLive={monthsToGoLive} />
      {!blocked && (
        <Part id="cash" title="Cash flow">
          <CashFlowChart
            monthly={roi.monthly}
            currency={cur}
            monthsToGoLive={monthsToGoLive}
            paybackMonth={roi.paybackMonth}
          />
        </Part>
      )}
      {value.costs && (
        <Part id="costs" title="Costs">
          <CostsSection costs={value.costs} currency={cur} />
        </Part>
      )}
      {!blocked && (
        <Part id="uncertainty" title="Uncertainty">
          <UncertaintySection
            mc={value.monteCarlo}
            tornado={value.tornado}
            rangeCount={value.rangeCount}
            currency={cur}
          />
        </Part>
      )}
      <Part id="readiness" title={`Readiness (${value.readiness.length})`}>
        <ReadinessList findings={value.readiness} targetId={value.targetId} />
      </Part>
      {!blocked && (
        <Part id="formulas" title="Custom KPIs and benefit lines">
          <FormulasSection formulas={value.formulas} currency={cur} />
        </Part>
      )}
      {roi.formulaIssues.length > 0 && (
        <ul className="fc-bc-notes">
          {roi.formulaIssues.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      )}
    </>
  );
}

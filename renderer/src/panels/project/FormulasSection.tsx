// Custom formulas: KPIs shown beside the figures and benefit lines added to the cash flow, each
// a row that opens to edit its name, kind, unit and expression (checked as it is typed); add
// and delete (undoable); and the model outputs and functions a formula may use.
import { Plus } from 'lucide-react';
import { useState } from 'react';
import type { Formula } from '../../../../shared/model/schema';
import { useAppStore } from '../../store';
import { FormulaInputs } from './FormulaInputs';
import { FormulaItem } from './FormulaItem';
import { PanelSection } from './PanelSection';
import { listSummary } from './summaries';

const NO_FORMULAS: readonly Formula[] = [];

export function FormulasSection() {
  const formulas = useAppStore((s) => s.project?.formulas ?? NO_FORMULAS);
  return (
    <PanelSection
      id="formulas"
      title="Formulas"
      count={formulas.length}
      summary={listSummary(formulas.map((f) => f.name)) || 'Custom KPIs and benefit lines'}
    >
      <FormulaList formulas={formulas} />
    </PanelSection>
  );
}

function FormulaList({ formulas }: { formulas: readonly Formula[] }) {
  const dispatch = useAppStore((s) => s.dispatch);
  const [openId, setOpenId] = useState<string | null>(null);
  const add = (): void => {
    const result = dispatch({ type: 'addFormula' });
    const added = result.ok ? result.project.formulas.at(-1) : undefined;
    if (added !== undefined) setOpenId(added.id);
  };
  return (
    <>
      {formulas.length === 0 && (
        <p className="fc-muted">
          No formulas yet: add a KPI the sponsor cares about, or a benefit the process model does
          not count.
        </p>
      )}
      <ul className="fc-items">
        {formulas.map((formula) => (
          <li key={formula.id}>
            <FormulaItem
              formula={formula}
              open={openId === formula.id}
              onToggle={() => setOpenId(openId === formula.id ? null : formula.id)}
            />
          </li>
        ))}
      </ul>
      <button type="button" className="fc-button fc-button--add" onClick={add}>
        <Plus size={14} aria-hidden="true" />
        Add formula
      </button>
      <FormulaInputs />
    </>
  );
}

// One formula: a row (name, KPI or benefit, a mark when the checker refuses it) that opens to
// edit it. The expression is checked on every keystroke; the checker's message shows under the
// text area with the expression around the place it points at. What is committed may still
// hold a mistake: the problems list then names it, as it does for any drawing problem.
import { AlertTriangle, ChevronRight, Trash2 } from 'lucide-react';
import { useId, useState } from 'react';
import { LIMITS } from '../../../../shared/model/limits';
import type { Formula } from '../../../../shared/model/schema';
import { SelectField } from '../../fields/SelectField';
import { TextField } from '../../fields/TextField';
import { useAppStore } from '../../store';
import { selectCurrency } from '../../store/selectors';
import { checkFormula, type FormulaCheck } from './formula-check';

const KIND_OPTIONS = [
  { value: 'kpi', label: 'KPI (shown)' },
  { value: 'benefit', label: 'Benefit (in cash flow)' },
] as const;

export interface FormulaItemProps {
  formula: Formula;
  open: boolean;
  onToggle: () => void;
}

export function FormulaItem({ formula, open, onToggle }: FormulaItemProps) {
  const dispatch = useAppStore((s) => s.dispatch);
  const bodyId = useId();
  const sound = checkFormula(formula.expression).ok;
  return (
    <div className="fc-item" role="group" aria-label={`Formula ${formula.name}`}>
      <div className="fc-item__row">
        <button
          type="button"
          className="fc-item__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={onToggle}
        >
          <ChevronRight size={14} aria-hidden="true" className="fc-item__chevron" />
          <span className="fc-item__name">{formula.name}</span>
          <span className="fc-item__meta">
            {formula.kind === 'kpi' ? 'KPI' : 'Benefit'}
            {formula.unit.trim() !== '' && ` · ${formula.unit}`}
          </span>
          {!sound && (
            <AlertTriangle
              size={14}
              className="fc-warn"
              role="img"
              aria-label="The checker refuses this formula"
            />
          )}
        </button>
        <button
          type="button"
          className="fc-icon-button fc-item__delete"
          aria-label={`Delete formula ${formula.name}`}
          title="Delete formula"
          onClick={() => dispatch({ type: 'deleteFormula', formulaId: formula.id })}
        >
          <Trash2 size={15} aria-hidden="true" />
        </button>
      </div>
      <div id={bodyId} hidden={!open}>
        {open && <FormulaFields formula={formula} />}
      </div>
    </div>
  );
}

function FormulaFields({ formula }: { formula: Formula }) {
  const dispatch = useAppStore((s) => s.dispatch);
  const currency = useAppStore(selectCurrency);
  const checkId = useId();
  // What is being typed, checked live; a new stored expression (undo) replaces it.
  const [draft, setDraft] = useState(formula.expression);
  const [stored, setStored] = useState(formula.expression);
  if (stored !== formula.expression) {
    setStored(formula.expression);
    setDraft(formula.expression);
  }
  const edit = (patch: Partial<Omit<Formula, 'id'>>): void => {
    dispatch({ type: 'updateFormula', formulaId: formula.id, patch });
  };
  return (
    <>
      <TextField
        label="Formula name"
        value={formula.name}
        required
        onCommit={(name) => edit({ name })}
      />
      <div className="fc-grid2 fc-grid2--wide-first">
        <SelectField
          label="Kind"
          value={formula.kind}
          options={KIND_OPTIONS}
          onCommit={(kind) => edit({ kind: kind as Formula['kind'] })}
        />
        <TextField
          label="Unit"
          value={formula.unit}
          maxLength={40}
          onCommit={(unit) => edit({ unit })}
        />
      </div>
      <p className="fc-field__hint">
        {formula.kind === 'kpi'
          ? 'A KPI is shown with the figures of each target.'
          : `A benefit is added to the cash flow each month, in ${currency}.`}
      </p>
      <TextField
        label="Expression"
        value={formula.expression}
        multiline
        code
        required
        maxLength={LIMITS.maxFormulaLength}
        describedBy={checkId}
        onDraft={setDraft}
        onCommit={(expression) => edit({ expression })}
      />
      <CheckMessage id={checkId} check={checkFormula(draft)} />
    </>
  );
}

function CheckMessage({ id, check }: { id: string; check: FormulaCheck }) {
  return (
    <div id={id} className="fc-formula-check" aria-live="polite" data-testid="formula-check">
      {check.ok ? (
        <p className="fc-formula-check__ok">
          {check.inputs.length === 0
            ? 'The checker accepts it.'
            : `The checker accepts it. Reads ${check.inputs.join(', ')}.`}
        </p>
      ) : (
        <>
          <p className="fc-field__error">{check.message}</p>
          {check.excerpt !== null && (
            <code className="fc-formula-check__excerpt">
              {check.excerpt.before}
              <mark
                className={check.excerpt.at.trim() === '' ? 'fc-formula-check__gap' : undefined}
              >
                {check.excerpt.at === '' ? ' ' : check.excerpt.at}
              </mark>
              {check.excerpt.after}
            </code>
          )}
        </>
      )}
    </div>
  );
}

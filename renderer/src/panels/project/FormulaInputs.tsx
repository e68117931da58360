// The model outputs a formula may read, each with its unit and what it means, and the functions
// it may call: the formula checker's allow-list, written out for the analyst.
import { FORMULA_FUNCTION_NAMES, FORMULA_INPUTS } from '../../../../shared/formula';

export function FormulaInputs() {
  return (
    <details className="fc-formula-inputs">
      <summary>What a formula may use ({FORMULA_INPUTS.length} model outputs)</summary>
      <dl className="fc-formula-inputs__list">
        {FORMULA_INPUTS.map((input) => (
          <div key={input.name} className="fc-formula-inputs__item">
            <dt>
              <code>{input.name}</code> <span className="fc-muted">{input.unit}</span>
            </dt>
            <dd>{input.description}</dd>
          </div>
        ))}
      </dl>
      <p className="fc-field__hint">
        Also numbers, + - * / ^ %, comparisons, and/or/not, <code>a ? b : c</code> and the functions{' '}
        {FORMULA_FUNCTION_NAMES.join(', ')}.
      </p>
    </details>
  );
}

// One uncertainty range: a row with its label and low – likely – high that opens to edit its
// label and values. The values are typed in the input's unit and kept inside the bounds the
// file format puts on that input; an order that is not low <= likely <= high, or a path that
// names nothing, shows as the project's problem under the range.
import { ChevronRight, Trash2 } from 'lucide-react';
import { useId } from 'react';
import { describeInput } from '../../../../shared/model/input-words';
import { readInput } from '../../../../shared/model/input-path';
import { inputBounds } from '../../../../shared/model/range-bounds';
import type { Project, Range } from '../../../../shared/model/schema';
import { NumberField } from '../../fields/NumberField';
import { TextField } from '../../fields/TextField';
import { formatForInput, toDisplay, unitSuffix } from '../../fields/units';
import { projectProblems } from '../../figures/live-figures';
import { useAppStore } from '../../store';
import { capitalised } from '../../../../shared/util/capitalised';
import { rangeUnit, rangeValues } from './range-units';

export interface RangeItemProps {
  project: Project;
  range: Range;
  /** Its place in `project.ranges`, where its problems are reported. */
  index: number;
  open: boolean;
  onToggle: () => void;
}

export function RangeItem({ project, range, index, open, onToggle }: RangeItemProps) {
  const dispatch = useAppStore((s) => s.dispatch);
  const bodyId = useId();
  const problems = projectProblems(project).filter(
    (issue) => issue.path[0] === 'ranges' && issue.path[1] === index,
  );
  const title = range.label.trim() || capitalised(describeInput(project, range.path));
  return (
    <div className="fc-item" role="group" aria-label={`Range ${title}`}>
      <div className="fc-item__row">
        <button
          type="button"
          className="fc-item__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={onToggle}
        >
          <ChevronRight size={14} aria-hidden="true" className="fc-item__chevron" />
          <span className="fc-item__name">{title}</span>
          <span className={problems.length > 0 ? 'fc-item__meta fc-tone-danger' : 'fc-item__meta'}>
            {rangeValues(range, project.currency)}
          </span>
        </button>
        <button
          type="button"
          className="fc-icon-button fc-item__delete"
          aria-label={`Delete range ${title}`}
          title="Delete range"
          onClick={() => dispatch({ type: 'deleteRange', path: range.path })}
        >
          <Trash2 size={15} aria-hidden="true" />
        </button>
      </div>
      <div id={bodyId} hidden={!open}>
        {open && <RangeFields project={project} range={range} />}
      </div>
      {problems.map((issue, i) => (
        <p key={i} className="fc-field__error">
          {capitalised(issue.message)}
        </p>
      ))}
    </div>
  );
}

function RangeFields({ project, range }: { project: Project; range: Range }) {
  const dispatch = useAppStore((s) => s.dispatch);
  const unit = rangeUnit(range.path);
  const bounds = inputBounds(project, range.path);
  const now = readInput(project, range.path);
  const edit = (patch: Partial<Range>): void => {
    dispatch({ type: 'updateRange', path: range.path, patch });
  };
  const value = (label: 'Low' | 'Likely' | 'High', key: 'low' | 'likely' | 'high') => (
    <NumberField
      label={label}
      value={range[key]}
      unit={unit}
      currency={project.currency}
      min={bounds?.min}
      max={bounds?.max}
      integer={bounds?.wholeNumber ?? false}
      onCommit={(v) => edit({ [key]: v })}
    />
  );
  const suffix = unitSuffix(unit, project.currency);
  return (
    <>
      <p className="fc-range__input">
        {capitalised(describeInput(project, range.path))}
        {now !== undefined &&
          ` (now ${formatForInput(toDisplay(unit, now))}${suffix === '' ? '' : ` ${suffix}`})`}
        .
      </p>
      <TextField label="Label" value={range.label} onCommit={(label) => edit({ label })} />
      <div className="fc-grid3">
        {value('Low', 'low')}
        {value('Likely', 'likely')}
        {value('High', 'high')}
      </div>
    </>
  );
}

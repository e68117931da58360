// The project's uncertainty ranges (what we do not know about an input: low, likely and high),
// each a row with its label and values that opens to edit them in the input's unit, with the
// input named in words and the range's problems under it; delete (undoable). Ranges are added
// with "±" beside a number field.
import { useState } from 'react';
import type { Range } from '../../../../shared/model/schema';
import { useAppStore } from '../../store';
import { PanelSection } from './PanelSection';
import { RangeItem } from './RangeItem';

const NO_RANGES: readonly Range[] = [];

export function RangesSection() {
  const ranges = useAppStore((s) => s.project?.ranges ?? NO_RANGES);
  return (
    <PanelSection
      id="ranges"
      title="Uncertainty ranges"
      count={ranges.length}
      summary="What we do not know: low, likely and high values for tornado and Monte Carlo"
    >
      <RangeList />
    </PanelSection>
  );
}

function RangeList() {
  const project = useAppStore((s) => s.project);
  const [openPath, setOpenPath] = useState<string | null>(null);
  if (project === null) return null;
  return (
    <>
      {project.ranges.length === 0 ? (
        <p className="fc-muted">
          No ranges yet: use &ldquo;±&rdquo; beside a number to say how sure you are of it.
        </p>
      ) : (
        <p className="fc-field__hint">
          Tornado and Monte Carlo vary these inputs; add one with &ldquo;±&rdquo; beside a number.
        </p>
      )}
      <ul className="fc-items">
        {project.ranges.map((range, index) => (
          <li key={range.path}>
            <RangeItem
              project={project}
              range={range}
              index={index}
              open={openPath === range.path}
              onToggle={() => setOpenPath(openPath === range.path ? null : range.path)}
            />
          </li>
        ))}
      </ul>
    </>
  );
}

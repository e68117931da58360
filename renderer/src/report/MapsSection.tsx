// Both process maps on paper, the target's changes marked in both (matched by step id, as the
// compare view does) and listed in words under them.
import { changeLines } from '../../../shared/editor';
import type { ReportData } from './compute';
import { MapFigure, type ChangeMark } from './MapFigure';

export function MapsSection({ data, pageWidth }: { data: ReportData; pageWidth: number }) {
  const { project, target, diff } = data;
  const current = project.maps.current;
  const changed = diff.changed.map((c) => c.id);
  const currentMarks = new Map<string, ChangeMark>([
    ...diff.removed.map((id) => [id, 'removed'] as const),
    ...changed.map((id) => [id, 'changed'] as const),
  ]);
  const targetMarks = new Map<string, ChangeMark>([
    ...diff.added.map((id) => [id, 'added'] as const),
    ...changed.map((id) => [id, 'changed'] as const),
  ]);
  const lines = changeLines(project, current, target, diff);
  return (
    <section className="fc-report__part" aria-labelledby="fc-report-maps">
      <h2 id="fc-report-maps">Process maps</h2>
      <p className="fc-report__legend">
        <span className="fc-report__key fc-report__key--task">Human task</span>
        <span className="fc-report__key fc-report__key--ai">AI step</span>
        <span className="fc-report__key fc-report__key--added">New in the target</span>
        <span className="fc-report__key fc-report__key--removed">Removed by the target</span>
        <span className="fc-report__key fc-report__key--changed">Changed</span>
        Each step shows its role and mean hands-on time; an AI step its automation rate, review and
        fallback.
      </p>
      <div className="fc-report__map-block">
        <h3>Current process: {current.name}</h3>
        <MapFigure
          project={project}
          map={current}
          marks={currentMarks}
          pageWidth={pageWidth}
          label="Current process"
        />
      </div>
      <div className="fc-report__map-block">
        <h3>Target process: {target.name}</h3>
        <MapFigure
          project={project}
          map={target}
          marks={targetMarks}
          pageWidth={pageWidth}
          label="Target process"
        />
      </div>
      <div className="fc-report__keep">
        <h3>What the target changes</h3>
        {lines.length === 0 ? (
          <p>No step differs from the current process.</p>
        ) : (
          <ul className="fc-report__changes">
            {lines.map((line) => (
              <li
                key={`${line.kind}-${line.id}`}
                className={`fc-report__change fc-report__change--${line.kind}`}
              >
                {line.text}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

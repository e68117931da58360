// One process map drawn for paper as plain SVG (no React Flow): every step as its shape with
// its name and what it needs (role, mean time, automation rate), every flow as a curve with
// its share, and the target's changes marked. A wide map comes in bands, each one picture
// that never breaks across pages (map-layout.ts plans them).
import type { ProcessMap, Project, Step } from '../../../shared/model/schema';
import { distributionMean } from '../../../shared/model/distribution';
import { formatMinutes, formatShare } from '../format/numbers';
import { cutLabelPlace } from './cut-label';
import {
  cutCrossings,
  inBand,
  labelFits,
  mapGeometry,
  planMap,
  wrapWords,
  type Band,
  type MapGeometry,
  type StepBox,
} from './map-layout';

export type ChangeMark = 'added' | 'removed' | 'changed';

const MARK_WORDS: Readonly<Record<ChangeMark, string>> = {
  added: 'New',
  removed: 'Removed',
  changed: 'Changed',
};

/** Canvas pixels per character of the step text, roughly, for wrapping. */
const NAME_SIZE = 15;
const DETAIL_SIZE = 13.5;
const CHAR_WIDTH = 0.56;

export function MapFigure({
  project,
  map,
  marks,
  pageWidth,
  label,
}: {
  project: Project;
  map: ProcessMap;
  marks: ReadonlyMap<string, ChangeMark>;
  /** Width of the page's text block, CSS pixels. */
  pageWidth: number;
  label: string;
}) {
  const geometry = mapGeometry(map, formatShare);
  const plan = planMap(geometry.bounds, geometry.steps, pageWidth);
  const roles = new Map(project.roles.map((r) => [r.id, r.name]));
  const roleName = (id: string | null): string | null =>
    id === null ? null : (roles.get(id) ?? id);
  const { bounds } = geometry;
  const count = plan.bands.length;
  return (
    <div className="fc-report-map">
      {plan.bands.map((band, i) => {
        const shown = count === 1 ? geometry : inBand(geometry, band);
        return (
          <BandSvg
            key={band.from}
            band={band}
            y={bounds.y}
            height={bounds.height}
            scale={plan.scale}
            title={
              count === 1
                ? `${label}: ${map.name}`
                : `${label}: ${map.name}, part ${i + 1} of ${count}`
            }
            continues={{ before: i > 0, after: i < count - 1 }}
          >
            {shown.edges.map((e) => (
              <g key={e.flow.id} className="fc-rmap__flow">
                <path d={e.path} />
                <polygon points={e.arrow.map((p) => `${p.x},${p.y}`).join(' ')} />
                {e.labelAt && labelFits(e, band) && (
                  <text className="fc-rmap__flow-label" x={e.labelAt.x} y={e.labelAt.y - 4}>
                    {e.label}
                  </text>
                )}
              </g>
            ))}
            {shown.steps.map((box) => (
              <StepShape
                key={box.step.id}
                box={box}
                mark={marks.get(box.step.id) ?? null}
                roleName={roleName}
              />
            ))}
            <CutLabels
              geometry={geometry}
              band={band}
              cuts={{ left: i > 0, right: i < count - 1 }}
              stepName={(id) => map.steps.find((s) => s.id === id)?.name ?? id}
            />
          </BandSvg>
        );
      })}
    </div>
  );
}

function BandSvg({
  band,
  y,
  height,
  scale,
  title,
  continues,
  children,
}: {
  band: Band;
  y: number;
  height: number;
  scale: number;
  title: string;
  continues: { before: boolean; after: boolean };
  children: React.ReactNode;
}) {
  const width = band.to - band.from;
  return (
    <svg
      className="fc-rmap"
      role="img"
      aria-label={title}
      viewBox={`${band.from} ${y} ${width} ${height}`}
      width={Math.round(width * scale)}
      height={Math.round(height * scale)}
    >
      {children}
      {continues.before && (
        <text className="fc-rmap__continues" x={band.from + 6} y={y + 18}>
          ← continued
        </text>
      )}
      {continues.after && (
        <text className="fc-rmap__continues" x={band.to - 6} y={y + 18} textAnchor="end">
          continues below →
        </text>
      )}
    </svg>
  );
}

/** At a cut, where each flow crossing it goes ("→ Approve") or comes from ("Match →"). */
function CutLabels({
  geometry,
  band,
  cuts,
  stepName,
}: {
  geometry: MapGeometry;
  band: Band;
  cuts: { left: boolean; right: boolean };
  stepName: (id: string) => string;
}) {
  return (
    <>
      {cutCrossings(geometry, band, cuts).map((c) => {
        const name = wrapWords(stepName(c.stepId), 22, 1).join('');
        const words = c.label === '' ? '' : ` (${c.label})`;
        const text = c.way === 'out' ? `to ${name}${words} →` : `→ from ${name}${words}`;
        // Under the line (a flow's own label, its share, sits above it), clear of the steps.
        const place = cutLabelPlace(c.at, c.way, text.length, geometry.steps);
        return (
          <text
            key={`${c.flowId}-${c.way}`}
            className="fc-rmap__cut"
            x={place.x}
            y={place.y}
            textAnchor={c.way === 'out' ? 'end' : 'start'}
          >
            {text}
          </text>
        );
      })}
    </>
  );
}

function StepShape({
  box,
  mark,
  roleName,
}: {
  box: StepBox;
  mark: ChangeMark | null;
  roleName: (id: string | null) => string | null;
}) {
  const { step, x, y, width, height } = box;
  const cx = x + width / 2;
  const cy = y + height / 2;
  const markClass = mark === null ? '' : ` fc-rmap__step--${mark}`;
  const badge = mark === null ? null : <Badge x={x + width} y={y} mark={mark} />;
  const below = (lines: string[]) => (
    <text className="fc-rmap__below" x={cx} y={y + height + 16} textAnchor="middle">
      {lines.map((line, i) => (
        <tspan key={i} x={cx} dy={i === 0 ? 0 : 16}>
          {line}
        </tspan>
      ))}
    </text>
  );
  switch (step.kind) {
    case 'start':
    case 'end':
      return (
        <g className={`fc-rmap__step fc-rmap__step--${step.kind}${markClass}`}>
          <circle cx={cx} cy={cy} r={width / 2 - 1} />
          {below(wrapWords(step.name, 18, 2))}
          {badge}
        </g>
      );
    case 'decision':
      return (
        <g className={`fc-rmap__step fc-rmap__step--decision${markClass}`}>
          <polygon points={`${cx},${y} ${x + width},${cy} ${cx},${y + height} ${x},${cy}`} />
          {below(wrapWords(step.name, 20, 2))}
          {badge}
        </g>
      );
    case 'parallel-split':
    case 'parallel-join':
      return (
        <g className={`fc-rmap__step fc-rmap__step--parallel${markClass}`}>
          <rect x={x} y={y} width={width} height={height} rx={3} />
          {below(wrapWords(step.name, 18, 2))}
          {badge}
        </g>
      );
    case 'task':
    case 'ai': {
      const chars = Math.floor((width - 16) / (NAME_SIZE * CHAR_WIDTH));
      const name = wrapWords(step.name, chars, 2);
      const details = stepDetails(step, roleName).map((d) =>
        wrapWords(d, Math.floor((width - 16) / (DETAIL_SIZE * CHAR_WIDTH)), 1).join(''),
      );
      const room = Math.floor((height - 8 - name.length * 18) / 16);
      return (
        <g className={`fc-rmap__step fc-rmap__step--${step.kind}${markClass}`}>
          <rect x={x} y={y} width={width} height={height} rx={8} />
          <text className="fc-rmap__name" x={x + 8} y={y + 20}>
            {name.map((line, i) => (
              <tspan key={i} x={x + 8} dy={i === 0 ? 0 : 18}>
                {line}
              </tspan>
            ))}
          </text>
          <text className="fc-rmap__detail" x={x + 8} y={y + 20 + name.length * 18}>
            {details.slice(0, room).map((line, i) => (
              <tspan key={i} x={x + 8} dy={i === 0 ? 0 : 16}>
                {line}
              </tspan>
            ))}
          </text>
          {badge}
        </g>
      );
    }
  }
}

function Badge({ x, y, mark }: { x: number; y: number; mark: ChangeMark }) {
  const words = MARK_WORDS[mark];
  const w = words.length * 7.4 + 12;
  return (
    <g className={`fc-rmap__badge fc-rmap__badge--${mark}`}>
      <rect x={x - w + 6} y={y - 11} width={w} height={19} rx={9.5} />
      <text x={x - w / 2 + 6} y={y + 3} textAnchor="middle">
        {words}
      </text>
    </g>
  );
}

/** What a step needs, in short lines: role and mean time; for an AI step automation, review, fallback. */
export function stepDetails(step: Step, roleName: (id: string | null) => string | null): string[] {
  const mean = (d: Parameters<typeof distributionMean>[0]) => formatMinutes(distributionMean(d));
  if (step.kind === 'task') {
    const lines = [roleName(step.roleId) ?? 'No role', `${mean(step.handlingMinutes)} a visit`];
    if (step.waitMinutes !== null) lines.push(`+ ${mean(step.waitMinutes)} waiting`);
    return lines;
  }
  if (step.kind === 'ai') {
    const review = roleName(step.reviewRoleId);
    const fallback = roleName(step.fallbackRoleId);
    return [
      `Automation ${formatShare(step.automationRate)}`,
      review === null ? 'No review path' : `Review: ${review}, ${mean(step.reviewMinutes)}`,
      fallback === null ? 'No fallback' : `Fallback: ${fallback}`,
    ];
  }
  return [];
}

// The appendix: every assumption the figures come from (the export's sheets, so the PDF and
// the spreadsheet list the same things) and how each number is computed, a paragraph each.
import {
  assumptionsSheet,
  flowsSheet,
  rangesSheet,
  rolesSheet,
  stepsSheet,
  systemsSheet,
} from '../../../shared/export/model-sheets';
import type { Sheet } from '../../../shared/export';
import type { ProcessMap } from '../../../shared/model/schema';
import { formatCount, formatShare } from '../format/numbers';
import type { ReportData } from './compute';
import {
  partsByMap,
  partsBySection,
  printTable,
  spanTrailingEmpty,
  type PrintTable,
  type TablePart,
} from './sheet-rows';

type MapRows = readonly { readonly title: string; readonly rows: number }[];

export function Appendix({ data }: { data: ReportData }) {
  const { project, target, business } = data;
  const cur = project.currency;
  const current = project.maps.current;
  // The steps and flows sheets list the current map's rows, then the target's.
  const byMap = (count: (map: ProcessMap) => number) => [
    { title: `Current process: ${current.name}`, rows: count(current) },
    { title: `Target process: ${target.name}`, rows: count(target) },
  ];
  const sheets: {
    title: string;
    sheet: Sheet;
    keys?: number;
    /** Split by map (steps, flows) or by the section each row names (assumptions). */
    parts?: MapRows | 'by section';
  }[] = [
    { title: 'Roles', sheet: rolesSheet(project) },
    { title: 'Systems', sheet: systemsSheet(project, target), keys: 1 },
    {
      title: 'Steps',
      sheet: stepsSheet(project, target),
      keys: 3,
      parts: byMap((m) => m.steps.length),
    },
    { title: 'Flows', sheet: flowsSheet(project, target), parts: byMap((m) => m.flows.length) },
    { title: 'Ranges', sheet: rangesSheet(project, business.monteCarlo?.skipped ?? []) },
    {
      title: 'Project, calendar, demand, finance, plan and formulas',
      sheet: assumptionsSheet(project, target, business.roi),
      parts: 'by section',
    },
  ];
  return (
    <section className="fc-report__part" aria-labelledby="fc-report-appendix">
      <h2 id="fc-report-appendix">Appendix: assumptions and method</h2>
      {sheets.map(({ title, sheet, keys, parts }) => {
        const table = printTable(sheet, cur, keys);
        return (
          <div key={title} className="fc-report__sheet">
            <h3>{title}</h3>
            {table.rows.length === 0 ? (
              <p>None.</p>
            ) : (
              splitTable(table, parts).map((part, i) => (
                <SheetTable
                  key={i}
                  title={part.title}
                  table={part.table}
                  aligned={parts === 'by section'}
                />
              ))
            )}
          </div>
        );
      })}
      <Method data={data} />
    </section>
  );
}

function splitTable(table: PrintTable, parts: MapRows | 'by section' | undefined): TablePart[] {
  if (parts === undefined) return [{ title: null, table }];
  return parts === 'by section'
    ? partsBySection(table, 'Section')
    : partsByMap(table, 'Map', parts);
}

/** One table of the appendix; `aligned` tables share their column widths, one under another. */
function SheetTable({
  title,
  table,
  aligned = false,
}: {
  title: string | null;
  table: PrintTable;
  aligned?: boolean;
}) {
  const modifiers = [
    table.details ? ' fc-report-table--details' : '',
    aligned ? ' fc-report-table--aligned' : '',
  ].join('');
  return (
    <>
      {title !== null && <h4>{title}</h4>}
      <table className={`fc-report-table fc-report-table--sheet${modifiers}`}>
        <thead>
          <tr>
            {table.headers.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {(aligned ? spanTrailingEmpty(row) : row.map((text) => ({ text, span: 1 }))).map(
                ({ text, span }, c) => (
                  <td key={c} colSpan={span > 1 ? span : undefined}>
                    {text}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function Method({ data }: { data: ReportData }) {
  const { project, business, simulation } = data;
  const f = project.finance;
  const mc = business.monteCarlo;
  const run = simulation.target;
  return (
    <div className="fc-report__method">
      <h3>How the numbers are computed</h3>
      <h4>Flow model</h4>
      <p>
        The key figures come from an analytic flow model of each map. It solves for the expected
        visits of every step (so rework loops count), multiplies them by each step&rsquo;s mean
        handling time to get the work per role, and divides by the role&rsquo;s headcount and
        working hours ({project.calendar.hoursPerDay} hours a day, {project.calendar.daysPerYear}{' '}
        days a year) to get utilisation. The busiest role bounds the capacity. Cost per case is
        labour (hours × cost per hour of each role) plus non-labour cost, AI inference and the
        expected cost of errors; cycle time is a queueing estimate.
      </p>
      <h4>Simulation</h4>
      <p>
        The simulation runs each map case by case: cases arrive at the map&rsquo;s demand, queue for
        the people of each role, take a sampled handling time, follow the flows by their
        probabilities and wait at parallel joins. {formatCount(run.cases)} cases in each of{' '}
        {run.replications} independent replications (seed {run.seed}), the first working hours left
        out as warm-up ({run.warmupReason}); the 95 % intervals come from the spread between
        replications. The clock counts working hours.
      </p>
      <h4>Cash flow, NPV, payback and ROI</h4>
      <p>
        The business case runs month by month over {f.horizonMonths} months. The benefit of a month
        is the cases of the month (the current demand, growing {formatShare(f.volumeGrowthAnnual)} a
        year) × the share adopted (zero before go-live, then the adoption ramp) × the saving per
        case (the current cost per case less the target&rsquo;s, with the automation rate lowered by
        drift since the last retraining). One-off costs fall in the build phase, running costs from
        go-live. Each month&rsquo;s net is discounted at {formatShare(f.discountRateAnnual)} a year,
        (1 + r)^(−m/12), and summed to the NPV; payback is the first month whose cumulative net is
        at or above zero; ROI is the total net over the total cost, undiscounted.
      </p>
      <h4>Uncertainty</h4>
      <p>
        Each range gives an input a low, likely and high value. The tornado sets one input at a time
        to its low and to its high value, every other at its likely value, and shows the NPV at each
        end, widest swing first. Monte Carlo draws every ranged input at once
        {mc
          ? ` (${formatCount(mc.samples)} ${mc.sampling} samples, seed ${mc.seed})`
          : ' (no ranges here, so it did not run)'}{' '}
        with the flow model and reads P10, P50 and P90 of the NPV and the payback month and the
        share of samples with an NPV above zero.
      </p>
      <h4>Readiness</h4>
      <p>
        Readiness rules read the target map and its plan for the reasons AI pilots stall before
        production: AI steps without review, fallback or owner, systems reached only through their
        screens or on paper, poor data, drift without retraining, adoption and go-live sooner than
        is credible, thin data and change budgets, overloaded roles. Each finding carries its
        severity and a fix.
      </p>
      <h4>Custom formulas</h4>
      <p>
        KPI and benefit lines are expressions over named model outputs, evaluated in a locked-down
        formula engine each month; a benefit line adds to the cash flow.
      </p>
    </div>
  );
}

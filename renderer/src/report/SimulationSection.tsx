// What the simulation measured for both maps, case by case: throughput, cycle time and its
// distribution, cost per case, utilisation per role with the bottleneck, and the automation
// share of the AI steps. The run is the Simulation screen's default (20 000 cases, 5
// replications) with the report's seed, so the figures equal the app's.
import type { SimulationResult } from '../../../shared/engine';
import {
  formatCount,
  formatHours,
  formatMoney,
  formatNumber,
  formatShare,
} from '../format/numbers';
import { cycleHistogramView } from '../results/cycle-histogram';
import { CycleTimeChart } from '../results/CycleTimeChart';
import { RoleTable } from '../results/RoleTable';
import { bottleneck, simulationFigures, type Figure } from '../results/result-figures';
import type { ReportData } from './compute';

const withCi = (f: Figure | null | undefined, format: (v: number) => string): string =>
  f == null ? '—' : f.halfWidth > 0 ? `${format(f.mean)} ± ${format(f.halfWidth)}` : format(f.mean);

export function SimulationSection({ data }: { data: ReportData }) {
  const { project, simulation } = data;
  const cur = project.currency;
  const money = (v: number) => formatMoney(v, cur);
  const before = simulationFigures(project, simulation.current);
  const after = simulationFigures(project, simulation.target);
  const histogram = cycleHistogramView([
    { role: 'current', result: simulation.current },
    { role: 'target', result: simulation.target },
  ]);
  const rows: { label: string; current: string; target: string }[] = [
    {
      label: 'Throughput, cases a month',
      current: withCi(before.throughputPerMonth, formatNumber),
      target: withCi(after.throughputPerMonth, formatNumber),
    },
    {
      label: 'Cycle time, mean',
      current: withCi(before.cycleTimeHours?.mean, formatHours),
      target: withCi(after.cycleTimeHours?.mean, formatHours),
    },
    {
      label: 'Cycle time, median (P50)',
      current: withCi(before.cycleTimeHours?.p50, formatHours),
      target: withCi(after.cycleTimeHours?.p50, formatHours),
    },
    {
      label: 'Cycle time, P90',
      current: withCi(before.cycleTimeHours?.p90, formatHours),
      target: withCi(after.cycleTimeHours?.p90, formatHours),
    },
    {
      label: 'Work in progress, cases',
      current: withCi(before.workInProgress, formatNumber),
      target: withCi(after.workInProgress, formatNumber),
    },
    {
      label: 'Cost per case',
      current: withCi(before.costPerCase?.total, money),
      target: withCi(after.costPerCase?.total, money),
    },
    {
      label: 'Automation share of AI steps',
      current: before.automation ? formatShare(before.automation.autoAccepted.mean) : 'No AI step',
      target: after.automation ? formatShare(after.automation.autoAccepted.mean) : 'No AI step',
    },
  ];
  const neck = (roles: typeof before.roles) => {
    const id = bottleneck(roles);
    const role = roles.find((r) => r.id === id);
    return role?.utilisation
      ? `${role.name} (${formatShare(role.utilisation.mean)} busy)`
      : 'none (no role has work)';
  };
  const auto = after.automation;
  return (
    <section className="fc-report__part" aria-labelledby="fc-report-simulation">
      <h2 id="fc-report-simulation">Simulation results</h2>
      <p>
        Both maps simulated case by case: {formatCount(simulation.target.cases)} cases ×{' '}
        {simulation.target.replications} replications, seed {simulation.target.seed}; ± is the 95 %
        confidence interval. Times are working hours.
      </p>
      <Warnings label="Current process" result={simulation.current} />
      <Warnings label="Target process" result={simulation.target} />
      <table className="fc-report-table fc-report-table--numbers">
        <caption>Measured figures</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Current</th>
            <th scope="col">Target</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{row.current}</td>
              <td>{row.target}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="fc-report__keep">
        <strong>Bottleneck.</strong> Current process: {neck(before.roles)}. Target process:{' '}
        {neck(after.roles)}.
        {auto &&
          ` In the target, the AI steps accept ${formatShare(auto.autoAccepted.mean)} of their cases without a person; ${formatShare(auto.reviewed.mean)} go to review and ${formatShare(auto.fallback.mean)} take the fallback path.`}
      </p>
      <div className="fc-report__keep">
        <RoleTable current={before.roles} target={after.roles} />
      </div>
      {histogram && (
        <div className="fc-report__keep">
          <CycleTimeChart view={histogram} />
        </div>
      )}
    </section>
  );
}

function Warnings({ label, result }: { label: string; result: SimulationResult }) {
  if (result.warnings.length === 0) return null;
  return (
    <div className="fc-report__warning">
      <strong>{label}:</strong>
      <ul>
        {result.warnings.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </div>
  );
}

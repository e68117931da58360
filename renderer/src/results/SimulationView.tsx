// The "Simulation results" screen: run the simulation of the active map (and of the current map
// beside a target), see its figures with their 95 % intervals and the target's change against
// current, utilisation per role and where cases wait. Results edited since are marked out of
// date with one click to run again; a map that cannot be measured says why in words.
import { RefreshCw } from 'lucide-react';
import { useMemo } from 'react';
import type { SimulationResult } from '../../../shared/engine';
import { mapOf } from '../../../shared/editor';
import { formatCount, formatHours, formatMoney, formatNumber } from '../format/numbers';
import { useAppStore } from '../store';
import { AutomationCard } from './AutomationCard';
import { cycleHistogramView } from './cycle-histogram';
import { CycleTimeChart } from './CycleTimeChart';
import { FigureCard } from './FigureCard';
import { EventLogButtons } from './EventLogButtons';
import { difference, simulationFigures, type SimulationFigures } from './result-figures';
import { RoleTable } from './RoleTable';
import { runSimulation } from './run';
import { RunBar } from './RunBar';
import { isOutOfDate, resultKey } from './staleness';
import { StepWaits } from './StepWaits';
import './results.css';

export function SimulationView() {
  const project = useAppStore((s) => s.project);
  const key = useAppStore((s) => s.activeMapKey);
  const simulations = useAppStore((s) => s.simulations);
  const message = useAppStore((s) => s.simulationMessage);
  const mine = simulations[resultKey(key)] ?? null;
  const base = key === 'current' ? null : (simulations.current ?? null);
  const view = useMemo(() => {
    if (project === null) return null;
    return {
      mine: mine && simulationFigures(project, mine.result),
      base: base && simulationFigures(project, base.result),
      stale:
        (mine !== null && isOutOfDate(mine, project, key)) ||
        (base !== null && isOutOfDate(base, project, 'current')),
      histogram: cycleHistogramView([
        { role: 'current', result: base?.result ?? null },
        { role: key === 'current' ? 'current' : 'target', result: mine?.result ?? null },
      ]),
    };
  }, [project, key, mine, base]);
  if (project === null || view === null) return null;
  const map = mapOf(project, key);
  const money = (v: number) => formatMoney(v, project.currency);
  return (
    <section className="fc-results" aria-label="Simulation results">
      <header className="fc-results__head">
        <h2 className="fc-results__title">
          Simulation · {map?.name ?? 'this map'}
          {key !== 'current' && (
            <span className="fc-results__vs"> against the current process</span>
          )}
        </h2>
        <RunBar />
      </header>
      {message !== null && (
        <p className="fc-results__message" role="status">
          {message}
        </p>
      )}
      {view.stale && (
        <p className="fc-results__stale" role="status">
          The project changed since these results were simulated; they are out of date.
          <button
            type="button"
            className="fc-tool fc-tool--text"
            onClick={() => void runSimulation()}
          >
            <RefreshCw size={13} aria-hidden="true" />
            Run again
          </button>
        </p>
      )}
      {mine === null ? (
        <p className="fc-results__empty">
          Run the simulation to see throughput, cycle time, cost per case and the load on each role
          measured case by case, with 95 % intervals
          {key === 'current' ? '.' : ', and this target’s change against the current process.'}
        </p>
      ) : (
        <>
          <Verdict result={mine.result} />
          {view.mine && (
            <dl className="fc-figures__list fc-results__figures">
              <Figures
                mine={view.mine}
                base={view.base}
                money={money}
                hoursPerDay={project.calendar.hoursPerDay}
              />
            </dl>
          )}
          {view.histogram && <CycleTimeChart view={view.histogram} />}
          <div className="fc-results__tables">
            <RoleTable
              current={view.base?.roles ?? (key === 'current' ? (view.mine?.roles ?? null) : null)}
              target={key === 'current' ? null : (view.mine?.roles ?? null)}
            />
            <StepWaits result={mine.result} />
          </div>
          <p className="fc-results__note">
            {formatCount(mine.result.cases)} cases × {mine.result.replications} replications, seed{' '}
            {mine.result.seed}; {mine.result.warmupReason}
          </p>
          <EventLogButtons />
        </>
      )}
    </section>
  );
}

function Verdict({ result }: { result: SimulationResult }) {
  if (result.status === 'ok' && result.warnings.length === 0) return null;
  return (
    <div className={`fc-results__verdict fc-results__verdict--${result.status}`} role="status">
      {result.runTooShort && (
        <p>
          This run is too short to measure: it needs at least {formatCount(result.minimumCases)}{' '}
          cases.{' '}
          <button
            type="button"
            className="fc-tool fc-tool--text"
            onClick={() => {
              const { runSettings } = useAppStore.getState();
              void runSimulation({ ...runSettings, cases: Math.ceil(result.minimumCases * 1.2) });
            }}
          >
            Run with {formatCount(Math.ceil(result.minimumCases * 1.2))} cases
          </button>
        </p>
      )}
      <ul>
        {result.warnings.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </div>
  );
}

function Figures({
  mine,
  base,
  money,
  hoursPerDay,
}: {
  mine: SimulationFigures;
  base: SimulationFigures | null;
  money: (v: number) => string;
  hoursPerDay: number;
}) {
  const hours = formatHours;
  const cases = (v: number) => formatCount(v);
  const change = base !== null;
  const cost = mine.costPerCase;
  return (
    <>
      <FigureCard
        label="Throughput"
        value={mine.throughputPerMonth}
        change={change ? difference(mine.throughputPerMonth, base.throughputPerMonth) : undefined}
        better="higher"
        format={(v) => `${cases(v)} / month`}
      />
      <FigureCard
        label="Cycle time"
        value={mine.cycleTimeHours?.mean ?? null}
        change={
          change
            ? difference(mine.cycleTimeHours?.mean ?? null, base.cycleTimeHours?.mean ?? null)
            : undefined
        }
        better="lower"
        format={hours}
        empty="— (queues grow)"
        detail={
          mine.cycleTimeHours
            ? `median ${hours(mine.cycleTimeHours.p50.mean)}, 90 % within ${hours(mine.cycleTimeHours.p90.mean)} · ${formatNumber(mine.cycleTimeHours.mean.mean / hoursPerDay)} working days`
            : undefined
        }
      />
      <FigureCard
        label="Work in progress"
        value={mine.workInProgress}
        change={change ? difference(mine.workInProgress, base.workInProgress) : undefined}
        better="lower"
        format={(v) => `${formatNumber(v)} cases`}
      />
      <FigureCard
        label="Cost per case"
        value={cost?.total ?? null}
        change={
          change ? difference(cost?.total ?? null, base.costPerCase?.total ?? null) : undefined
        }
        better="lower"
        format={money}
        detail={
          cost
            ? `labour ${money(cost.labour.mean)} · other ${money(cost.nonLabour.mean)} · AI ${money(cost.ai.mean)} · errors ${money(cost.errors.mean)}`
            : undefined
        }
      />
      <FigureCard
        label="Escaped errors, cost a month"
        value={mine.errorCostPerMonth}
        change={change ? difference(mine.errorCostPerMonth, base.errorCostPerMonth) : undefined}
        better="lower"
        format={money}
      />
      <AutomationCard mine={mine} base={base} />
    </>
  );
}

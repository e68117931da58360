/**
 * The headline deltas presenter mode puts on screen, current against target: throughput
 * capacity, cycle time, cost per case and hours freed a month from the flow model (live
 * figures), NPV and payback month from the ROI model, and the probability that NPV > 0 from
 * Monte Carlo. Each tile says its value in words and whether the change is good. Pure.
 */
import { hoursPerMonth } from '../../../shared/engine';
import type { Project } from '../../../shared/model/schema';
import type { RoiResult } from '../../../shared/roi';
import type { MonteCarloResult } from '../../../shared/uncertainty';
import { keyFigures, type KeyFigures } from '../figures/key-figures';
import type { MapFigures } from '../figures/live-figures';
import {
  formatCount,
  formatMoney,
  formatMoneyCompact,
  formatNumber,
  formatShare,
} from '../format/numbers';

export type Tone = 'good' | 'bad' | 'same' | 'none';

export interface Tile {
  readonly id: string;
  readonly label: string;
  /** The target's figure (or the business case's), in words. */
  readonly value: string;
  /** The change against today, in words; empty when there is none to tell. */
  readonly change: string;
  readonly tone: Tone;
}

const signed = (n: number, text: string): string => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${text}`;

function toneOf(change: number | null, better: 'higher' | 'lower'): Tone {
  if (change === null) return 'none';
  if (Math.abs(change) < 1e-9) return 'same';
  return change > 0 === (better === 'higher') ? 'good' : 'bad';
}

/** Hours as people count them in a workshop: "6.5 h" below a working day, else "3.2 days". */
export function durationWords(hours: number, hoursPerDay: number): string {
  if (hours < hoursPerDay) return `${formatNumber(hours)} h`;
  return `${formatNumber(hours / hoursPerDay)} days`;
}

function compare(
  id: string,
  label: string,
  after: number | null,
  before: number | null,
  better: 'higher' | 'lower',
  words: (v: number) => string,
): Tile {
  const change = after === null || before === null ? null : after - before;
  return {
    id,
    label,
    value: after === null ? '—' : words(after),
    change: change === null ? '' : `${signed(change, words(Math.abs(change)))} vs today`,
    tone: toneOf(change, better),
  };
}

export interface HeadlineInputs {
  readonly project: Project;
  readonly current: MapFigures;
  readonly target: MapFigures;
  readonly roi: RoiResult | null;
  /** Null while computing or when the project has no ranges (`uncertainty` says which). */
  readonly monteCarlo: MonteCarloResult | null;
  readonly uncertainty: 'ready' | 'computing' | 'no-ranges' | 'blocked';
}

export function headlineTiles(inputs: HeadlineInputs): Tile[] {
  const { project, roi } = inputs;
  const month = hoursPerMonth(project.calendar);
  const day = project.calendar.hoursPerDay;
  const before: KeyFigures | null = inputs.current.ok
    ? keyFigures(project, inputs.current.flow)
    : null;
  const after: KeyFigures | null = inputs.target.ok
    ? keyFigures(project, inputs.target.flow)
    : null;
  const freed =
    before?.workHoursPerMonth == null || after?.workHoursPerMonth == null
      ? null
      : before.workHoursPerMonth - after.workHoursPerMonth;
  const money = (v: number): string => formatMoneyCompact(v, project.currency);
  const npv = roi?.npv ?? null;
  const payback = roi?.paybackMonth ?? null;
  const p = inputs.monteCarlo?.probNpvPositive ?? null;
  return [
    compare(
      'throughput',
      // Throughput capacity, the most cases a month the teams can handle: what the change buys.
      // Cases done equal the demand on both maps unless one is overloaded: no delta to show.
      'Capacity',
      after?.capacityPerMonth ?? null,
      before?.capacityPerMonth ?? null,
      'higher',
      (v) => `${formatCount(v)} / mo`,
    ),
    compare(
      'cycle-time',
      'Cycle time',
      after?.cycleTimeHours ?? null,
      before?.cycleTimeHours ?? null,
      'lower',
      (v) => durationWords(v, day),
    ),
    compare(
      'cost',
      'Cost per case',
      after?.costPerCase ?? null,
      before?.costPerCase ?? null,
      'lower',
      (v) => formatMoney(v, project.currency),
    ),
    {
      id: 'hours-freed',
      label: 'Hours freed',
      value: freed === null ? '—' : `${formatCount(freed)} h/mo`,
      change: freed === null ? '' : `≈ ${formatNumber(freed / month)} FTE`,
      tone: freed === null ? 'none' : toneOf(freed, 'higher'),
    },
    {
      id: 'npv',
      label: 'NPV',
      value: npv === null ? '—' : money(npv),
      change: roi === null ? '' : `over ${roi.horizonMonths} months`,
      tone: npv === null ? 'none' : npv >= 0 ? 'good' : 'bad',
    },
    {
      id: 'payback',
      label: 'Payback',
      value: roi === null || npv === null ? '—' : payback === null ? 'Never' : `Month ${payback}`,
      change:
        roi === null || npv === null
          ? ''
          : payback === null
            ? `not within ${roi.horizonMonths} months`
            : 'cumulative cash ≥ 0',
      tone: roi === null || npv === null ? 'none' : payback === null ? 'bad' : 'good',
    },
    {
      id: 'p-npv',
      label: 'P(NPV > 0)',
      value:
        p !== null
          ? formatShare(p)
          : inputs.uncertainty === 'no-ranges'
            ? 'No ranges'
            : inputs.uncertainty === 'blocked'
              ? '—'
              : '…',
      change:
        inputs.uncertainty === 'computing'
          ? 'updating'
          : p !== null
            ? `${formatCount(inputs.monteCarlo?.samples ?? 0)} samples`
            : '',
      tone: p === null ? 'none' : p >= 0.5 ? 'good' : 'bad',
    },
  ];
}

/**
 * Why tiles show "—", in one sentence for the room, or null when every figure is there: a map
 * with process problems has no figures at all, which is said before the business case's own
 * blockers (they follow from it).
 */
export function headlineNote(inputs: {
  readonly targetName: string;
  readonly current: MapFigures;
  readonly target: MapFigures;
  readonly roiBlocker: string | null;
}): string | null {
  const lower = (reason: string): string => `${reason.charAt(0).toLowerCase()}${reason.slice(1)}`;
  if (!inputs.target.ok)
    return `No figures for "${inputs.targetName}": ${lower(inputs.target.reason)} Esc returns to the editor, where Problems lists them.`;
  if (!inputs.current.ok)
    return `No figures for today's process: ${lower(inputs.current.reason)} Esc returns to the editor, where Problems lists them.`;
  return inputs.roiBlocker === null ? null : `No business case: ${inputs.roiBlocker}`;
}

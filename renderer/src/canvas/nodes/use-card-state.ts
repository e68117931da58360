// Everything a task or AI card reads from the app store, in one shallow-compared selector: one
// subscription per card instead of one per role, system chip, figure and marker. Every store
// update runs each mounted card's selector, so fewer selectors is less work on every edit; the
// card still re-renders only when one of its own values changes.
import { useShallow } from 'zustand/react/shallow';
import type { AiStep, Role, System, TaskStep } from '../../../../shared/model/schema';
import { readStepFigures, type StepFigureValues } from '../../figures/step-figures';
import { readStepProblem } from '../../figures/use-step-problem';
import { readStepHeat, type StepHeat } from '../../results/wait-heat';
import { useAppStore, type AppState } from '../../store';
import { selectRole } from '../../store/selectors';

const NO_SYSTEMS: readonly System[] = [];

export interface CardState extends StepFigureValues {
  /** The task's role, or the AI step's review role. */
  role: Role | null;
  /** The AI step's fallback role; null for a task. */
  fallbackRole: Role | null;
  /** The project's systems (the array changes only when a system is edited). */
  systems: readonly System[];
  /** The step's first process problem, or null. */
  problem: string | null;
  /** The step's waiting time from the last simulation, while the overlay is on. */
  heat: StepHeat | null;
}

function readCardState(s: AppState, step: TaskStep | AiStep): CardState {
  const roleId = step.kind === 'task' ? step.roleId : step.reviewRoleId;
  return {
    role: selectRole(roleId)(s),
    fallbackRole: step.kind === 'ai' ? selectRole(step.fallbackRoleId)(s) : null,
    systems: s.project?.systems ?? NO_SYSTEMS,
    problem: readStepProblem(s, step.id),
    heat: readStepHeat(s, step.id),
    ...readStepFigures(s, step.id, roleId),
  };
}

export function useCardState(step: TaskStep | AiStep): CardState {
  return useAppStore(useShallow((s: AppState) => readCardState(s, step)));
}

/** The figures part of a card's state, for StepFiguresLine. */
export function figuresOf(card: CardState): StepFigureValues {
  const { visits, hoursPerVisit, utilisation, bottleneck } = card;
  return { visits, hoursPerVisit, utilisation, bottleneck };
}

// Everything a task or AI card reads from the app store, in one shallow-compared selector: one
// subscription per card instead of one per role, system chip, figure and marker. Every store
// update runs each mounted card's selector, so fewer selectors is less work on every edit; the
// card still re-renders only when one of its own values changes.
import { useShallow } from 'zustand/react/shallow';
import type { AiStep, Role, System, TaskStep } from '../../../../shared/model/schema';
import { readStepFigures, type StepFigureValues } from '../../figures/step-figures';
import { readStepProblem } from '../../figures/use-step-problem';
import { readStepHeat, type StepHeat } from '../../results/wait-heat';
import { useAppStore, type AppState, type MapKey } from '../../store';
import { selectRole, selectStepOn } from '../../store/selectors';
import { useShownMap } from '../shown-map';

const NO_SYSTEMS: readonly System[] = [];

export interface CardState<S extends TaskStep | AiStep> extends StepFigureValues {
  /** The step as the document holds it now (the node's copy is current only in its frame). */
  step: S;
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

function readCardState<S extends TaskStep | AiStep>(
  s: AppState,
  drawn: S,
  key: MapKey,
): CardState<S> {
  const found = selectStepOn(s, key, drawn.id);
  const step = found?.kind === drawn.kind ? (found as S) : drawn;
  const roleId = step.kind === 'task' ? step.roleId : step.reviewRoleId;
  return {
    step,
    role: selectRole(roleId)(s),
    fallbackRole: step.kind === 'ai' ? selectRole(step.fallbackRoleId)(s) : null,
    systems: s.project?.systems ?? NO_SYSTEMS,
    problem: readStepProblem(s, step.id, key),
    heat: readStepHeat(s, step.id, key),
    ...readStepFigures(s, step.id, roleId, key),
  };
}

/**
 * A task or AI card's state, `drawn` being the step of its node: React Flow's node is kept
 * while only the step's numbers change (to-flow.ts), so the card reads the step itself here,
 * from the map its canvas draws (shown-map.ts).
 */
export function useCardState<S extends TaskStep | AiStep>(drawn: S): CardState<S> {
  const shown = useShownMap();
  return useAppStore(useShallow((s: AppState) => readCardState(s, drawn, shown ?? s.activeMapKey)));
}

/** The figures part of a card's state, for StepFiguresLine. */
export function figuresOf(card: CardState<TaskStep | AiStep>): StepFigureValues {
  const { visits, hoursPerVisit, utilisation, overloaded, bottleneck } = card;
  return { visits, hoursPerVisit, utilisation, overloaded, bottleneck };
}

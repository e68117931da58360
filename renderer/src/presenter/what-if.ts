/**
 * Presenter mode's live what-if: the few inputs a room asks about (each AI step's automation
 * rate, steady adoption, months to go-live, volume), held as plain values beside the project,
 * and turned into ordinary editor commands (shared/editor) applied to a presenter-local copy.
 * The saved project is never touched here: keeping the what-if is one `replaceProject`
 * command through the store's dispatch, so it is one undo step. Pure: no React, no store.
 */
import { applyCommand, targetOf, type EditCommand } from '../../../shared/editor';
import type { AiStep, Project, TargetMap } from '../../../shared/model/schema';

export interface WhatIf {
  /** Automation rate (0..1) by AI step id of the target. */
  readonly automationRates: Readonly<Record<string, number>>;
  /** Share of cases on the new process once adoption has settled (0..1). */
  readonly steadyShare: number;
  readonly monthsToGoLive: number;
  /** The current map's demand, in cases per its own period; the target's moves in proportion. */
  readonly casesPerPeriod: number;
}

/** The AI steps of `target`, in map order: the ones with an automation-rate control. */
export const aiStepsOf = (target: TargetMap): AiStep[] =>
  target.steps.filter((s): s is AiStep => s.kind === 'ai');

/** The what-if values as `project` holds them for target `targetId` (nothing changed yet). */
export function whatIfOf(project: Project, targetId: string): WhatIf | null {
  const target = targetOf(project, targetId);
  if (target === null) return null;
  return {
    automationRates: Object.fromEntries(aiStepsOf(target).map((s) => [s.id, s.automationRate])),
    steadyShare: target.plan.adoption.steadyShare,
    monthsToGoLive: target.plan.monthsToGoLive,
    casesPerPeriod: project.maps.current.demand.casesPerPeriod,
  };
}

const clampTo =
  (min: number, max: number) =>
  (value: number): number =>
    Math.min(max, Math.max(min, value));

/**
 * The range on `path` moved with its input, so Monte Carlo samples around the what-if value
 * rather than the saved one (else P(NPV > 0) could not follow the control): every value goes
 * through `move`, then into the input's bounds (a monotone clamp keeps low ≤ likely ≤ high).
 * Null when the input has no range.
 */
function movedRange(
  project: Project,
  path: string,
  move: (value: number) => number,
  bounds: (value: number) => number,
): EditCommand | null {
  const range = project.ranges.find((r) => r.path === path);
  if (range === undefined) return null;
  const to = (value: number): number => bounds(move(value));
  return {
    type: 'updateRange',
    path,
    patch: { low: to(range.low), likely: to(range.likely), high: to(range.high) },
  };
}

/**
 * The editor commands that take `project` to `whatIf` for target `targetId`: only the inputs
 * that differ, in a fixed order (automation rates in map order, plan, volume), each followed
 * by the move of its uncertainty range when it has one.
 */
export function whatIfCommands(project: Project, targetId: string, whatIf: WhatIf): EditCommand[] {
  const target = targetOf(project, targetId);
  if (target === null) return [];
  const map = { targetId };
  const commands: EditCommand[] = [];
  const withRange = (path: string, move: (v: number) => number, bounds: (v: number) => number) => {
    const command = movedRange(project, path, move, bounds);
    if (command !== null) commands.push(command);
  };
  const share = clampTo(0, 1);
  const targetPath = `maps.targets.${targetId}`;
  for (const step of aiStepsOf(target)) {
    const rate = whatIf.automationRates[step.id];
    if (rate === undefined || rate === step.automationRate) continue;
    commands.push({ type: 'updateStep', map, stepId: step.id, patch: { automationRate: rate } });
    const by = rate - step.automationRate;
    withRange(`${targetPath}.steps.${step.id}.automationRate`, (v) => v + by, share);
  }
  const plan = target.plan;
  const planPatch = {
    ...(whatIf.steadyShare === plan.adoption.steadyShare
      ? {}
      : {
          adoption: {
            ...plan.adoption,
            steadyShare: whatIf.steadyShare,
            // A start above the steady share would make adoption fall: keep it at most equal.
            startShare: Math.min(plan.adoption.startShare, whatIf.steadyShare),
          },
        }),
    ...(whatIf.monthsToGoLive === plan.monthsToGoLive
      ? {}
      : { monthsToGoLive: whatIf.monthsToGoLive }),
  };
  if (Object.keys(planPatch).length > 0)
    commands.push({ type: 'updatePlan', targetId, patch: planPatch });
  if (whatIf.steadyShare !== plan.adoption.steadyShare) {
    const by = whatIf.steadyShare - plan.adoption.steadyShare;
    withRange(`${targetPath}.plan.adoption.steadyShare`, (v) => v + by, share);
  }
  if (whatIf.monthsToGoLive !== plan.monthsToGoLive) {
    const by = whatIf.monthsToGoLive - plan.monthsToGoLive;
    withRange(`${targetPath}.plan.monthsToGoLive`, (v) => v + by, clampTo(0, Infinity));
  }
  const before = project.maps.current.demand.casesPerPeriod;
  if (whatIf.casesPerPeriod !== before) {
    commands.push({
      type: 'updateDemand',
      map: 'current',
      patch: { casesPerPeriod: whatIf.casesPerPeriod },
    });
    // The same cases go through either process: the target's demand moves in proportion.
    const scale = before > 0 ? whatIf.casesPerPeriod / before : 1;
    const targetCases = before > 0 ? target.demand.casesPerPeriod * scale : whatIf.casesPerPeriod;
    if (targetCases !== target.demand.casesPerPeriod)
      commands.push({ type: 'updateDemand', map, patch: { casesPerPeriod: targetCases } });
    const volume = clampTo(0, Infinity);
    withRange('maps.current.demand.casesPerPeriod', (v) => v * scale, volume);
    withRange(`${targetPath}.demand.casesPerPeriod`, (v) => v * scale, volume);
  }
  return commands;
}

export type WhatIfResult =
  | { readonly ok: true; readonly project: Project; readonly changed: number }
  | { readonly ok: false; readonly reason: string };

/** `project` with `whatIf` applied to target `targetId` through the editor's commands. */
export function applyWhatIf(project: Project, targetId: string, whatIf: WhatIf): WhatIfResult {
  let next = project;
  const commands = whatIfCommands(project, targetId, whatIf);
  for (const command of commands) {
    const result = applyCommand(next, command);
    if (!result.ok) return { ok: false, reason: result.reason };
    next = result.project;
  }
  return { ok: true, project: next, changed: commands.length };
}

/** The undo menu's name for keeping a what-if: "Presenter what-if (automation rate, volume)". */
export function whatIfLabel(project: Project, targetId: string, whatIf: WhatIf): string {
  const names = whatIfCommands(project, targetId, whatIf).flatMap((c) => {
    switch (c.type) {
      case 'updateRange':
        return []; // moves with its input, which is named already
      case 'updateStep':
        return 'automation rate';
      case 'updatePlan':
        return 'plan';
      case 'updateDemand':
        return 'volume';
      default:
        return 'inputs';
    }
  });
  const unique = [...new Set(names)];
  return unique.length === 0 ? 'Presenter what-if' : `Presenter what-if (${unique.join(', ')})`;
}

/**
 * The one command that keeps `whatIf` in the document `project` (the store's present, which
 * may have moved on since presenter mode opened): a `replaceProject` with a label, so the
 * whole what-if is one undo step. Null when it changes nothing or cannot apply.
 */
export function keepCommand(
  project: Project,
  targetId: string,
  whatIf: WhatIf,
): EditCommand | null {
  const applied = applyWhatIf(project, targetId, whatIf);
  if (!applied.ok || applied.changed === 0) return null;
  return {
    type: 'replaceProject',
    project: applied.project,
    label: whatIfLabel(project, targetId, whatIf),
  };
}

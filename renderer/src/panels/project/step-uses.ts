// The steps that use a role or a system, grouped by map for reading: "Current process: Key in,
// Match; AI match: Review".
import type { StepUse } from '../../../../shared/editor';

export interface MapUses {
  readonly mapName: string;
  readonly stepNames: readonly string[];
}

/** `uses` grouped by map, maps and steps in the order given (the project's order). */
export function usesByMap(uses: readonly StepUse[]): MapUses[] {
  const groups: { mapName: string; stepNames: string[] }[] = [];
  for (const use of uses) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last.mapName === use.mapName) last.stepNames.push(use.step.name);
    else groups.push({ mapName: use.mapName, stepNames: [use.step.name] });
  }
  return groups;
}

/** "1 step", "3 steps". */
export function stepCount(count: number): string {
  return `${count} ${count === 1 ? 'step' : 'steps'}`;
}

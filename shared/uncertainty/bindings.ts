/**
 * Binding uncertainty ranges to a working copy of the project: each usable range becomes a
 * setter that writes a sampled value straight into the copy, plus what the value can change
 * (`RangeEffect`) so a sample recomputes only that. Ranges that cannot be used are returned
 * with a reason in words, never thrown: a path that names no number, values out of order or
 * outside what the model accepts for that input (model validation reports both; the editor
 * keeps such a document while the user fixes it, and a low value of 1e308 or a likely value
 * above the high one would turn every percentile into NaN or Infinity), a second range on
 * the same input, a range on another scenario.
 *
 * Rules a setter applies:
 * - Whole-month and whole-day inputs (`INTEGER_FIELDS`) are rounded to the nearest integer.
 * - A decision's probabilities must sum to 1, so one ranged flow probability cannot move
 *   alone: its sibling flows (same decision, not ranged) share the rest, 1 − p, in proportion
 *   to their values in the model (equally if those are all 0). Two ranges on flows of one
 *   decision are refused, since they could not both hold.
 */
import type { Flow, Project, TargetMap } from '../model/schema';
import { inputChild } from '../model/input-path';
import { FIELD_BOUNDS } from '../model/range-bounds';
import { rangeProblems } from '../model/range-check';

/**
 * Inputs that count whole months or days (whole numbers in the schema, as validation reads
 * them: `FIELD_BOUNDS`): sampled values are rounded.
 */
export const INTEGER_FIELDS: ReadonlySet<string> = new Set(
  [...FIELD_BOUNDS].filter(([, bounds]) => bounds.wholeNumber).map(([field]) => field),
);

/**
 * What a range's input feeds: the current or target map's cost per case (`both` for a role's
 * cost per hour), a map's expected visits (a decision probability), the plan, volume and
 * finance figures (`plan`, cheap), or nothing the NPV reads (`none`: headcount, positions,
 * the target's own demand, ...).
 */
export type RangeEffect =
  'current' | 'target' | 'both' | 'current-flows' | 'target-flows' | 'plan' | 'none';

export interface SkippedRange {
  /** The range's path. */
  readonly input: string;
  readonly label: string;
  readonly reason: string;
}

export interface RangeBinding {
  /** Index of the range in `project.ranges`. */
  readonly index: number;
  readonly effect: RangeEffect;
  /** Write `value` (already sampled) into the working copy. */
  readonly set: (value: number) => void;
  /**
   * The object `set` writes to and its field's position in `FAST_FIELDS`, when a plain
   * store is all `set` does (not rounded, no sibling flows); otherwise `field` is −1.
   * `storeField(parent, field, value)` is then the same write, faster in a hot loop.
   */
  readonly parent: object;
  readonly field: number;
}

/**
 * Fields the hot loops write through `storeField`: the step, role and duration numbers ranges
 * usually sit on. A write through `set` is a call with a boxed number and a store V8 cannot
 * specialise (every range's object and key pass the same spot); `storeField` has one named
 * store per field, so V8 writes the number in place (measured: about 1 ms of the 10 000-sample
 * Monte Carlo). Any other field still works through `set`.
 */
export const FAST_FIELDS = [
  'costPerCase',
  'costPerError',
  'errorRate',
  'costPerEscapedError',
  'escapedErrorRate',
  'automationRate',
  'availability',
  'qaSampleRate',
  'costPerHour',
  'value',
  'min',
  'mode',
  'max',
  'mean',
  'sd',
] as const;

type Fields = Record<(typeof FAST_FIELDS)[number], number>;

/** `parent[FAST_FIELDS[field]] = value`, with a named store for each field. */
export function storeField(parent: object, field: number, value: number): void {
  const o = parent as Fields;
  switch (field) {
    case 0:
      o.costPerCase = value;
      break;
    case 1:
      o.costPerError = value;
      break;
    case 2:
      o.errorRate = value;
      break;
    case 3:
      o.costPerEscapedError = value;
      break;
    case 4:
      o.escapedErrorRate = value;
      break;
    case 5:
      o.automationRate = value;
      break;
    case 6:
      o.availability = value;
      break;
    case 7:
      o.qaSampleRate = value;
      break;
    case 8:
      o.costPerHour = value;
      break;
    case 9:
      o.value = value;
      break;
    case 10:
      o.min = value;
      break;
    case 11:
      o.mode = value;
      break;
    case 12:
      o.max = value;
      break;
    case 13:
      o.mean = value;
      break;
    case 14:
      o.sd = value;
      break;
  }
}

type Node = Record<string, unknown>;

/** The object holding the number at `path`, and its key; undefined when the path names no number. */
function locate(
  root: unknown,
  segments: readonly string[],
): { parent: Node; key: string } | undefined {
  let parent: unknown = root;
  for (const segment of segments.slice(0, -1)) {
    parent = inputChild(parent, segment);
    if (parent === undefined) return undefined;
  }
  const key = segments[segments.length - 1] as string;
  if (parent === null || typeof parent !== 'object' || Array.isArray(parent)) return undefined;
  const value = inputChild(parent, key);
  return typeof value === 'number' && Number.isFinite(value)
    ? { parent: parent as Node, key }
    : undefined;
}

function effectOf(segments: readonly string[], targetId: string): RangeEffect | { other: string } {
  const [head, second, third, fourth] = segments;
  const last = segments[segments.length - 1];
  if (head === 'roles') return last === 'costPerHour' ? 'both' : 'none';
  if (head === 'systems' || head === 'finance' || head === 'calendar') return 'plan';
  if (head !== 'maps') return 'none';
  const side = second === 'current' ? 'current' : 'target';
  const section = second === 'current' ? third : fourth;
  if (second === 'targets' && third !== targetId) return { other: third ?? '' };
  if (section === 'steps') return last === 'x' || last === 'y' ? 'none' : side;
  if (section === 'flows') return last === 'probability' ? `${side}-flows` : 'none';
  if (section === 'plan') return 'plan';
  if (section === 'demand') return side === 'current' ? 'plan' : 'none';
  return 'none';
}

/**
 * Bind every usable range of `project` to `copy` (a deep copy of it that the caller owns).
 * `target` names the scenario being evaluated; ranges on other scenarios are skipped.
 */
export function bindRanges(
  project: Project,
  copy: Project,
  target: TargetMap,
): { bindings: RangeBinding[]; skipped: SkippedRange[] } {
  const bindings: RangeBinding[] = [];
  const skipped: SkippedRange[] = [];
  const seen = new Set<string>();
  // Decision probability ranges by "<map>/<from step>", to refuse two on one decision.
  const decisions = new Map<string, number[]>();
  project.ranges.forEach((range, index) => {
    const skip = (reason: string): void => {
      skipped.push({ input: range.path, label: range.label, reason });
    };
    const segments = range.path.split('.');
    const found = locate(copy, segments);
    if (found === undefined) return skip(`"${range.path}" does not name a number in this project`);
    const [problem] = rangeProblems(project, range);
    if (problem !== undefined) return skip(problem);
    if (seen.has(range.path)) return skip('another range already varies this input');
    seen.add(range.path);
    const effect = effectOf(segments, target.id);
    if (typeof effect === 'object') {
      const other = project.maps.targets.find((t) => t.id === effect.other);
      return skip(`it belongs to the scenario "${other?.name ?? effect.other}", not this one`);
    }
    const { parent, key } = found;
    const integer = INTEGER_FIELDS.has(key);
    let set = (value: number): void => {
      parent[key] = integer ? Math.round(value) : value;
    };
    let field = integer ? -1 : (FAST_FIELDS as readonly string[]).indexOf(key);
    if (effect === 'current-flows' || effect === 'target-flows') {
      const map =
        effect === 'current-flows'
          ? copy.maps.current
          : copy.maps.targets.find((t) => t.id === target.id);
      const flow = parent as unknown as Flow;
      const from = map?.steps.find((s) => s.id === flow.from);
      if (map !== undefined && from?.kind === 'decision') {
        const group = `${map.id}/${from.id}`;
        decisions.set(group, [...(decisions.get(group) ?? []), bindings.length]);
        set = siblingSetter(flow, map.flows);
        field = -1;
      }
    }
    bindings.push({ index, effect, set, parent, field });
  });
  const refused = new Set<number>();
  for (const [group, members] of decisions) {
    if (members.length < 2) continue;
    for (const b of members) refused.add(b);
    const decision = group.split('/')[1] ?? group;
    for (const b of members) {
      const range = project.ranges[(bindings[b] as RangeBinding).index];
      if (range)
        skipped.push({
          input: range.path,
          label: range.label,
          reason: `several ranges sit on the probabilities of decision "${decision}", which must add up to 100 %; keep one and the other flows share the rest`,
        });
    }
  }
  return { bindings: bindings.filter((_, b) => !refused.has(b)), skipped };
}

/** Setter for a decision flow's probability that hands the rest to its siblings in proportion. */
function siblingSetter(flow: Flow, flows: readonly Flow[]): (value: number) => void {
  const siblings = flows.filter((f) => f.from === flow.from && f !== flow);
  const base = siblings.map((f) => f.probability ?? 0);
  const baseSum = base.reduce((sum, p) => sum + p, 0);
  return (value: number): void => {
    flow.probability = value;
    const rest = 1 - value;
    siblings.forEach((f, i) => {
      f.probability = baseSum > 0 ? ((base[i] as number) * rest) / baseSum : rest / siblings.length;
    });
  };
}

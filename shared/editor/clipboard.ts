/**
 * The clipboard format for copy, cut and paste of steps: within a map, across maps and across
 * projects. Owns the shape of what is copied (`ClipboardContent`), reading it back from any
 * text, and placing it into a map.
 *
 * Promises:
 * - A copy holds the selected steps, the flows between them (a flow to a step left behind is
 *   dropped), and the project's roles and systems those steps use, so a paste into another
 *   project brings them along.
 * - Reading never throws and trusts nothing: text is bounded before it is parsed (1 MB, 2 000
 *   steps), then checked with the file format's own schemas; anything else comes back as one
 *   sentence for the analyst.
 * - Pasting is a pure function with structural sharing: every pasted step and flow gets an id
 *   unique in the map, flows follow their steps, and positions keep their arrangement and stay
 *   inside the file format's bounds. Untouched parts of the project are the same objects.
 */
import { z } from 'zod';
import { plainNumber } from '../model/labels';
import { LIMITS } from '../model/limits';
import {
  FlowSchema,
  RoleSchema,
  StepSchema,
  SystemSchema,
  type Flow,
  type ProcessMap,
  type Project,
  type Role,
  type Step,
  type System,
} from '../model/schema';
import { assertNever } from '../util/assert-never';
import { clampCoordinate } from './arrange';
import { uniqueId } from './unique-id';
import { isRecord } from '../util/is-record';

/** Copied steps with what they need: the flows between them and the roles and systems they use. */
export interface ClipboardContent {
  format: 'flowcase/steps';
  version: 1;
  /** Copies of the selected steps, in map order. */
  steps: Step[];
  /** The flows whose two ends are both among `steps`, in map order. */
  flows: Flow[];
  /** The project's roles the steps name (task role; AI owner, review and fallback roles). */
  roles: Role[];
  /** The project's systems the steps use. */
  systems: System[];
}

/** What reading the clipboard gives: content to paste, or why there is none. */
export type ClipboardRead = { ok: true; content: ClipboardContent } | { ok: false; reason: string };

export const CLIPBOARD_FORMAT = 'flowcase/steps';
const CLIPBOARD_VERSION = 1;

/**
 * Longest clipboard text read, in characters (1 MB of JSON text). It bounds the work of
 * parsing, which follows the length of the text. A step of the samples with its flows takes
 * about 400 characters, so this holds some 2 500 steps with short notes.
 */
export const MAX_CLIPBOARD_LENGTH = 1024 * 1024;
/** Most steps one paste may hold: as many as one map holds. */
export const MAX_CLIPBOARD_STEPS = LIMITS.maxStepsPerMap;

const ClipboardSchema = z.strictObject({
  format: z.literal(CLIPBOARD_FORMAT),
  version: z.literal(CLIPBOARD_VERSION),
  steps: z.array(StepSchema).max(MAX_CLIPBOARD_STEPS),
  flows: z.array(FlowSchema).max(LIMITS.maxListLength),
  roles: z.array(RoleSchema).max(LIMITS.maxListLength),
  systems: z.array(SystemSchema).max(LIMITS.maxListLength),
});

const NO_STEPS = 'The clipboard holds no Flowcase steps, so there is nothing to paste.';
const TOO_LONG =
  'The clipboard holds more than 1 MB of Flowcase steps, more than Flowcase pastes at once; copy fewer steps.';
const NEWER =
  'The clipboard holds steps copied from a newer version of Flowcase, which this version cannot paste.';
const DAMAGED =
  'The clipboard holds Flowcase steps that are damaged or incomplete, so they cannot be pasted.';
const tooMany = (count: number): string =>
  `The clipboard holds ${plainNumber(count)} steps, more than the ${plainNumber(MAX_CLIPBOARD_STEPS)} a map can hold; copy fewer steps.`;

/** The role ids a step names. */
function roleIdsOf(step: Step): (string | null)[] {
  switch (step.kind) {
    case 'task':
      return [step.roleId];
    case 'ai':
      return [step.ownerRoleId, step.reviewRoleId, step.fallbackRoleId];
    case 'start':
    case 'end':
    case 'decision':
    case 'parallel-split':
    case 'parallel-join':
      return [];
    default:
      return assertNever(step);
  }
}

/** The system ids a step uses. */
function systemIdsOf(step: Step): readonly string[] {
  return step.kind === 'task' || step.kind === 'ai' ? step.systemIds : [];
}

/**
 * What a copy of the steps `stepIds` of `map` puts on the clipboard: those steps (ids not
 * in the map are ignored), the flows between them, and the roles and systems of `project`
 * they use, all in the order of the map and project. Shares the step, flow, role and system
 * objects with `project`; nothing may change them.
 */
export function copySteps(
  project: Project,
  map: ProcessMap,
  stepIds: readonly string[],
): ClipboardContent {
  const wanted = new Set(stepIds);
  const steps = map.steps.filter((s) => wanted.has(s.id));
  const copied = new Set(steps.map((s) => s.id));
  const flows = map.flows.filter((f) => copied.has(f.from) && copied.has(f.to));
  const roleIds = new Set(steps.flatMap(roleIdsOf));
  const systemIds = new Set(steps.flatMap(systemIdsOf));
  return {
    format: CLIPBOARD_FORMAT,
    version: CLIPBOARD_VERSION,
    steps,
    flows,
    roles: project.roles.filter((r) => roleIds.has(r.id)),
    systems: project.systems.filter((s) => systemIds.has(s.id)),
  };
}

/** The clipboard text for `content`: JSON that `readClipboard` reads back. */
export function clipboardText(content: ClipboardContent): string {
  return JSON.stringify(content);
}

const hasDuplicateIds = (items: readonly { id: string }[]): boolean =>
  new Set(items.map((i) => i.id)).size !== items.length;

/**
 * The steps in clipboard `text`, checked with the file format's schemas, or a sentence
 * saying why there are none to paste. Text that is not Flowcase content gives `The
 * clipboard holds no Flowcase steps, so there is nothing to paste.` Never throws, whatever
 * the text.
 */
export function readClipboard(text: string): ClipboardRead {
  try {
    return read(text);
  } catch {
    // Nothing above is expected to throw; if a runtime limit does, the text is still refused.
    return { ok: false, reason: DAMAGED };
  }
}

function read(text: string): ClipboardRead {
  const refuse = (reason: string): ClipboardRead => ({ ok: false, reason });
  if (typeof text !== 'string') return refuse(NO_STEPS);
  if (text.length > MAX_CLIPBOARD_LENGTH)
    return refuse(text.includes(CLIPBOARD_FORMAT) ? TOO_LONG : NO_STEPS);
  // Every clipboard text is one JSON object; anything else is not worth parsing.
  if (!text.trimStart().startsWith('{')) return refuse(NO_STEPS);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse(NO_STEPS);
  }
  if (!isRecord(data) || data.format !== CLIPBOARD_FORMAT) return refuse(NO_STEPS);
  if (typeof data.version === 'number' && data.version > CLIPBOARD_VERSION) return refuse(NEWER);
  if (Array.isArray(data.steps) && data.steps.length > MAX_CLIPBOARD_STEPS)
    return refuse(tooMany(data.steps.length));
  const parsed = ClipboardSchema.safeParse(data);
  if (!parsed.success) return refuse(DAMAGED);
  const content = parsed.data;
  if (
    hasDuplicateIds(content.steps) ||
    hasDuplicateIds(content.flows) ||
    hasDuplicateIds(content.roles) ||
    hasDuplicateIds(content.systems)
  )
    return refuse(DAMAGED);
  return { ok: true, content };
}

/** A paste's outcome: the new project and map, and the ids the pasted steps and flows got. */
export interface PasteResult {
  project: Project;
  /** The map with the pasted steps and flows at its end, as it is in `project`. */
  map: ProcessMap;
  /** New ids of the pasted steps, in clipboard order. */
  stepIds: string[];
  /** New ids of the pasted flows, in clipboard order. */
  flowIds: string[];
}

/** How far the group's top-left (smallest x, smallest y of the centres) moves to reach `at`. */
function offsetTo(steps: readonly Step[], at: { x: number; y: number }): { x: number; y: number } {
  const left = steps.reduce((min, s) => Math.min(min, s.position.x), Infinity);
  const top = steps.reduce((min, s) => Math.min(min, s.position.y), Infinity);
  const dx = at.x - left;
  const dy = at.y - top;
  return { x: Number.isFinite(dx) ? dx : 0, y: Number.isFinite(dy) ? dy : 0 };
}

/** The `items` whose id none of `present` has, each id once, in order. */
function missing<T extends { id: string }>(items: readonly T[], present: readonly T[]): T[] {
  const seen = new Set(present.map((i) => i.id));
  const result: T[] = [];
  for (const item of items) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    result.push(item);
  }
  return result;
}

/** The flows of `content` a paste keeps: those whose two ends are both pasted steps. */
function keptFlows(content: ClipboardContent): Flow[] {
  const ids = new Set(content.steps.map((s) => s.id));
  return content.flows.filter((f) => ids.has(f.from) && ids.has(f.to));
}

/**
 * Why pasting `content` into `map` of `project` would make a list longer than the file
 * format allows (steps in a map, flows, roles, systems), as a sentence; null when it fits.
 * `pasteSteps` does not check this itself: ask first.
 */
export function pasteProblem(
  project: Project,
  map: ProcessMap,
  content: ClipboardContent,
): string | null {
  const steps = map.steps.length + content.steps.length;
  if (steps > LIMITS.maxStepsPerMap)
    return `Pasting ${plainNumber(content.steps.length)} steps would give the map ${plainNumber(steps)}, more than the ${plainNumber(LIMITS.maxStepsPerMap)} a map can hold.`;
  const lists = [
    ['flows in the map', map.flows.length + keptFlows(content).length],
    ['roles', project.roles.length + missing(content.roles, project.roles).length],
    ['systems', project.systems.length + missing(content.systems, project.systems).length],
  ] as const;
  for (const [what, count] of lists)
    if (count > LIMITS.maxListLength)
      return `Pasting these steps would make ${plainNumber(count)} ${what}, more than the ${plainNumber(LIMITS.maxListLength)} a project can hold.`;
  return null;
}

/**
 * `content` pasted into `map`, which must be `project.maps.current` or one of its targets (the
 * same object). Returns the new project with that map replaced, the new map, and the new ids:
 * - every pasted step and flow gets an id unique in the map, from its own id (`approve`, or
 *   `approve-2` when taken); flows join the new steps, and a flow whose ends are not both
 *   pasted is left out;
 * - positions keep their arrangement, with the group's top-left (smallest x and smallest y of
 *   the centres) moved to `at`; each stays within ±1e6;
 * - roles and systems the project lacks (by id) are appended; one it has is kept as it is.
 * A second start step is pasted like any other: validation reports two starts, which is normal
 * while drawing. Check `pasteProblem` first: this does not refuse a paste that makes a list
 * longer than the file format allows. Nothing is changed in place; parts not touched are
 * shared with `project`. Empty content gives `project` and `map` back as they are.
 *
 * @throws Error when `map` is not one of `project`'s maps: a programming error.
 */
export function pasteSteps(
  project: Project,
  map: ProcessMap,
  content: ClipboardContent,
  at: { x: number; y: number },
): PasteResult {
  const { targets } = project.maps;
  const targetIndex = targets.findIndex((t: ProcessMap) => t === map);
  const target = targets[targetIndex];
  if (project.maps.current !== map && target === undefined)
    throw new Error('pasteSteps: the map is not in the project');
  if (content.steps.length === 0) return { project, map, stepIds: [], flowIds: [] };

  const offset = offsetTo(content.steps, at);
  const takenSteps = new Set(map.steps.map((s) => s.id));
  const newIds = new Map<string, string>();
  const steps = content.steps.map((step): Step => {
    const id = uniqueId(step.id, takenSteps);
    takenSteps.add(id);
    if (!newIds.has(step.id)) newIds.set(step.id, id);
    const position = {
      x: clampCoordinate(step.position.x + offset.x),
      y: clampCoordinate(step.position.y + offset.y),
    };
    return { ...step, id, position };
  });
  const takenFlows = new Set(map.flows.map((f) => f.id));
  const flows: Flow[] = [];
  for (const flow of content.flows) {
    const from = newIds.get(flow.from);
    const to = newIds.get(flow.to);
    if (from === undefined || to === undefined) continue; // an end was not copied
    const id = uniqueId(flow.id, takenFlows);
    takenFlows.add(id);
    flows.push({ ...flow, id, from, to });
  }

  const grow = <T extends ProcessMap>(m: T): T => ({
    ...m,
    steps: [...m.steps, ...steps],
    flows: [...m.flows, ...flows],
  });
  const newRoles = missing(content.roles, project.roles);
  const newSystems = missing(content.systems, project.systems);
  const grownTarget = target === undefined ? undefined : grow(target);
  const next = grownTarget ?? grow(project.maps.current);
  const maps =
    grownTarget === undefined
      ? { ...project.maps, current: next }
      : { ...project.maps, targets: targets.with(targetIndex, grownTarget) };
  return {
    project: {
      ...project,
      roles: newRoles.length > 0 ? [...project.roles, ...newRoles] : project.roles,
      systems: newSystems.length > 0 ? [...project.systems, ...newSystems] : project.systems,
      maps,
    },
    map: next,
    stepIds: steps.map((s) => s.id),
    flowIds: flows.map((f) => f.id),
  };
}

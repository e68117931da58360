/**
 * The editor benchmark's 1 000-step map (issue 10, "Speed"): a blank project's current map
 * replaced by exactly 1 000 steps over 20 roles, valid (no semantic problems), laid out on a
 * grid so the whole map fits in a 1920 x 1080 window at React Flow's smallest zoom (0.1).
 *
 * Shape: start -> a chain of tasks, every 8th an AI step (the 2nd, 10th, ...) (review and fallback roles), every
 * 17th a decision whose two branches (70 % / 30 %) rejoin at the next step -> a final check
 * that sends 15 % of cases to a rework step looping back 6 steps (the one rework loop) -> end.
 * Layout: bands of two rows, the chain left to right on a band's upper row, `COLUMNS` steps
 * per band; a decision's 30 % branch sits on the lower row, under the 70 % one.
 *
 * The project is `blankProject()` with these steps, the blank project's role kept: it is what
 * the app holds after New project > Blank project, deleting its start and end, and pasting
 * `map1000ClipboardText()` (the roles travel with the paste). Demand and headcounts keep
 * every role below 100 % busy, so the key figures are computed.
 */
import { blankProject, clipboardText, copySteps } from '../../shared/editor';
import type { AiStep, Flow, Project, Role, Step, TaskStep } from '../../shared/model/schema';
import { branch, flow, lognormal, triangular } from '../../shared/samples/build-helpers';

export const MAP_STEPS = 1000;
export const MAP_ROLES = 20;
/** Chain steps per band (one row), and the grid in map units (a card is about 176 x 120). */
const COLUMNS = 46;
const COLUMN_WIDTH = 220;
const ROW_HEIGHT = 170;
/** Every 8th chain step is an AI step, the first one second in line (in view after a paste). */
const AI_EVERY = 8;
const AI_FIRST = 2;
const DECISION_EVERY = 17;
/** How far back the final check's rework step sends a case, in chain steps. */
const LOOP_BACK = 6;

const roleId = (i: number): string => `role-${i % MAP_ROLES}`;

/** Where the chain's next step goes: a band and a column on the band's upper row. */
interface Cursor {
  band: number;
  column: number;
}

const at = (c: Cursor, lower = false): { x: number; y: number } => ({
  x: c.column * COLUMN_WIDTH,
  y: (2 * c.band + (lower ? 1 : 0)) * ROW_HEIGHT,
});

/** Move the cursor on by one column, to the next band when this one is full. */
function advance(c: Cursor): void {
  c.column++;
  if (c.column >= COLUMNS) {
    c.band++;
    c.column = 0;
  }
}

/** Start a new band unless `columns` more columns fit on this one. */
function reserve(c: Cursor, columns: number): void {
  if (c.column + columns > COLUMNS) {
    c.band++;
    c.column = 0;
  }
}

function taskStep(id: string, name: string, position: { x: number; y: number }, i: number) {
  const step: TaskStep = {
    id,
    name,
    position,
    notes: '',
    kind: 'task',
    roleId: roleId(i),
    handlingMinutes: triangular(1, 2, 4),
    waitMinutes: null,
    costPerCase: 0.05,
    systemIds: [],
    errorRate: 0.01,
    costPerError: 10,
  };
  return step;
}

function aiStep(id: string, name: string, position: { x: number; y: number }, i: number) {
  const step: AiStep = {
    id,
    name,
    position,
    notes: '',
    kind: 'ai',
    systemIds: [],
    ownerRoleId: roleId(i + 1),
    availability: 0.98,
    latencyMinutes: lognormal(0.2, 0.1),
    costPerCase: 0.04,
    automationRate: 0.7,
    reviewRoleId: roleId(i),
    reviewMinutes: triangular(0.5, 1, 2),
    qaSampleRate: 0.05,
    escapedErrorRate: 0.02,
    costPerEscapedError: 40,
    fallbackRoleId: roleId(i + 2),
    fallbackMinutes: triangular(1, 2, 4),
    driftPerMonth: 0,
    operatingPoints: [],
  };
  return step;
}

/** The steps and flows of the map, in chain order. */
function mapContent(): { steps: Step[]; flows: Flow[] } {
  const steps: Step[] = [];
  const flows: Flow[] = [];
  const cursor: Cursor = { band: 0, column: 0 };
  /** The steps whose way out leads to the next chain step (two after a decision). */
  let exits: string[] = [];
  const chainIds: string[] = [];
  const enter = (id: string): void => {
    for (const from of exits) flows.push(flow(from, id));
    chainIds.push(id);
  };

  steps.push({ id: 'start', name: 'Case arrives', kind: 'start', position: at(cursor), notes: '' });
  exits = ['start'];
  advance(cursor);

  // Leave room for the final check (decision, rework step) and the end.
  const chainSteps = MAP_STEPS - 3;
  for (let unit = 1; steps.length < chainSteps; unit++) {
    const left = chainSteps - steps.length;
    if (unit % DECISION_EVERY === 0 && left >= 3) {
      reserve(cursor, 2);
      const d = `d${unit}`;
      const a = `d${unit}-ok`;
      const b = `d${unit}-other`;
      steps.push({
        id: d,
        name: `Check ${unit}`,
        kind: 'decision',
        position: at(cursor),
        notes: '',
      });
      enter(d);
      advance(cursor);
      steps.push(taskStep(a, `Usual path ${unit}`, at(cursor), unit));
      steps.push(taskStep(b, `Special path ${unit}`, at(cursor, true), unit + 7));
      flows.push(branch(d, a, 0.7, 'Usual'), branch(d, b, 0.3, 'Special'));
      advance(cursor);
      exits = [a, b];
      continue;
    }
    const id = `s${unit}`;
    const position = at(cursor);
    steps.push(
      unit % AI_EVERY === AI_FIRST
        ? aiStep(id, `AI step ${unit}`, position, unit)
        : taskStep(id, `Step ${unit}`, position, unit),
    );
    enter(id);
    exits = [id];
    advance(cursor);
  }

  // The one rework loop: a final check sends some cases back LOOP_BACK chain steps.
  reserve(cursor, 2);
  const back = chainIds[chainIds.length - LOOP_BACK] as string;
  steps.push({
    id: 'final-check',
    name: 'Final check',
    kind: 'decision',
    position: at(cursor),
    notes: '',
  });
  enter('final-check');
  advance(cursor);
  steps.push({ id: 'end', name: 'Case closed', kind: 'end', position: at(cursor), notes: '' });
  steps.push(taskStep('rework', 'Rework', at(cursor, true), 3));
  flows.push(
    branch('final-check', 'end', 0.85, 'Done'),
    branch('final-check', 'rework', 0.15, 'Rework'),
    flow('rework', back),
  );
  return { steps, flows };
}

const roles = (): Role[] =>
  Array.from({ length: MAP_ROLES }, (_, r) => ({
    id: roleId(r),
    name: `Role ${r + 1}`,
    headcount: 7,
    costPerHour: 40 + r,
  }));

/** The blank project with the 1 000-step map as its current map and the 20 roles added. */
export function map1000Project(): Project {
  const blank = blankProject();
  const { steps, flows } = mapContent();
  return {
    ...blank,
    roles: [...blank.roles, ...roles()],
    maps: { ...blank.maps, current: { ...blank.maps.current, steps, flows } },
  };
}

/** The clipboard text of all 1 000 steps, as the app's Copy writes it. */
export function map1000ClipboardText(project: Project = map1000Project()): string {
  const map = project.maps.current;
  return clipboardText(
    copySteps(
      project,
      map,
      map.steps.map((s) => s.id),
    ),
  );
}

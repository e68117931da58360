/**
 * Properties over random sequences of edits, as issue 10 asks: after any sequence the document
 * still has the file's shape (saving and reading it back gives the same project, problems and
 * all), its problems and figures are those of a fresh copy, and undoing every step gives back
 * the very document the sequence started from.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeFlowModel } from '../engine/flow-model';
import { readProjectDocument } from '../model/parse';
import type { Project, StepKind } from '../model/schema';
import { validateSemantics } from '../model/semantics';
import { serializeDocument } from '../model/serialize';
import { minimalProject } from '../model/testing/minimal-project';
import { SAMPLES } from '../samples';
import { applyCommand } from './apply';
import { copySteps } from './clipboard';
import type { EditCommand } from './command';
import { blankProject } from './defaults';
import { createHistory, record, undo, type History } from './history';
import { mapOf, type MapRef } from './map-ref';
import { STEP_KINDS } from '../model/step-kinds';

const KINDS: readonly StepKind[] = STEP_KINDS;

/** An edit in the abstract: which kind, and numbers that pick what it applies to. */
interface Intent {
  readonly op: number;
  readonly a: number;
  readonly b: number;
  readonly x: number;
  readonly y: number;
  readonly value: number;
  readonly text: string;
}

const intent: fc.Arbitrary<Intent> = fc.record({
  op: fc.nat(20),
  a: fc.nat(1000),
  b: fc.nat(1000),
  x: fc.integer({ min: -2_000_000, max: 2_000_000 }),
  y: fc.integer({ min: -5000, max: 5000 }),
  value: fc.double({ min: -2, max: 2, noNaN: true }),
  text: fc.string({ maxLength: 12 }),
});

const pick = <T>(items: readonly T[], n: number): T | undefined =>
  items.length === 0 ? undefined : items[n % items.length];

/** The command `i` stands for in `project`; any command, valid or not, is fine to try. */
function commandFor(project: Project, i: Intent): EditCommand {
  const maps: MapRef[] = ['current', ...project.maps.targets.map((t) => ({ targetId: t.id }))];
  const ref = pick(maps, i.a) ?? 'current';
  const map = mapOf(project, ref) ?? project.maps.current;
  const step = pick(map.steps, i.b);
  const other = pick(map.steps, i.a + i.b);
  const flow = pick(map.flows, i.b);
  const role = pick(project.roles, i.b);
  const target = pick(project.maps.targets, i.b);
  switch (i.op) {
    case 0:
    case 1:
      return {
        type: 'addStep',
        map: ref,
        kind: pick(KINDS, i.b) ?? 'task',
        at: { x: i.x, y: i.y },
        connectFrom: step?.id ?? null,
      };
    case 2:
      return { type: 'connect', map: ref, from: step?.id ?? '', to: other?.id ?? '' };
    case 3:
      return { type: 'moveSteps', map: ref, moves: step ? [{ id: step.id, x: i.x, y: i.y }] : [] };
    case 4:
      return { type: 'deleteElements', map: ref, stepIds: step ? [step.id] : [], flowIds: [] };
    case 5:
      return { type: 'deleteElements', map: ref, stepIds: [], flowIds: flow ? [flow.id] : [] };
    case 6:
      return { type: 'updateFlow', map: ref, flowId: flow?.id ?? '', probability: i.value };
    case 7:
      return { type: 'updateStep', map: ref, stepId: step?.id ?? '', patch: { name: i.text } };
    case 8:
      return {
        type: 'updateStep',
        map: ref,
        stepId: step?.id ?? '',
        patch: { automationRate: i.value },
      };
    case 9:
      return {
        type: 'updateStep',
        map: ref,
        stepId: step?.id ?? '',
        patch: { roleId: role?.id ?? 'nobody' },
      };
    case 10:
      return {
        type: 'reconnectFlow',
        map: ref,
        flowId: flow?.id ?? '',
        from: step?.id ?? '',
        to: other?.id ?? '',
      };
    case 11:
      return { type: 'addTargetFromCurrent', name: i.text };
    case 12:
      return { type: 'deleteTarget', targetId: target?.id ?? '' };
    case 13:
      return { type: 'addRole', role: { name: i.text, headcount: i.value * 10 } };
    case 14:
      return { type: 'deleteRole', roleId: role?.id ?? '' };
    case 15:
      return { type: 'updateRole', roleId: role?.id ?? '', patch: { headcount: i.value * 5 } };
    case 16:
      return { type: 'updateDemand', map: ref, patch: { casesPerPeriod: i.value * 1000 } };
    case 17:
      return {
        type: 'updatePlan',
        targetId: target?.id ?? '',
        patch: { monthsToGoLive: Math.round(i.value * 10) },
      };
    case 18:
      return { type: 'updateProject', patch: { name: i.text } };
    case 20: {
      // Copy a step and the one after it, paste them into a map picked by the other number
      const into = pick(maps, i.b) ?? 'current';
      const ids = [step?.id, other?.id].filter((id): id is string => id !== undefined);
      return {
        type: 'paste',
        map: into,
        content: copySteps(project, map, ids),
        at: { x: i.x, y: i.y },
      };
    }
    default:
      return { type: 'moveTarget', targetId: target?.id ?? '', toIndex: i.a };
  }
}

const starts = fc.constantFrom<() => Project>(
  () => blankProject(),
  () => minimalProject(),
  () => SAMPLES[0]?.project ?? blankProject(),
);

describe('random sequences of edits', () => {
  it('keep the file shape: saved and read back, the document is the same', () => {
    fc.assert(
      fc.property(starts, fc.array(intent, { maxLength: 30 }), (start, intents) => {
        let project = start();
        for (const i of intents) {
          const result = applyCommand(project, commandFor(project, i));
          if (result.ok) project = result.project;
        }
        const read = readProjectDocument(serializeDocument(project));
        expect(read.ok && read.project).toEqual(project);
      }),
      { numRuns: 150, seed: 20_261_201 },
    );
  });

  it('give, after every edit, the problems and figures of a copy that shares no objects', () => {
    // The checks and the flow model remember what they derive from a map's shape
    // (model/map-shape.ts); an edit must never be answered from an earlier shape.
    fc.assert(
      fc.property(starts, fc.array(intent, { maxLength: 30 }), (start, intents) => {
        let project = start();
        for (const i of intents) {
          const result = applyCommand(project, commandFor(project, i));
          if (!result.ok) continue;
          project = result.project;
          const copy = structuredClone(project);
          const problems = validateSemantics(project);
          expect(problems).toEqual(validateSemantics(copy));
          if (problems.some((p) => p.path[0] === 'maps' && p.path[1] === 'current')) continue;
          expect(computeFlowModel(project, project.maps.current)).toEqual(
            computeFlowModel(copy, copy.maps.current),
          );
        }
      }),
      { numRuns: 100, seed: 20_261_203 },
    );
  });

  it('undo all of them and the document is the one it started as', () => {
    fc.assert(
      fc.property(starts, fc.array(intent, { maxLength: 30 }), (start, intents) => {
        const first = start();
        let history: History = createHistory(first, 1000);
        intents.forEach((i, n) => {
          const result = applyCommand(history.present, commandFor(history.present, i));
          if (result.ok) history = record(history, result.project, result.label, { at: n * 2000 });
        });
        while (history.past.length > 0) history = undo(history);
        expect(history.present).toBe(first);
      }),
      { numRuns: 100, seed: 20_261_202 },
    );
  });
});

/**
 * The editor's commands, one behaviour at a time: what each does to the document, what it
 * refuses and why, and that it never touches what it was not asked to change.
 */
import { describe, expect, it } from 'vitest';
import { minimalProject } from '../model/testing/minimal-project';
import type { AiStep, Project, TaskStep } from '../model/schema';
import { validateSemantics } from '../model/semantics';
import { applyCommand } from './apply';
import type { CommandResult, EditCommand } from './command';
import { blankProject } from './defaults';
import { roleUses } from './commands/project';
import { copySteps } from './clipboard';

/** Apply `command`, expecting it to succeed. */
function apply(project: Project, command: EditCommand): Extract<CommandResult, { ok: true }> {
  const result = applyCommand(project, command);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result;
}

/** Apply `command`, expecting a refusal; returns the reason. */
function refusal(project: Project, command: EditCommand): string {
  const result = applyCommand(project, command);
  if (result.ok) throw new Error(`expected a refusal of ${command.type}`);
  return result.reason;
}

const current = (p: Project) => p.maps.current;

describe('adding steps', () => {
  it('adds a task after the selected step, into its way on, with the first role and a fresh id', () => {
    // Given a blank project (start -> end) with its start selected
    const project = blankProject();
    // When a task is added from the start
    const result = apply(project, {
      type: 'addStep',
      map: 'current',
      kind: 'task',
      at: { x: 120.4, y: 80.6 },
      connectFrom: 'start',
    });
    const next = result.project;
    // Then the map has the task at the rounded point, between start and end, and the label
    const task = current(next).steps.find((s) => s.id === result.created.stepIds[0]) as TaskStep;
    expect(task).toMatchObject({
      kind: 'task',
      name: 'New task',
      roleId: 'clerk',
      position: { x: 120, y: 81 },
    });
    expect(current(next).flows.map((f) => [f.from, f.to])).toEqual([
      ['start', task.id],
      [task.id, 'end'],
    ]);
    expect(validateSemantics(next)).toEqual([]);
    expect(result.label).toBe('Add task');
    // and the original is untouched
    expect(current(project).steps).toHaveLength(2);
  });

  it('adds a branch after a decision instead of inserting', () => {
    const d = apply(blankProject(), {
      type: 'addStep',
      map: 'current',
      kind: 'decision',
      at: { x: 120, y: 0 },
      connectFrom: 'start',
    });
    const decision = d.created.stepIds[0] ?? '';
    const t = apply(d.project, {
      type: 'addStep',
      map: 'current',
      kind: 'task',
      at: { x: 240, y: 140 },
      connectFrom: decision,
    });
    const exits = current(t.project).flows.filter((f) => f.from === decision);
    expect(exits.map((f) => f.to)).toEqual(['end', t.created.stepIds[0]]);
  });

  it('gives every new step an id not used in the map', () => {
    let project = blankProject();
    const ids = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const r = apply(project, {
        type: 'addStep',
        map: 'current',
        kind: 'task',
        at: { x: i, y: 0 },
      });
      project = r.project;
      ids.add(r.created.stepIds[0] ?? '');
    }
    expect(ids.size).toBe(5);
    expect(new Set(current(project).steps.map((s) => s.id)).size).toBe(7);
  });

  it('does not connect from an end step, which nothing can leave', () => {
    const { project, created } = apply(blankProject(), {
      type: 'addStep',
      map: 'current',
      kind: 'task',
      at: { x: 400, y: 0 },
      connectFrom: 'end',
    });
    expect(created.flowIds).toEqual([]);
    expect(current(project).flows).toHaveLength(1);
  });
});

describe('connecting steps', () => {
  const withDecision = (): Project => {
    let p = blankProject();
    p = apply(p, {
      type: 'addStep',
      map: 'current',
      kind: 'decision',
      at: { x: 100, y: 0 },
    }).project;
    p = apply(p, { type: 'addStep', map: 'current', kind: 'task', at: { x: 200, y: 0 } }).project;
    return p;
  };

  it('refuses a flow into a start, out of an end, to itself or twice, saying why', () => {
    const p = withDecision();
    expect(refusal(p, { type: 'connect', map: 'current', from: 'task', to: 'start' })).toBe(
      'Nothing can flow into "Start": cases enter the process at a start step.',
    );
    expect(refusal(p, { type: 'connect', map: 'current', from: 'end', to: 'task' })).toBe(
      'Nothing can flow out of "End": cases leave the process at an end step.',
    );
    expect(refusal(p, { type: 'connect', map: 'current', from: 'task', to: 'task' })).toBe(
      'A flow cannot lead from "New task" back to itself.',
    );
    expect(refusal(p, { type: 'connect', map: 'current', from: 'start', to: 'end' })).toBe(
      'There is already a flow from "Start" to "End".',
    );
  });

  it('gives a new flow leaving a decision the share its other flows leave over', () => {
    let p = withDecision();
    p = apply(p, { type: 'connect', map: 'current', from: 'decision', to: 'task' }).project;
    p = apply(p, {
      type: 'updateFlow',
      map: 'current',
      flowId: 'decision-task',
      probability: 0.8,
    }).project;
    const r = apply(p, { type: 'connect', map: 'current', from: 'decision', to: 'end' });
    const flow = current(r.project).flows.find((f) => f.id === r.created.flowIds[0]);
    expect(flow?.probability).toBeCloseTo(0.2, 12);
  });

  it('refuses a probability on a flow that does not leave a decision', () => {
    expect(
      refusal(blankProject(), {
        type: 'updateFlow',
        map: 'current',
        flowId: 'start-end',
        probability: 0.5,
      }),
    ).toBe('Only flows leaving a decision carry a probability.');
  });

  it('allows what is normal while drawing, and the problems list shows it', () => {
    // Given a task with a second way out (tasks have one: use a decision to branch)
    let p = withDecision();
    p = apply(p, { type: 'connect', map: 'current', from: 'start', to: 'task' }).project;
    p = apply(p, { type: 'connect', map: 'current', from: 'task', to: 'end' }).project;
    p = apply(p, { type: 'connect', map: 'current', from: 'task', to: 'decision' }).project;
    // then the document holds it and validation names it
    expect(validateSemantics(p).map((i) => i.message)).toContain(
      'A task needs exactly one outgoing flow (it has 2); use a decision to branch',
    );
  });
});

describe('changing a step', () => {
  const ai = (): Project => minimalProject();

  it('sets fields of the step and nothing else', () => {
    const p = ai();
    const next = apply(p, {
      type: 'updateStep',
      map: { targetId: 'ai' },
      stepId: 'match',
      patch: { automationRate: 0.85, name: 'AI 2-way match' },
    }).project;
    const step = next.maps.targets[0]?.steps.find((s) => s.id === 'match') as AiStep;
    expect(step.automationRate).toBe(0.85);
    expect(step.name).toBe('AI 2-way match');
    expect(next.maps.current).toBe(p.maps.current);
  });

  it('refuses a value the file format does not allow, and changes nothing', () => {
    expect(
      refusal(ai(), {
        type: 'updateStep',
        map: { targetId: 'ai' },
        stepId: 'match',
        patch: { automationRate: 1.5 },
      }),
    ).toBe(
      '"AI match": Automation rate must be at most 100 % (found 1.5; shares are written from 0 to 1, so 25 % is 0.25)',
    );
    expect(
      refusal(ai(), {
        type: 'updateStep',
        map: 'current',
        stepId: 'approve',
        patch: { name: '   ' },
      }),
    ).toBe('"Approve invoice": Name must not be empty');
  });

  it('never changes a step id or kind', () => {
    expect(
      refusal(ai(), {
        type: 'updateStep',
        map: 'current',
        stepId: 'approve',
        patch: { kind: 'end' } as never,
      }),
    ).toBe('A step keeps its id and its kind.');
  });
});

describe('moving and deleting', () => {
  it('moves steps to whole pixels and reports how many moved', () => {
    const r = apply(blankProject(), {
      type: 'moveSteps',
      map: 'current',
      moves: [
        { id: 'start', x: 10.2, y: -5.7 },
        { id: 'end', x: 240, y: 0 },
      ],
    });
    expect(current(r.project).steps[0]?.position).toEqual({ x: 10, y: -6 });
    expect(r.label).toBe('Move step');
  });

  it('deletes a step with its flows and the ranges on it', () => {
    const p = minimalProject();
    p.ranges.push({
      path: 'maps.current.steps.approve.costPerCase',
      low: 0,
      likely: 0.5,
      high: 1,
      label: '',
    });
    const next = apply(p, {
      type: 'deleteElements',
      map: 'current',
      stepIds: ['approve'],
      flowIds: [],
    }).project;
    expect(current(next).steps.map((s) => s.id)).toEqual(['start', 'end']);
    expect(current(next).flows).toEqual([]);
    expect(next.ranges.map((r) => r.path)).toEqual(['roles.clerk.costPerHour']);
  });
});

describe('targets, roles and the rest of the project', () => {
  it('makes a target from the current map that keeps its step ids', () => {
    const p = blankProject();
    const next = apply(p, { type: 'addTargetFromCurrent' }).project;
    const target = next.maps.targets[0];
    expect(target?.name).toBe('Target 1');
    expect(target?.steps.map((s) => s.id)).toEqual(current(p).steps.map((s) => s.id));
    expect(target?.id).not.toBe(current(p).id);
  });

  it('deletes a role but keeps the steps that use it, listing them first', () => {
    const p = minimalProject();
    expect(roleUses(p, 'clerk').map((u) => u.step.id)).toEqual(['approve', 'match']);
    const next = apply(p, { type: 'deleteRole', roleId: 'clerk' }).project;
    expect(next.roles.map((r) => r.id)).toEqual(['lead']);
    expect((current(next).steps[1] as TaskStep).roleId).toBe('clerk');
    expect(validateSemantics(next).map((i) => i.message)).toContain(
      'The role "clerk" is not one of the project\'s roles',
    );
  });

  it('refuses a headcount, a calendar or a plan value out of bounds, in words', () => {
    const p = minimalProject();
    expect(refusal(p, { type: 'updateRole', roleId: 'clerk', patch: { headcount: -1 } })).toMatch(
      /^Role "AP clerk": Headcount.* must be at least 0/,
    );
    expect(refusal(p, { type: 'updateCalendar', patch: { hoursPerDay: 30 } })).toMatch(
      /at most 24/,
    );
    expect(
      refusal(p, { type: 'updatePlan', targetId: 'ai', patch: { monthsToGoLive: 1.5 } }),
    ).toMatch(/The plan: /);
  });

  it('replaces the whole document as one step only when its shape is valid', () => {
    const p = minimalProject();
    expect(
      refusal(p, { type: 'replaceProject', project: { ...p, currency: 'euro' }, label: 'Paste' }),
    ).toMatch(/currency/);
  });
});

describe('pasting', () => {
  it('pastes copied steps into a target as one step, with new ids where the old ones are taken', () => {
    // Given the minimal project's current "Approve invoice" copied
    const p = minimalProject();
    const content = copySteps(p, p.maps.current, ['approve']);
    // When it is pasted twice into the current map
    const once = apply(p, { type: 'paste', map: 'current', content, at: { x: 0, y: 300 } });
    const twice = apply(once.project, {
      type: 'paste',
      map: 'current',
      content,
      at: { x: 0, y: 400 },
    });
    // Then each paste is one undoable step with its own new step
    expect(once.label).toBe('Paste step');
    expect(once.created.stepIds).toEqual(['approve-2']);
    expect(twice.created.stepIds).toEqual(['approve-3']);
    // and into the target, where the id is free, the step keeps its id
    const target = apply(p, {
      type: 'paste',
      map: { targetId: 'ai' },
      content,
      at: { x: 0, y: 300 },
    });
    expect(target.created.stepIds).toEqual(['approve']);
  });

  it('refuses an empty clipboard in words', () => {
    const p = minimalProject();
    const content = copySteps(p, p.maps.current, []);
    expect(refusal(p, { type: 'paste', map: 'current', content, at: { x: 0, y: 0 } })).toBe(
      'The clipboard holds no steps to paste.',
    );
  });
});

/**
 * compareMaps and describeChange against diffs worked out by hand: the invoice sample's
 * current map against its "AI match with review" target, and small edits of the minimal
 * project.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AiStep, ProcessMap, Project, Step, TaskStep } from '../model/schema';
import { arbitraryProject } from '../model/testing/arbitrary-project';
import { minimalProject } from '../model/testing/minimal-project';
import { invoiceProcessing } from '../samples/invoice-processing';
import { changedFields, compareMaps, describeChange } from './compare';
import { deepFreeze } from './testing/deep-freeze';

const stepOf = (map: ProcessMap, id: string): Step => {
  const step = map.steps.find((s) => s.id === id);
  if (step === undefined) throw new Error(`no step ${id} in ${map.name}`);
  return step;
};

const sample = deepFreeze(structuredClone(invoiceProcessing));
const current = sample.maps.current;
const aiMatch = sample.maps.targets.find((t) => t.id === 'ai-match') as ProcessMap;

const minimal = (): { project: Project; task: TaskStep; ai: AiStep } => {
  const project = minimalProject();
  return {
    project,
    task: stepOf(project.maps.current, 'approve') as TaskStep,
    ai: stepOf(project.maps.targets[0] as ProcessMap, 'match') as AiStep,
  };
};

describe('compareMaps', () => {
  it('given the invoice sample, when current is compared with "AI match with review", then steps are matched by id', () => {
    const diff = compareMaps(current, aiMatch);
    expect(diff.added).toEqual(['ai-extract', 'ai-match']);
    expect(diff.removed).toEqual(['save-pdf', 'enter-data', 'match']);
    expect(diff.changed).toEqual([
      // triangular 2/3/5 -> 1.5/2.5/4; archive no longer used; new note.
      { id: 'scan-paper', fields: ['notes', 'handlingMinutes', 'systemIds'] },
      { id: 'resolve', fields: ['notes'] },
      // triangular 1/2/5 -> 1/2/4; wait lognormal 1440 -> 960; new note.
      { id: 'approve', fields: ['notes', 'handlingMinutes', 'waitMinutes'] },
      { id: 'post', fields: ['handlingMinutes'] },
      { id: 'archive', fields: ['handlingMinutes'] },
      { id: 'pay', fields: ['notes'] },
    ]);
  });

  it('given the invoice sample, then flows are matched by the pair of steps they join', () => {
    const diff = compareMaps(current, aiMatch);
    expect(diff.flowsAdded).toEqual([
      'channel-to-ai-extract',
      'scan-paper-to-ai-extract',
      'ai-extract-to-ai-match',
      'ai-match-to-match-ok',
      'resolve-to-ai-match',
    ]);
    expect(diff.flowsRemoved).toEqual([
      'channel-to-save-pdf',
      'save-pdf-to-enter-data',
      'scan-paper-to-enter-data',
      'enter-data-to-match',
      'match-to-match-ok',
      'resolve-to-match',
    ]);
    // 78 % / 22 % of matches become 82 % / 18 %.
    expect(diff.flowsChanged).toEqual(['match-ok-to-approve', 'match-ok-to-resolve']);
  });

  it('given a map compared with itself moved around, then nothing has changed', () => {
    const moved: ProcessMap = {
      ...current,
      steps: current.steps.map((s) => ({ ...s, position: { x: s.position.y, y: s.position.x } })),
    };
    expect(compareMaps(current, moved)).toEqual({
      added: [],
      removed: [],
      changed: [],
      flowsAdded: [],
      flowsRemoved: [],
      flowsChanged: [],
    });
  });

  it('given a step whose kind changes, then "kind" is listed, and so is every field only one of the kinds has', () => {
    const { task, ai } = minimal();
    const decision: Step = {
      id: 'approve',
      name: task.name,
      kind: 'decision',
      position: task.position,
      notes: '',
    };
    expect(changedFields(decision, { ...decision, kind: 'end' })).toEqual(['kind']);
    expect(changedFields(task, { ...ai, id: 'approve', name: task.name })).toEqual([
      'kind',
      'roleId',
      'handlingMinutes',
      'waitMinutes',
      'costPerCase',
      'errorRate',
      'costPerError',
      'ownerRoleId',
      'availability',
      'latencyMinutes',
      'automationRate',
      'reviewRoleId',
      'reviewMinutes',
      'qaSampleRate',
      'escapedErrorRate',
      'costPerEscapedError',
      'fallbackRoleId',
      'fallbackMinutes',
      'driftPerMonth',
      'operatingPoints',
    ]);
  });

  it('given an AI step with a new automation rate and no reviewer, then both fields are listed in schema order', () => {
    const { ai } = minimal();
    expect(changedFields(ai, { ...ai, reviewRoleId: null, automationRate: 0.9 })).toEqual([
      'automationRate',
      'reviewRoleId',
    ]);
  });

  it('given a change deep inside a distribution or a list, then its top-level field is named', () => {
    const { ai } = minimal();
    const after: AiStep = {
      ...ai,
      reviewMinutes: { type: 'triangular', min: 1, mode: 2.5, max: 5 },
      operatingPoints: [{ threshold: 0.8, automationRate: 0.8, escapedErrorRate: 0.01 }],
    };
    expect(changedFields(ai, after)).toEqual(['reviewMinutes', 'operatingPoints']);
  });

  it('given a flow drawn again with a new id and the same label, then it is no change; a new label is', () => {
    const map = deepFreeze(minimalProject().maps.current);
    const redrawn: ProcessMap = {
      ...map,
      flows: map.flows.map((f) => (f.id === 'f2' ? { ...f, id: 'approve-end' } : f)),
    };
    expect(compareMaps(map, redrawn).flowsChanged).toEqual([]);
    expect(compareMaps(map, redrawn).flowsAdded).toEqual([]);
    const relabelled: ProcessMap = {
      ...map,
      flows: map.flows.map((f) => (f.id === 'f2' ? { ...f, id: 'x', label: 'done' } : f)),
    };
    expect(compareMaps(map, relabelled).flowsChanged).toEqual(['x']);
  });

  it('given two flows on one pair before and one after, then the first is matched and the second removed', () => {
    const map = minimalProject().maps.current;
    const twice: ProcessMap = {
      ...map,
      flows: [
        ...map.flows,
        { id: 'f3', from: 'start', to: 'approve', probability: null, label: '' },
      ],
    };
    const diff = compareMaps(twice, map);
    expect(diff.flowsRemoved).toEqual(['f3']);
    expect(diff.flowsAdded).toEqual([]);
  });

  it('given any two maps, then what one adds the other removes, and a map compared with itself is unchanged', () => {
    fc.assert(
      fc.property(arbitraryProject, arbitraryProject, (p, q) => {
        const [a, b] = [p.maps.current, q.maps.current];
        const there = compareMaps(a, b);
        const back = compareMaps(b, a);
        expect(back.added).toEqual(there.removed);
        expect(back.removed).toEqual(there.added);
        expect(back.flowsAdded.length).toBe(there.flowsRemoved.length);
        expect(back.changed.map((c) => c.id).sort()).toEqual(there.changed.map((c) => c.id).sort());
        const same = compareMaps(a, a);
        expect([...same.added, ...same.removed, ...same.changed, ...same.flowsChanged]).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});

describe('describeChange', () => {
  it('given the added AI 2-way match, then the sentence says how much is auto-accepted and who reviews the rest', () => {
    expect(describeChange(undefined, stepOf(aiMatch, 'ai-match'), sample)).toBe(
      'AI step "AI 2-way match" added: 78 % auto-accepted, the rest reviewed by AP clerk',
    );
  });

  it('given an added task, then the sentence says who does it and how long it takes', () => {
    expect(describeChange(undefined, stepOf(current, 'post'), sample)).toBe(
      'Task "Post to ledger" added: done by AP clerk, handling time triangular 1/1.5/2.5 min',
    );
  });

  it('given an added decision, then the sentence names it and stops', () => {
    expect(describeChange(undefined, stepOf(current, 'match-ok'), sample)).toBe(
      'Decision "Matches PO?" added',
    );
  });

  it('given a removed task, then the sentence says so', () => {
    expect(describeChange(stepOf(current, 'match'), undefined, sample)).toBe(
      'Task "Manual 2-way match" removed',
    );
  });

  it('given a new handling time, then the sentence shows both durations in minutes', () => {
    const { project, task } = minimal();
    const after: TaskStep = { ...task, handlingMinutes: { type: 'fixed', value: 2 } };
    expect(describeChange(task, after, project)).toBe(
      'Task "Approve invoice": handling time changed from triangular 4/6/15 min to fixed 2 min',
    );
  });

  it('given the sample approval, then each changed field gets its clause, joined by semicolons', () => {
    expect(describeChange(stepOf(current, 'approve'), stepOf(aiMatch, 'approve'), sample)).toBe(
      'Task "Approve invoice": notes changed; ' +
        'handling time changed from triangular 1/2/5 min to triangular 1/2/4 min; ' +
        'wait time changed from lognormal 1,440 ± 1,200 min to lognormal 960 ± 800 min',
    );
  });

  it('given scanning that no longer uses the archive, then systems are named', () => {
    const before = stepOf(current, 'scan-paper') as TaskStep;
    const after: TaskStep = { ...before, systemIds: ['paper-mailroom'] };
    expect(describeChange(before, after, sample)).toBe(
      'Task "Scan paper invoice": systems used changed from Paper mailroom, Document archive to Paper mailroom',
    );
  });

  it('given an AI step with a higher automation rate and no reviewer, then shares read as % and the role as nobody', () => {
    const { project, ai } = minimal();
    const after: AiStep = { ...ai, automationRate: 0.9, reviewRoleId: null, costPerCase: 0.08 };
    expect(describeChange(ai, after, project)).toBe(
      'AI step "AI match": cost per case changed from EUR 0.05 to EUR 0.08; ' +
        'automation rate changed from 80 % to 90 %; review role changed from AP clerk to nobody',
    );
  });

  it('given a wait time added and a rename, then "none" and quoted names are used', () => {
    const { project, task } = minimal();
    const after: TaskStep = {
      ...task,
      name: 'Approve',
      waitMinutes: { type: 'exponential', mean: 60 },
    };
    expect(describeChange(task, after, project)).toBe(
      'Task "Approve": name changed from "Approve invoice" to "Approve"; ' +
        'wait time changed from none to exponential, mean 60 min',
    );
  });

  it('given a task that became an AI step, then the sentence says what it is now and what it does', () => {
    const { project, task, ai } = minimal();
    expect(describeChange(task, { ...ai, id: task.id }, project)).toBe(
      'Task "Approve invoice" is now an AI step named "AI match": 80 % auto-accepted, the rest reviewed by AP clerk',
    );
    expect(describeChange(task, { ...ai, id: task.id, name: task.name }, project)).toBe(
      'Task "Approve invoice" is now an AI step: 80 % auto-accepted, the rest reviewed by AP clerk',
    );
  });

  it('given an AI step with no reviewer or with full automation, then the summary says so', () => {
    const { project, ai } = minimal();
    expect(describeChange(undefined, { ...ai, reviewRoleId: null }, project)).toBe(
      'AI step "AI match" added: 80 % auto-accepted, the rest with no review path',
    );
    expect(describeChange(undefined, { ...ai, automationRate: 1 }, project)).toBe(
      'AI step "AI match" added: 100 % auto-accepted',
    );
  });

  it('given a role the project lacks, then its id is named instead of failing', () => {
    const { project, task } = minimal();
    expect(describeChange(undefined, { ...task, roleId: 'ghost' }, project)).toBe(
      'Task "Approve invoice" added: done by "ghost" (no such role), handling time triangular 4/6/15 min',
    );
  });

  it('given a step only moved, or not at all, then the sentence says so', () => {
    const { project, task } = minimal();
    expect(describeChange(task, { ...task, position: { x: 1, y: 2 } }, project)).toBe(
      'Task "Approve invoice" moved',
    );
    expect(describeChange(task, task, project)).toBe('Task "Approve invoice" unchanged');
  });
});

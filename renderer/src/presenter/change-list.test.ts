import { describe, expect, it } from 'vitest';
import { invoiceProcessing } from '../../../shared/samples/invoice-processing';
import type { Project, Step } from '../../../shared/model/schema';
import { changeMarks, inSentence, presenterChanges, replacements } from './change-list';

const project: Project = invoiceProcessing;
const aiMatch = project.maps.targets[0]!;

describe('presenter changes', () => {
  it('given the AP sample, when listed, then an AI step that takes a manual step’s place reads as a replacement', () => {
    const changes = presenterChanges(project, aiMatch);
    const sentences = changes.map((c) => c.sentence);
    expect(sentences).toContain(
      'AI 2-way match replaces manual 2-way match: 78 % auto-accepted, the rest reviewed by AP clerk',
    );
    expect(sentences).toContain(
      'AI invoice extraction replaces enter invoice data: 80 % auto-accepted, the rest reviewed by AP clerk',
    );
  });

  it('given a target that only routes other shares at a decision, then that is a change told in words', () => {
    // given a copy of today's map where Matches PO? sends 90 % on to approval instead of 78 %
    const current = project.maps.current;
    const reshared = {
      ...current,
      id: 'reshared',
      flows: current.flows.map((f) =>
        f.from === 'match-ok' ? { ...f, probability: f.to === 'approve' ? 0.9 : 0.1 } : f,
      ),
    };
    // when listed
    const changes = presenterChanges(project, reshared);
    // then both ways out of the decision are told in one change, marked on the decision
    expect(changes.map((c) => c.sentence)).toEqual([
      'Matches PO? now sends 90 % of its cases to approve invoice (was 78 %) and 10 % to resolve exception with buyer (was 22 %)',
    ]);
    expect(changes[0]).toMatchObject({
      kind: 'changed',
      beforeId: 'match-ok',
      afterId: 'match-ok',
    });
    expect(changes[0]!.frameAfter).toEqual(['match-ok', 'approve', 'resolve']);
  });

  it('tells a flow added or removed between steps both maps have', () => {
    const current = project.maps.current;
    const rerouted = {
      ...current,
      id: 'rerouted',
      flows: [
        ...current.flows.filter((f) => f.id !== 'match-ok-to-resolve'),
        { id: 'shortcut', from: 'match-ok', to: 'post', probability: 0.22, label: '' },
      ],
    };
    const sentences = presenterChanges(project, rerouted).map((c) => c.sentence);
    expect(sentences).toEqual([
      'Matches PO? now sends 22 % of its cases to post to ledger and no longer leads to resolve exception with buyer',
    ]);
  });

  it('orders the changes as the process reads, left to right', () => {
    const xs = presenterChanges(project, aiMatch).map((c) => {
      const id = c.afterId ?? c.beforeId;
      const step =
        aiMatch.steps.find((s) => s.id === id) ??
        project.maps.current.steps.find((s) => s.id === id);
      return step!.position.x;
    });
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('frames a removed step on today’s map and its neighbours on the target', () => {
    const removed = presenterChanges(project, aiMatch).find((c) => c.kind === 'removed')!;
    expect(removed.beforeId).toBe('save-pdf');
    expect(removed.frameBefore).toEqual(['save-pdf']);
    expect(removed.frameAfter).toEqual(['channel']);
    expect(removed.sentence).toBe(
      'Save PDF from mailbox is no longer done: AP clerk spent triangular 1/2/3 min on it per case',
    );
  });

  it('reads at most two field changes of a changed step, and no notes', () => {
    const approve = presenterChanges(project, aiMatch).find((c) => c.afterId === 'approve')!;
    expect(approve.kind).toBe('changed');
    expect(approve.sentence).not.toMatch(/notes/);
    expect(approve.sentence.split('; ')).toHaveLength(2);
  });

  it('given a step that changed only its notes, when listed, then it is no change', () => {
    const target = {
      ...aiMatch,
      steps: aiMatch.steps.map((s) => (s.id === 'pay' ? { ...s, notes: 'Other words' } : s)),
    };
    expect(presenterChanges(project, target).some((c) => c.afterId === 'pay')).toBe(false);
  });

  it('marks the steps of a replacement as removed today and added in the target', () => {
    const marks = changeMarks(presenterChanges(project, aiMatch));
    expect(marks.before.get('match')).toBe('removed');
    expect(marks.after.get('ai-match')).toBe('added');
    expect(marks.after.get('approve')).toBe('changed');
  });

  it('pairs each step at most once, the closest likeness first', () => {
    const pairs = replacements(
      project.maps.current,
      aiMatch,
      ['save-pdf', 'enter-data', 'match'],
      ['ai-extract', 'ai-match'],
    );
    expect(pairs).toEqual([
      { removedId: 'match', addedId: 'ai-match' },
      { removedId: 'enter-data', addedId: 'ai-extract' },
    ]);
  });

  it('lower-cases a name inside a sentence, but not an acronym', () => {
    expect(inSentence('Manual 2-way match')).toBe('manual 2-way match');
    expect(inSentence('SAP posting')).toBe('SAP posting');
    expect(inSentence('X')).toBe('X');
  });

  it('says an added task with no counterpart as added, with who does it', () => {
    const extra: Step = {
      id: 'check',
      name: 'Check VAT',
      kind: 'task',
      position: { x: 5000, y: 5000 },
      notes: '',
      roleId: 'ap-clerk',
      handlingMinutes: { type: 'fixed', value: 2 },
      waitMinutes: null,
      costPerCase: 0,
      systemIds: [],
      errorRate: 0,
      costPerError: 0,
    };
    const target = { ...aiMatch, steps: [...aiMatch.steps, extra] };
    const last = presenterChanges(project, target).at(-1)!;
    expect(last).toMatchObject({ kind: 'added', afterId: 'check', frameBefore: [] });
    expect(last.sentence).toBe(
      'Task "Check VAT" added: done by AP clerk, handling time fixed 2 min',
    );
  });
});

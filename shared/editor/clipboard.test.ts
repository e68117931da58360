/**
 * The clipboard: copy steps with the flows between them and the roles and systems they use;
 * read it back from any text without throwing; paste it with new ids into the same map,
 * another map or another project. Expectations are worked out by hand on the minimal
 * project: current map Invoice arrives (0, 0) -> Approve invoice (220, 0) -> Paid (440, 0),
 * flows f1 and f2; target "AI approval": start -> AI match -> end, flows f1 and f2.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProjectSchema, type ProcessMap, type Project, type Step } from '../model/schema';
import { arbitraryProject } from '../model/testing/arbitrary-project';
import { minimalProject } from '../model/testing/minimal-project';
import {
  clipboardText,
  copySteps,
  MAX_CLIPBOARD_LENGTH,
  pasteProblem,
  pasteSteps,
  readClipboard,
  type ClipboardContent,
} from './clipboard';
import { deepFreeze } from './testing/deep-freeze';

const NO_STEPS = 'The clipboard holds no Flowcase steps, so there is nothing to paste.';
const DAMAGED =
  'The clipboard holds Flowcase steps that are damaged or incomplete, so they cannot be pasted.';

const frozenProject = (): Project => deepFreeze(minimalProject());
const targetOf = (project: Project): ProcessMap => project.maps.targets[0] as ProcessMap;
const ids = (items: readonly { id: string }[]): string[] => items.map((i) => i.id);
const stepOf = (map: ProcessMap, id: string): Step => {
  const step = map.steps.find((s) => s.id === id);
  if (step === undefined) throw new Error(`no step ${id}`);
  return step;
};

/** Clipboard text as an object, to be broken on purpose. */
const validData = (): Record<string, unknown> => {
  const project = minimalProject();
  return JSON.parse(
    clipboardText(copySteps(project, project.maps.current, ['approve', 'end'])),
  ) as Record<string, unknown>;
};

describe('copySteps', () => {
  it('given the task and the end selected, then the flow between them is kept and the one from the unselected start is dropped', () => {
    const project = frozenProject();
    const content = copySteps(project, project.maps.current, ['end', 'approve', 'no-such-step']);
    expect(content.format).toBe('flowcase/steps');
    expect(content.version).toBe(1);
    expect(ids(content.steps)).toEqual(['approve', 'end']); // map order, unknown ids ignored
    expect(ids(content.flows)).toEqual(['f2']);
    expect(ids(content.roles)).toEqual(['clerk']);
    expect(ids(content.systems)).toEqual(['erp']);
  });

  it('given an AI step, then its owner, review and fallback roles come along, in project order', () => {
    const project = frozenProject();
    const content = copySteps(project, targetOf(project), ['match']);
    // owner: lead; review and fallback: clerk.
    expect(ids(content.roles)).toEqual(['clerk', 'lead']);
    expect(ids(content.systems)).toEqual(['erp']);
    expect(content.flows).toEqual([]);
  });

  it('given only a start and an end, then no role or system comes along', () => {
    const project = frozenProject();
    const content = copySteps(project, project.maps.current, ['start', 'end']);
    expect(ids(content.steps)).toEqual(['start', 'end']);
    expect([content.flows, content.roles, content.systems]).toEqual([[], [], []]);
  });
});

describe('clipboardText and readClipboard', () => {
  it('given a copy, when written as text and read back, then the same content comes back', () => {
    const project = frozenProject();
    const content = copySteps(project, targetOf(project), ['start', 'match', 'end']);
    expect(readClipboard(clipboardText(content))).toEqual({ ok: true, content });
  });

  it.each([
    ['plain text', 'Approve invoice'],
    ['nothing', ''],
    ['a number', '42'],
    ['JSON null', 'null'],
    ['a JSON list', '[{"format":"flowcase/steps"}]'],
    ['broken JSON', '{"format":"flowcase/steps",'],
    ['another app’s JSON', '{"format":"drawio/cells","cells":[]}'],
    ['a Flowcase project file', JSON.stringify(minimalProject())],
    ['an SVG', '<svg xmlns="http://www.w3.org/2000/svg"></svg>'],
  ])('given %s, then it is refused as no Flowcase steps', (_, text) => {
    expect(readClipboard(text)).toEqual({ ok: false, reason: NO_STEPS });
  });

  it('given steps copied by a newer Flowcase, then the reason says so', () => {
    const text = JSON.stringify({ ...validData(), version: 2 });
    expect(readClipboard(text)).toEqual({
      ok: false,
      reason:
        'The clipboard holds steps copied from a newer version of Flowcase, which this version cannot paste.',
    });
  });

  it.each([
    [
      'a step without a name',
      (d: Record<string, unknown>) => ((d.steps as { name?: string }[])[0]!.name = ''),
    ],
    [
      'a flow with a bad id',
      (d: Record<string, unknown>) => ((d.flows as { id: string }[])[0]!.id = '../x'),
    ],
    [
      'a probability of 2',
      (d: Record<string, unknown>) => ((d.flows as { probability: number }[])[0]!.probability = 2),
    ],
    [
      'a position far off the canvas',
      (d: Record<string, unknown>) =>
        ((d.steps as { position: { x: number } }[])[0]!.position.x = 1e9),
    ],
    ['an unknown field', (d: Record<string, unknown>) => (d.extra = true)],
    ['no flows list', (d: Record<string, unknown>) => delete d.flows],
    ['version 0', (d: Record<string, unknown>) => (d.version = 0)],
    [
      'two steps with one id',
      (d: Record<string, unknown>) =>
        (d.steps = [(d.steps as unknown[])[0], (d.steps as unknown[])[0]]),
    ],
    [
      'a terminal escape in a name',
      (d: Record<string, unknown>) => ((d.steps as { name: string }[])[0]!.name = 'x\u001b[2J'),
    ],
  ])('given Flowcase content with %s, then it is refused as damaged', (_, breakIt) => {
    const data = validData();
    breakIt(data);
    expect(readClipboard(JSON.stringify(data))).toEqual({ ok: false, reason: DAMAGED });
  });

  it('given more than 2 000 steps, then they are refused before the schema checks each one', () => {
    const step = { id: 's', name: 'x', kind: 'start', position: { x: 0, y: 0 } };
    const text = JSON.stringify({
      ...validData(),
      steps: Array.from({ length: 2001 }, () => step),
    });
    expect(readClipboard(text)).toEqual({
      ok: false,
      reason:
        'The clipboard holds 2,001 steps, more than the 2,000 a map can hold; copy fewer steps.',
    });
  });

  it('given more than 1 MB of text, then it is refused unread: as too large when it names the format, else as no steps', () => {
    const padding = ' '.repeat(MAX_CLIPBOARD_LENGTH);
    expect(readClipboard(`${JSON.stringify(validData())}${padding}`)).toEqual({
      ok: false,
      reason:
        'The clipboard holds more than 1 MB of Flowcase steps, more than Flowcase pastes at once; copy fewer steps.',
    });
    expect(readClipboard(`x${padding}`)).toEqual({ ok: false, reason: NO_STEPS });
  });

  it('given hostile JSON, then it is refused without throwing or touching any prototype', () => {
    const deep = `${'['.repeat(500_000)}${']'.repeat(500_000)}`;
    expect(readClipboard(deep)).toEqual({ ok: false, reason: NO_STEPS });
    const deepObject = `{"format":"flowcase/steps","version":1,"steps":${'['.repeat(400_000)}${']'.repeat(400_000)}}`;
    expect(readClipboard(deepObject)).toEqual({ ok: false, reason: DAMAGED });
    const polluting = JSON.stringify(validData()).replace(
      /^\{/,
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},',
    );
    expect(readClipboard(polluting)).toEqual({ ok: false, reason: DAMAGED });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('given any text, then reading never throws and a refusal is one sentence', () => {
    const texts = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.json({ maxDepth: 4 }),
      fc
        .json({ maxDepth: 3 })
        .map((json) => `{"format":"flowcase/steps","version":1,"steps":${json}}`),
      fc
        .tuple(fc.constantFrom('steps', 'flows', 'roles', 'systems', 'version'), fc.jsonValue())
        .map(([key, value]) => JSON.stringify({ ...validData(), [key]: value })),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const result = readClipboard(text);
        if (!result.ok) expect(result.reason).toMatch(/^The clipboard holds .+\.$/);
      }),
    );
  });
});

describe('pasteSteps', () => {
  it('given the task and the end pasted into their own map at (1000, 500), then they get new ids, the flow follows them and the group moves as one', () => {
    const project = frozenProject();
    const map = project.maps.current;
    const content = deepFreeze(copySteps(project, map, ['approve', 'end']));
    const pasted = pasteSteps(project, map, content, { x: 1000, y: 500 });
    expect(pasted.stepIds).toEqual(['approve-2', 'end-2']);
    expect(pasted.flowIds).toEqual(['f2-2']);
    // Top-left of the group is (220, 0): it moves by (780, 500).
    expect(stepOf(pasted.map, 'approve-2').position).toEqual({ x: 1000, y: 500 });
    expect(stepOf(pasted.map, 'end-2').position).toEqual({ x: 1220, y: 500 });
    expect(pasted.map.flows.at(-1)).toEqual({
      id: 'f2-2',
      from: 'approve-2',
      to: 'end-2',
      probability: null,
      label: '',
    });
    expect(ids(pasted.map.steps)).toEqual(['start', 'approve', 'end', 'approve-2', 'end-2']);
    expect(pasted.project.maps.current).toBe(pasted.map);
  });

  it('given a paste, then every part it did not change is shared with the old project', () => {
    const project = frozenProject();
    const map = project.maps.current;
    const pasted = pasteSteps(project, map, copySteps(project, map, ['approve']), { x: 0, y: 0 });
    expect(pasted.project.roles).toBe(project.roles);
    expect(pasted.project.systems).toBe(project.systems);
    expect(pasted.project.maps.targets).toBe(project.maps.targets);
    expect(pasted.project.finance).toBe(project.finance);
    pasted.map.steps.slice(0, 3).forEach((step, i) => expect(step).toBe(map.steps[i]));
    pasted.map.flows.forEach((flow, i) => expect(flow).toBe(map.flows[i]));
    expect(map.steps).toHaveLength(3); // the old map is as it was
  });

  it('given the same copy pasted twice, then every id stays unique', () => {
    const project = frozenProject();
    const content = copySteps(project, project.maps.current, ['start', 'approve', 'end']);
    const once = pasteSteps(project, project.maps.current, content, { x: 0, y: 300 });
    const twice = pasteSteps(once.project, once.map, content, { x: 0, y: 600 });
    expect(twice.stepIds).toEqual(['start-3', 'approve-3', 'end-3']);
    expect(twice.flowIds).toEqual(['f1-3', 'f2-3']);
    expect(new Set(ids(twice.map.steps)).size).toBe(9);
    expect(new Set(ids(twice.map.flows)).size).toBe(6);
    // A second and third start are pasted too; validation reports them while drawing.
    expect(twice.map.steps.filter((s) => s.kind === 'start')).toHaveLength(3);
  });

  it('given steps pasted into another map of the project, then free ids are kept and that map alone is replaced', () => {
    const project = frozenProject();
    const content = copySteps(project, project.maps.current, ['approve', 'end']);
    const target = targetOf(project);
    const pasted = pasteSteps(project, target, content, { x: 0, y: 200 });
    // "approve" is free in the target (kept, so compare matches it); "end" and "f2" are taken.
    expect(pasted.stepIds).toEqual(['approve', 'end-2']);
    expect(pasted.flowIds).toEqual(['f2-2']);
    expect(pasted.map.flows.at(-1)).toMatchObject({ from: 'approve', to: 'end-2' });
    expect(pasted.project.maps.current).toBe(project.maps.current);
    expect(pasted.project.maps.targets[0]).toBe(pasted.map);
    expect(pasted.map).toMatchObject({
      id: 'ai',
      plan: target === undefined ? {} : (project.maps.targets[0]?.plan ?? {}),
    });
  });

  it('given steps pasted into a project without their role and system, then both are brought along', () => {
    const source = frozenProject();
    const content = copySteps(source, source.maps.current, ['approve']);
    const other = minimalProject();
    other.roles = [{ id: 'buyer', name: 'Buyer', headcount: 2, costPerHour: 50 }];
    other.systems = [];
    deepFreeze(other);
    const pasted = pasteSteps(other, other.maps.current, content, { x: 0, y: 0 });
    expect(pasted.project.roles).toEqual([
      { id: 'buyer', name: 'Buyer', headcount: 2, costPerHour: 50 },
      { id: 'clerk', name: 'AP clerk', headcount: 3, costPerHour: 42 },
    ]);
    expect(ids(pasted.project.systems)).toEqual(['erp']);
    expect(ProjectSchema.safeParse(pasted.project).success).toBe(true);
  });

  it('given a project that has a role with the same id, then the project keeps its own', () => {
    const source = frozenProject();
    const content = copySteps(source, source.maps.current, ['approve']);
    const other = minimalProject();
    other.roles = [
      { id: 'clerk', name: 'Clerk in the other project', headcount: 9, costPerHour: 30 },
    ];
    deepFreeze(other);
    const pasted = pasteSteps(other, other.maps.current, content, { x: 0, y: 0 });
    expect(pasted.project.roles).toBe(other.roles);
  });

  it('given content whose flow points at a step not copied, then the flow is left out', () => {
    const project = frozenProject();
    const content: ClipboardContent = {
      ...copySteps(project, project.maps.current, ['approve']),
      flows: [{ id: 'loose', from: 'approve', to: 'elsewhere', probability: null, label: '' }],
    };
    const pasted = pasteSteps(project, project.maps.current, content, { x: 0, y: 0 });
    expect(pasted.flowIds).toEqual([]);
    expect(pasted.map.flows).toEqual(project.maps.current.flows);
  });

  it('given a paste near the edge of the canvas, then positions stay within ±1e6', () => {
    const project = frozenProject();
    // Group: start (0, 0) and paid (440, 0); its top-left goes to (999 800, -1e6).
    const content = copySteps(project, project.maps.current, ['start', 'end']);
    const pasted = pasteSteps(project, project.maps.current, content, { x: 999_800, y: -1e6 });
    expect(pasted.map.steps.slice(3).map((s) => s.position)).toEqual([
      { x: 999_800, y: -1e6 },
      { x: 1e6, y: -1e6 },
    ]);
  });

  it('given nothing to paste, then the project comes back as it was', () => {
    const project = frozenProject();
    const empty = copySteps(project, project.maps.current, []);
    const pasted = pasteSteps(project, project.maps.current, empty, { x: 0, y: 0 });
    expect(pasted).toEqual({ project, map: project.maps.current, stepIds: [], flowIds: [] });
    expect(pasted.project).toBe(project);
  });

  it('given a map that is not in the project, then it is a programming error', () => {
    const project = frozenProject();
    const stray = structuredClone(project.maps.current);
    const content = copySteps(project, stray, ['approve']);
    expect(() => pasteSteps(project, stray, content, { x: 0, y: 0 })).toThrow(
      'pasteSteps: the map is not in the project',
    );
  });

  it('given any project and any selection, when copied as text, read and pasted, then the project keeps the file shape and unique ids', () => {
    const cases = arbitraryProject.chain((project) =>
      fc.record({
        project: fc.constant(project),
        selected: fc.subarray(ids(project.maps.current.steps)),
        into: fc.integer({ min: -1, max: project.maps.targets.length - 1 }),
        at: fc.record({
          x: fc.integer({ min: -2e6, max: 2e6 }),
          y: fc.integer({ min: -2e6, max: 2e6 }),
        }),
      }),
    );
    fc.assert(
      fc.property(cases, ({ project, selected, into, at }) => {
        const read = readClipboard(
          clipboardText(copySteps(project, project.maps.current, selected)),
        );
        if (!read.ok) throw new Error(read.reason);
        const map = into < 0 ? project.maps.current : (project.maps.targets[into] as ProcessMap);
        expect(pasteProblem(project, map, read.content)).toBeNull();
        const pasted = pasteSteps(project, map, read.content, at);
        expect(ProjectSchema.safeParse(pasted.project).success).toBe(true);
        expect(new Set(ids(pasted.map.steps)).size).toBe(pasted.map.steps.length);
        expect(new Set(ids(pasted.map.flows)).size).toBe(pasted.map.flows.length);
        expect(pasted.stepIds).toHaveLength(selected.length);
      }),
      { numRuns: 60 },
    );
  });
});

describe('pasteProblem', () => {
  it('given a paste that would take a map past 2 000 steps, then it says so in numbers', () => {
    const project = frozenProject();
    const step = stepOf(project.maps.current, 'start');
    const content: ClipboardContent = {
      ...copySteps(project, project.maps.current, []),
      steps: Array.from({ length: 1998 }, (_, i) => ({ ...step, id: `s${i}` })),
    };
    expect(pasteProblem(project, project.maps.current, content)).toBe(
      'Pasting 1,998 steps would give the map 2,001, more than the 2,000 a map can hold.',
    );
    expect(
      pasteProblem(project, project.maps.current, { ...content, steps: content.steps.slice(1) }),
    ).toBeNull();
  });
});

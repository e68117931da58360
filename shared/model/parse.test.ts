import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatIssue } from './issues';
import { parseProject, readProjectDocument } from './parse';
import { minimalProject } from './testing/minimal-project';
import type { Project } from './schema';

const lines = (text: string): string[] => {
  const result = parseProject(text);
  return result.ok ? [] : result.issues.map(formatIssue);
};
const withProject = (edit: (p: Project) => void): string => {
  const project = minimalProject();
  edit(project);
  return JSON.stringify(project);
};
const asRecord = (value: unknown) => value as Record<string, unknown>;

describe('parseProject', () => {
  it('accepts a valid project and fills in defaults', () => {
    // Given a file that leaves out optional fields
    const raw = JSON.parse(JSON.stringify(minimalProject())) as {
      ranges?: unknown;
      formulas?: unknown;
    };
    delete raw.ranges;
    delete raw.formulas;
    // When it is parsed
    const result = parseProject(JSON.stringify(raw));
    // Then the project comes back with the defaults
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.project.ranges).toEqual([]);
      expect(result.project.formulas).toEqual([]);
      expect(result.migratedFrom).toBeNull();
    }
  });

  it('says a field whose label holds its parent\'s once: "Y position", not "Position y position"', () => {
    // given a step at a position y written as text, a demand period and an adoption curve
    // that are not among the choices
    const text = withProject((p) => {
      asRecord(asRecord(p.maps.current.steps[1]).position).y = '140';
      asRecord(p.maps.current.demand).period = 'fortnight';
      asRecord(asRecord(p.maps.targets[0]).plan).adoption = {
        ...p.maps.targets[0]?.plan.adoption,
        curve: 'exponential',
      };
    });
    // when it is parsed
    const found = lines(text);
    // then each message names the field once
    expect(found).toContain(
      'maps.current.steps[1] (Approve invoice): Y position must be a number, but the file has the text "140"',
    );
    expect(found).toContain(
      'maps.current (Today): Demand period must be one of "day", "week", "month", "year", but the file has the text "fortnight"',
    );
    expect(found).toContain(
      'maps.targets[0] (AI approval): Plan adoption curve must be one of "linear", "s-curve", but the file has the text "exponential"',
    );
  });

  it('names the step and the field in the words of the analyst', () => {
    // Given a step whose handling time minimum exceeds its maximum
    const text = withProject((p) => {
      const step = p.maps.current.steps[1];
      if (step?.kind === 'task') step.handlingMinutes = { type: 'uniform', min: 20, max: 5 };
    });
    // Then the message says where and what
    expect(lines(text)).toEqual([
      'maps.current.steps[1] (Approve invoice): Handling time minimum is larger than its maximum',
    ]);
  });

  it('explains a share written as a percentage', () => {
    const text = withProject((p) => {
      const step = p.maps.targets[0]?.steps[1];
      if (step?.kind === 'ai') step.automationRate = 85;
    });
    expect(lines(text)).toEqual([
      'maps.targets[0].steps[1] (AI match): Automation rate must be at most 100 % (found 85; shares are written from 0 to 1, so 25 % is 0.25)',
    ]);
  });

  it('rejects a negative duration and a wrongly typed headcount', () => {
    const text = withProject((p) => {
      asRecord(p.roles[0]).headcount = 'three';
      const step = p.maps.current.steps[1];
      if (step?.kind === 'task') step.handlingMinutes = { type: 'fixed', value: -4 };
    });
    expect(lines(text)).toEqual([
      'roles[0] (AP clerk): Headcount (FTE) must be a number, but the file has the text "three"',
      'maps.current.steps[1] (Approve invoice): Handling time value must be at least 0 (found -4)',
    ]);
  });

  it('given a document that fails the shape check, then it comes back with the issues, for naming their places', () => {
    const text = withProject((p) => {
      asRecord(p.roles[0]).headcount = 'three';
    });
    const read = readProjectDocument(text);
    if (read.ok) throw new Error('a headcount of "three" was accepted');
    expect(read.issues[0]?.path).toEqual(['roles', 0, 'headcount']);
    expect(asRecord(read.document)['roles']).toEqual(asRecord(JSON.parse(text))['roles']);
    // a file that is not JSON never got that far
    const broken = readProjectDocument('{');
    expect(!broken.ok && broken.document).toBeUndefined();
  });

  it('refuses numbers JSON cannot hold: NaN is a syntax error, 1e400 is too large', () => {
    const nan = JSON.stringify(minimalProject()).replace('"costPerHour":42', '"costPerHour":NaN');
    expect(lines(nan)).toEqual([
      `(file): The file is not valid JSON at line 1, column ${nan.indexOf('NaN') + 1}: NaN is not a number a file can hold; write a number instead.`,
    ]);
    const huge = JSON.stringify(minimalProject()).replace(
      '"costPerHour":42',
      '"costPerHour":1e400',
    );
    expect(lines(huge)).toEqual(['roles[0] (AP clerk): Cost per hour is too large to be a number']);
  });

  it('refuses prototype keys without touching any prototype', () => {
    const text = JSON.stringify(minimalProject()).replace(
      '"name":"AP clerk"',
      '"name":"AP clerk","__proto__":{"polluted":true}',
    );
    expect(lines(text)).toEqual([
      'roles[0] (AP clerk): The field name "__proto__" is not allowed in a project file (remove it)',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses more custom formulas than a project may hold, which bounds how long a load takes', () => {
    const formulas = (count: number) => (p: Project) =>
      void (p.formulas = Array.from({ length: count }, (_, i) => ({
        id: `f${i}`,
        name: `Formula ${i}`,
        expression: 'casesPerMonth * 2',
        kind: 'kpi' as const,
        unit: '',
      })));
    expect(lines(withProject(formulas(500)))).toEqual([]);
    expect(lines(withProject(formulas(501)))).toEqual([
      'formulas: Too many formulas (501; at most 500)',
    ]);
  });

  it('refuses a file from a newer Flowcase and one with no version', () => {
    expect(lines(withProject((p) => void (asRecord(p).schemaVersion = 2)))).toEqual([
      'schemaVersion: This project was saved by a newer version of Flowcase (file format 2; this version reads up to 1). Update Flowcase to open it; nothing has been changed.',
    ]);
    expect(lines(withProject((p) => void delete asRecord(p).schemaVersion))[0]).toMatch(
      /no schemaVersion/,
    );
  });

  it('reports cut-off, empty and deeply nested files plainly', () => {
    const text = JSON.stringify(minimalProject());
    expect(lines(text.slice(0, text.length / 2))[0]).toMatch(/ends too early/);
    expect(lines('   ')[0]).toMatch(/empty/);
    expect(lines('['.repeat(100_000))[0]).toMatch(/nests data more than 32 levels/);
    expect(lines(`{"name":"${'x'.repeat(6 * 1024 * 1024)}"}`)[0]).toMatch(/too large/);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const result = parseProject(text);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 500, seed: 42 },
    );
  });

  it('never throws on a valid project with one field replaced by anything', () => {
    const base = minimalProject();
    const paths = [
      ['roles', 0, 'headcount'],
      ['maps', 'current', 'steps', 1],
      ['maps', 'current', 'flows'],
      ['maps', 'targets', 0, 'plan'],
      ['calendar'],
      ['ranges', 0],
    ] as const;
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const copy = structuredClone(base) as unknown as Record<string | number, unknown>;
        let node = copy;
        path.slice(0, -1).forEach((k) => (node = node[k] as Record<string | number, unknown>));
        node[path[path.length - 1] as string | number] = value;
        const result = parseProject(JSON.stringify(copy));
        if (!result.ok) for (const issue of result.issues) expect(issue.message).toMatch(/^[A-Z]/);
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});

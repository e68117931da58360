import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseProject } from './parse';
import { serializeProject, UnsavableProjectError } from './serialize';
import { arbitraryProject } from './testing/arbitrary-project';
import { minimalProject } from './testing/minimal-project';
import type { Project } from './schema';

/** The same object with its keys inserted in reverse order, at every level. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reverseKeys(v)]),
  );
}

describe('serializeProject', () => {
  it('gives the same bytes for the same project, whatever the key order', () => {
    const project = minimalProject();
    const text = serializeProject(project);
    expect(serializeProject(reverseKeys(project) as Project)).toBe(text);
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "name": "Invoice approval"')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('round-trips thousands of generated projects: parse(serialize(p)) equals p', () => {
    fc.assert(
      fc.property(arbitraryProject, (project) => {
        const text = serializeProject(project);
        const result = parseProject(text);
        if (!result.ok)
          throw new Error(result.issues.map((i) => `${i.where}: ${i.message}`).join('\n'));
        expect(result.project).toEqual(project);
        expect(serializeProject(result.project)).toBe(text);
      }),
      { numRuns: 2000, seed: 20261123 },
    );
  }, 60_000);

  it('refuses to write NaN instead of silently saving null', () => {
    const project = minimalProject();
    (project.roles[0] as { costPerHour: number }).costPerHour = Number.NaN;
    expect(() => serializeProject(project)).toThrow(UnsavableProjectError);
    expect(() => serializeProject(project)).toThrow(/roles\[0\] \(AP clerk\): Cost per hour/);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS, type Migration } from './migrations';
import { parseProject } from './parse';
import { CURRENT_SCHEMA_VERSION } from './schema';

describe('migrations', () => {
  it('has one migration per step from version 1 to the current version', () => {
    expect(MIGRATIONS).toHaveLength(CURRENT_SCHEMA_VERSION - 1);
  });

  it('reads the fixture of every released version', () => {
    for (let version = 1; version <= CURRENT_SCHEMA_VERSION; version++) {
      // Given the fixture file saved by that version
      const text = readFileSync(
        new URL(`../../test/fixtures/versions/v${version}.flowcase`, import.meta.url),
        'utf8',
      );
      expect((JSON.parse(text) as { schemaVersion: unknown }).schemaVersion).toBe(version);
      // When it is opened, then it reads as a current project
      const result = parseProject(text);
      expect(result.ok ? 'ok' : result.issues.map((i) => i.message)).toBe('ok');
      if (result.ok)
        expect(result.migratedFrom).toBe(version === CURRENT_SCHEMA_VERSION ? null : version);
    }
  });

  it('applies a chain in order, without touching its input', () => {
    // Given migrations 1->2 (rename a field) and 2->3 (add a default)
    const chain: Migration[] = [
      ({ title, ...rest }) => ({ ...rest, name: title }),
      (doc) => ({ ...doc, currency: 'EUR' }),
    ];
    const v1 = Object.freeze({ schemaVersion: 1, title: 'Old' });
    // When a version-1 document is migrated to 3
    const result = migrate(v1, chain, 3);
    // Then both steps ran and the version is 3
    expect(result).toEqual({
      ok: true,
      fromVersion: 1,
      document: { schemaVersion: 3, name: 'Old', currency: 'EUR' },
    });
    expect(migrate({ schemaVersion: 2, name: 'Mid' }, chain, 3)).toEqual({
      ok: true,
      fromVersion: 2,
      document: { schemaVersion: 3, name: 'Mid', currency: 'EUR' },
    });
  });

  it('refuses newer, missing and nonsense versions', () => {
    const message = (doc: Record<string, unknown>, target: number) => {
      const result = migrate(doc, [], target);
      return result.ok ? 'ok' : result.message;
    };
    expect(message({ schemaVersion: 4 }, 3)).toMatch(/newer version of Flowcase/);
    expect(message({}, 3)).toMatch(/no schemaVersion/);
    expect(message({ schemaVersion: '1' }, 3)).toMatch(/whole number/);
    expect(message({ schemaVersion: 1 }, 2)).toBe('No migration from file format 1 to 2.');
  });
});

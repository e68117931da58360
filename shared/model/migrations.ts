/**
 * Moving older project files forward to the current format.
 *
 * `MIGRATIONS[i]` takes a document of version `i + 1` to version `i + 2`; the chain is applied
 * in order, so a file of any older version reaches `CURRENT_SCHEMA_VERSION`. A migration is a
 * pure function over plain JSON that never mutates its input. Every version has a fixture file
 * in `test/fixtures/versions/` that the tests run through the chain.
 *
 * To change the format: add a migration here, bump `CURRENT_SCHEMA_VERSION`, update the
 * schema, and add the old version's fixture.
 */
import { CURRENT_SCHEMA_VERSION } from './schema';

export type JsonObject = { readonly [key: string]: unknown };
export type Migration = (document: JsonObject) => JsonObject;

/** Version 1 is the first released format, so nothing migrates into it yet. */
export const MIGRATIONS: readonly Migration[] = [];

export type MigrationResult =
  { ok: true; document: JsonObject; fromVersion: number } | { ok: false; message: string };

/**
 * Bring `document` to `target` through `migrations` (defaults: the real chain and version).
 * Refuses files from a newer Flowcase rather than guessing at what they mean.
 */
export function migrate(
  document: JsonObject,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = CURRENT_SCHEMA_VERSION,
): MigrationResult {
  const version = document.schemaVersion;
  if (version === undefined)
    return {
      ok: false,
      message:
        'The file has no schemaVersion, so it is not a Flowcase project (or it was damaged).',
    };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return {
      ok: false,
      message: `The file's schemaVersion must be a whole number from 1, but it is ${JSON.stringify(version)}.`,
    };
  if (version > target)
    return {
      ok: false,
      message: `This project was saved by a newer version of Flowcase (file format ${version}; this version reads up to ${target}). Update Flowcase to open it; nothing has been changed.`,
    };
  let current = document;
  for (let v = version; v < target; v++) {
    const step = migrations[v - 1];
    if (step === undefined)
      return { ok: false, message: `No migration from file format ${v} to ${v + 1}.` };
    current = { ...step(current), schemaVersion: v + 1 };
  }
  return { ok: true, document: current, fromVersion: version };
}

/**
 * Reading a project file: `parseProject(text)` gives either a trusted `Project` or every
 * problem found, each with its place in the file and a sentence an analyst understands.
 * It never throws, whatever the input. Order: limits and JSON syntax (preflight), format
 * version and migrations, shape (zod schema), then process rules (semantics).
 */
import { formatIssue, fromZodIssue, type ProjectIssue } from './issues';
import { migrate, type JsonObject } from './migrations';
import { preflight } from './preflight';
import { CURRENT_SCHEMA_VERSION, ProjectSchema, type Project } from './schema';
import { validateSemantics } from './semantics';

export type ParseResult =
  | { ok: true; project: Project; migratedFrom: number | null }
  | { ok: false; issues: ProjectIssue[] };

/**
 * A project as the editor holds it: the file's shape is valid (so every engine input is a
 * number of the right kind), while process problems that are normal while drawing (a step not
 * yet connected, probabilities not yet at 100 %, a role not yet chosen) are listed in
 * `problems`, in the words `flowcase validate` uses, instead of refusing the document.
 */
export type DocumentResult =
  | { ok: true; project: Project; problems: ProjectIssue[]; migratedFrom: number | null }
  | {
      ok: false;
      issues: ProjectIssue[];
      /** The document the issues' paths are in, when it got as far as the shape check. */
      document?: unknown;
    };

/** At most this many issues are reported; a file with more is not worth reading line by line. */
export const MAX_REPORTED_ISSUES = 50;

const fail = (issues: ProjectIssue[]): { ok: false; issues: ProjectIssue[] } => ({
  ok: false,
  issues: issues.slice(0, MAX_REPORTED_ISSUES),
});

/**
 * Validate an already-parsed JSON value as a document the editor can hold: shape and format
 * version must be right; process problems are returned, not refused. Never throws.
 */
export function validateProjectDocument(value: unknown): DocumentResult {
  try {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      return fail([{ path: [], where: '(file)', message: 'This is not a Flowcase project.' }]);
    const migrated = migrate(value as JsonObject);
    if (!migrated.ok)
      return fail([{ path: ['schemaVersion'], where: 'schemaVersion', message: migrated.message }]);
    const shaped = ProjectSchema.safeParse(migrated.document);
    if (!shaped.success)
      return {
        ...fail(shaped.error.issues.map((issue) => fromZodIssue(migrated.document, issue))),
        document: migrated.document,
      };
    const fromVersion = migrated.fromVersion;
    return {
      ok: true,
      project: shaped.data,
      problems: validateSemantics(shaped.data),
      migratedFrom: fromVersion === CURRENT_SCHEMA_VERSION ? null : fromVersion,
    };
  } catch (error) {
    // A bug of ours must not take the app down with a stack trace; say so plainly.
    return fail([
      {
        path: [],
        where: '(file)',
        message: `Flowcase could not read this project because of an internal error (${
          error instanceof Error ? error.message : String(error)
        }). The file has not been changed.`,
      },
    ]);
  }
}

/** Validate an already-parsed JSON value (e.g. a document received over IPC). Never throws. */
export function validateProject(value: unknown): ParseResult {
  const document = validateProjectDocument(value);
  if (!document.ok) return document;
  if (document.problems.length > 0) return fail(document.problems);
  return { ok: true, project: document.project, migratedFrom: document.migratedFrom };
}

/** Read the text of a `.flowcase` file as a document, process problems allowed. Never throws. */
export function readProjectDocument(text: string): DocumentResult {
  const raw = preflight(text);
  if (!raw.ok) return fail(raw.issues);
  return validateProjectDocument(raw.value);
}

/** Parse the text of a `.flowcase` file. Never throws. */
export function parseProject(text: string): ParseResult {
  const raw = preflight(text);
  if (!raw.ok) return fail(raw.issues);
  return validateProject(raw.value);
}

/** The problems of a failed parse as lines `PATH: MESSAGE`. */
export function describeIssues(issues: readonly ProjectIssue[]): string[] {
  return issues.map(formatIssue);
}

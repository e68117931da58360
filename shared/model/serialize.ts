/**
 * Writing a project file. The output is stable: the same project always gives the same
 * bytes, whatever order its fields were built in (the schema fixes the order), with
 * two-space indentation and a final newline, so files diff well in version control.
 * A project that would not read back (NaN, a dangling reference) is refused, because JSON
 * would silently turn NaN into null and lose the number.
 */
import { formatIssue, fromZodIssue } from './issues';
import { ProjectSchema, type Project } from './schema';
import { validateSemantics } from './semantics';

export class UnsavableProjectError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The project cannot be saved as it is: ${problems.slice(0, 5).join('; ')}`);
    this.name = 'UnsavableProjectError';
  }
}

/** Serialise a project. Throws `UnsavableProjectError` (with readable problems) if invalid. */
export function serializeProject(project: Project): string {
  const shaped = ProjectSchema.safeParse(project);
  if (!shaped.success)
    throw new UnsavableProjectError(
      shaped.error.issues.map((issue) => formatIssue(fromZodIssue(project, issue))),
    );
  const semantic = validateSemantics(shaped.data);
  if (semantic.length > 0) throw new UnsavableProjectError(semantic.map(formatIssue));
  return `${JSON.stringify(shaped.data, null, 2)}\n`;
}

/**
 * Serialise a document the editor holds: the shape must be valid (it is, after any editor
 * command), process problems are kept as they are, so work in progress can be saved and read
 * back by `readProjectDocument` unchanged. Same stable bytes as `serializeProject`. Throws
 * `UnsavableProjectError` only for a shape problem, which no editor command makes.
 */
export function serializeDocument(project: Project): string {
  const shaped = ProjectSchema.safeParse(project);
  if (!shaped.success)
    throw new UnsavableProjectError(
      shaped.error.issues.map((issue) => formatIssue(fromZodIssue(project, issue))),
    );
  return `${JSON.stringify(shaped.data, null, 2)}\n`;
}

/** `flowcase validate FILE`: exit 0 for a valid project, 1 with one line per problem otherwise. */
import { LIMITS, formatIssue, parseProject } from '../../../shared/model';
import { describeFsError, EXIT, type CliIo } from '../io';
import { printable } from '../printable';

export const VALIDATE_HELP = `Usage: flowcase validate FILE

Check that FILE is a valid Flowcase project. Prints "ok: ..." and exits 0 when it is;
prints one "error: PATH: MESSAGE" line per problem and exits 1 when it is not.`;

/**
 * Read and parse a project file, printing its problems; undefined when it cannot be used.
 * Only a regular file of at most `LIMITS.maxFileBytes` is read (see files.ts).
 */
export async function loadProject(io: CliIo, file: string) {
  let text: string;
  try {
    text = await io.readText(file, LIMITS.maxFileBytes);
  } catch (error) {
    io.err(`error: ${printable(file)}: ${printable(describeFsError(error))}`);
    return undefined;
  }
  const result = parseProject(text);
  if (!result.ok) {
    // An issue quotes the file (names, ids, values): printable keeps it on its own line.
    for (const issue of result.issues)
      io.err(
        `error: ${printable(formatIssue(issue.where === '(file)' ? { ...issue, where: file } : issue))}`,
      );
    return undefined;
  }
  return result.project;
}

export async function validateCommand(io: CliIo, args: readonly string[]): Promise<number> {
  if (args.length !== 1 || args[0] === undefined) {
    io.err('error: validate needs exactly one FILE\n');
    io.err(VALIDATE_HELP);
    return EXIT.usage;
  }
  const file = args[0];
  const project = await loadProject(io, file);
  if (project === undefined) return EXIT.invalid;
  const maps = 1 + project.maps.targets.length;
  const steps = [project.maps.current, ...project.maps.targets].reduce(
    (sum, map) => sum + map.steps.length,
    0,
  );
  io.out(
    `ok: ${printable(file)} is a valid Flowcase project ("${printable(project.name)}": ${maps} maps, ${steps} steps)`,
  );
  return EXIT.ok;
}

/** `flowcase validate FILE`: exit 0 for a valid project, 1 with one line per problem otherwise. */
import { LIMITS, formatIssue, parseProject } from '../../../shared/model';
import { describeFsError, EXIT, type CliIo } from '../io';
import { printable } from '../printable';
import { stat } from 'node:fs/promises';

export const VALIDATE_HELP = `Usage: flowcase validate FILE

Check that FILE is a valid Flowcase project. Prints "ok: ..." and exits 0 when it is;
prints one "error: PATH: MESSAGE" line per problem and exits 1 when it is not.`;

/** Read and parse a project file, printing problems; undefined when it cannot be used. */
export async function loadProject(io: CliIo, file: string) {
  const shown = printable(file);
  try {
    const info = await stat(file);
    if (info.isDirectory()) {
      io.err(`error: ${shown}: this is a folder, not a project file`);
      return undefined;
    }
    if (info.size > LIMITS.maxFileBytes) {
      io.err(
        `error: ${shown}: the file is too large (${(info.size / 1024 / 1024).toFixed(1)} MB; at most ${LIMITS.maxFileBytes / 1024 / 1024} MB); a Flowcase project is far smaller`,
      );
      return undefined;
    }
  } catch (error) {
    io.err(`error: ${shown}: ${printable(describeFsError(error))}`);
    return undefined;
  }
  let text: string;
  try {
    text = await io.readText(file);
  } catch (error) {
    io.err(`error: ${shown}: ${printable(describeFsError(error))}`);
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

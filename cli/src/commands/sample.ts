/** `flowcase sample --list` and `flowcase sample NAME [-o FILE]`: the embedded sample projects. */
import { parseArgs } from 'node:util';
import { serializeProject } from '../../../shared/model';
import { findSample, SAMPLES } from '../../../shared/samples';
import { describeFsError, EXIT, type CliIo } from '../io';
import { printable } from '../printable';

export const SAMPLE_HELP = `Usage: flowcase sample --list
       flowcase sample NAME [-o FILE] [--force]

--list          list the embedded sample projects, one a line: NAME then a description
NAME            write that sample project to FILE (or to standard output without -o)
-o, --output    the file to write; an existing file is kept unless --force is given`;

export async function sampleCommand(io: CliIo, args: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      list: { type: 'boolean' },
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
    },
    allowPositionals: true,
  });
  if (values.list) {
    const width = Math.max(...SAMPLES.map((s) => s.slug.length));
    for (const sample of SAMPLES) io.out(`${sample.slug.padEnd(width)}  ${sample.description}`);
    return EXIT.ok;
  }
  const name = positionals[0];
  if (positionals.length !== 1 || name === undefined) {
    io.err('error: name one sample, or use --list to see them\n');
    io.err(SAMPLE_HELP);
    return EXIT.usage;
  }
  const sample = findSample(name);
  if (sample === undefined) {
    io.err(
      `error: there is no sample called "${printable(name)}"; the samples are: ${SAMPLES.map((s) => s.slug).join(', ')}`,
    );
    return EXIT.usage;
  }
  const text = serializeProject(sample.project);
  if (values.output === undefined) {
    io.out(text.trimEnd());
    return EXIT.ok;
  }
  try {
    await io.writeText(values.output, text, values.force === true);
  } catch (error) {
    io.err(`error: ${printable(values.output)}: ${printable(describeFsError(error))}`);
    return EXIT.invalid;
  }
  io.err(`wrote ${sample.title} to ${printable(values.output)}`);
  return EXIT.ok;
}

/**
 * `flowcase export FILE --format csv|xlsx -o OUT`: the business case of one target scenario
 * and every assumption it rests on, as a spreadsheet (shared/export: one sheet per topic, text
 * that could run as a formula neutralised). The file is written whole or not at all.
 */
import { parseArgs } from 'node:util';
import writeExcelFile from 'write-excel-file/node';
import { buildWorkbook, toCsv, toXlsxData } from '../../../shared/export';
import { describeFsError, EXIT, type CliIo } from '../io';
import { UsageError } from '../options';
import { printable } from '../printable';
import {
  BUSINESS_CASE_HELP,
  BUSINESS_CASE_OPTIONS,
  computeBusinessCase,
  scenarioOf,
  uncertaintyOptions,
  type UncertaintyOptions,
} from '../business-case';
import { loadProject } from './validate';

export const EXPORT_HELP = `Usage: flowcase export FILE --format csv|xlsx -o OUT [--force]
                       [--scenario NAME] [--samples N] [--seed S] [--sampling triangular|pert]

Write the business case of a target scenario and every assumption behind it to a spreadsheet,
one sheet per topic: summary, monthly cash flow, roles, systems, the steps of both maps,
flows, ranges, Monte Carlo percentiles, tornado, readiness and assumptions. XLSX keeps
numbers as numbers with their formats. CSV is one UTF-8 file (with a byte-order mark) holding
each sheet as a block: its name, a header row, its rows, a blank line. Text a spreadsheet
could run as a formula (starting with = + - @, a tab or a carriage return) is written with a
' in front.

--format KIND     csv or xlsx (default: from OUT's extension, .csv or .xlsx)
-o, --output OUT  the file to write; it is written whole or not at all
--force           replace OUT if it exists
${BUSINESS_CASE_HELP}`;

type Format = 'csv' | 'xlsx';

/** --format, or the format OUT's extension names. */
function formatOf(format: string | undefined, out: string): Format {
  if (format === 'csv' || format === 'xlsx') return format;
  if (format !== undefined)
    throw new UsageError(`--format must be csv or xlsx (got "${printable(format)}")`);
  const extension = /\.(csv|xlsx)$/i.exec(out)?.[1]?.toLowerCase();
  if (extension === 'csv' || extension === 'xlsx') return extension;
  throw new UsageError('say which format to write with --format csv or --format xlsx');
}

/** Why OUT could not be written, in words. */
function writeProblem(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'the folder to write it in does not exist';
  return describeFsError(error);
}

export async function exportCommand(io: CliIo, args: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      ...BUSINESS_CASE_OPTIONS,
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
    },
    allowPositionals: true,
  });
  const file = positionals[0];
  const out = values.output;
  if (positionals.length !== 1 || file === undefined || out === undefined || out === '') {
    io.err('error: export needs exactly one FILE and -o OUT\n');
    io.err(EXPORT_HELP);
    return EXIT.usage;
  }
  let options: UncertaintyOptions;
  let format: Format;
  try {
    options = uncertaintyOptions(values);
    format = formatOf(values.format, out);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`error: ${error.message}`);
    return EXIT.usage;
  }
  const project = await loadProject(io, file);
  if (project === undefined) return EXIT.invalid;
  const target = scenarioOf(io, file, project, values.scenario);
  if (typeof target === 'number') return target;
  const business = computeBusinessCase(io, project, target, options);
  const workbook = buildWorkbook(project, { ...business, exportedOn: new Date() });
  const bytes =
    format === 'csv'
      ? Buffer.from(toCsv(workbook), 'utf8')
      : await writeExcelFile(toXlsxData(workbook)).toBuffer();
  try {
    await io.writeBytes(out, bytes, values.force === true);
  } catch (error) {
    io.err(`error: ${printable(out)}: ${printable(writeProblem(error))}`);
    return EXIT.invalid;
  }
  io.err(
    `wrote the business case of "${printable(target.name)}" to ${printable(out)} (${format.toUpperCase()}, ${workbook.sheets.length} sheets)`,
  );
  return EXIT.ok;
}

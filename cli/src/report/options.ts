/**
 * The options of `flowcase report`, read into what the command needs or a `UsageError` that
 * says what was expected. Pure, so every case is tested without a browser.
 */
import { parseArgs } from 'node:util';
import { BUSINESS_CASE_OPTIONS } from '../business-case';
import { UsageError, wholeNumber } from '../options';
import { printable } from '../printable';

export type Paper = 'a4' | 'letter';

export interface ReportOptions {
  readonly file: string;
  readonly out: string;
  readonly scenario: string | undefined;
  readonly paper: Paper;
  readonly seed: number;
  readonly force: boolean;
}

export const REPORT_ARGS = {
  scenario: BUSINESS_CASE_OPTIONS.scenario,
  seed: BUSINESS_CASE_OPTIONS.seed,
  paper: { type: 'string' },
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
} as const;

/** The command's options; throws `UsageError` (and parseArgs its own errors) on wrong usage. */
export function reportOptions(args: readonly string[]): ReportOptions {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: REPORT_ARGS,
    allowPositionals: true,
  });
  const file = positionals[0];
  const out = values.output;
  if (positionals.length !== 1 || file === undefined || out === undefined || out === '')
    throw new UsageError('report needs exactly one FILE and -o OUT.pdf');
  const paper = (values.paper ?? 'a4').toLowerCase();
  if (paper !== 'a4' && paper !== 'letter')
    throw new UsageError(`--paper must be a4 or letter (got "${printable(values.paper ?? '')}")`);
  return {
    file,
    out,
    scenario: values.scenario,
    paper,
    seed: wholeNumber(values.seed, '--seed', 1, 0, 2 ** 31 - 1),
    force: values.force === true,
  };
}

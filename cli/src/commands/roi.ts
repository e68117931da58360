/**
 * `flowcase roi FILE`: the business case of one target scenario — monthly cash flow, NPV,
 * IRR, payback, ROI, break-even automation rate — with Monte Carlo over the project's ranges,
 * the tornado of what moves NPV most, and the readiness findings. A summary for people by
 * default; one JSON object with --json.
 */
import { parseArgs } from 'node:util';
import { EXIT, type CliIo } from '../io';
import { printable, terminalJson } from '../printable';
import { UsageError } from '../options';
import {
  BUSINESS_CASE_HELP,
  BUSINESS_CASE_OPTIONS,
  computeBusinessCase,
  scenarioOf,
  uncertaintyOptions,
  type UncertaintyOptions,
} from '../business-case';
import { loadProject } from './validate';
import { roiReport } from './roi-report';
import { formatRoi } from './roi-table';

export const ROI_HELP = `Usage: flowcase roi FILE [--scenario NAME] [--samples N] [--seed S]
                    [--sampling triangular|pert] [--json]

The business case of a target scenario against the current map, month by month over the
horizon: benefit, cost, net and cumulative cash; NPV at the discount rate, IRR, payback month,
ROI and the break-even automation rate. Monte Carlo over the project's ranges gives P10/P50/P90
of NPV and payback and the chance that NPV > 0; the tornado shows which range moves NPV most;
readiness lists the production risks the map shows.

${BUSINESS_CASE_HELP}
--json            print one JSON object instead of a summary`;

export async function roiCommand(io: CliIo, args: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { ...BUSINESS_CASE_OPTIONS, json: { type: 'boolean' } },
    allowPositionals: true,
  });
  let options: UncertaintyOptions;
  try {
    options = uncertaintyOptions(values);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`error: ${error.message}`);
    return EXIT.usage;
  }
  const file = positionals[0];
  if (positionals.length !== 1 || file === undefined) {
    io.err('error: roi needs exactly one FILE\n');
    io.err(ROI_HELP);
    return EXIT.usage;
  }
  const project = await loadProject(io, file);
  if (project === undefined) return EXIT.invalid;
  const target = scenarioOf(io, file, project, values.scenario);
  if (typeof target === 'number') return target;
  const business = computeBusinessCase(io, project, target, options);
  const report = roiReport(business.roi, business.monteCarlo, business.tornado, business.readiness);
  // The report quotes the file (scenario, KPI and range names, readiness findings).
  if (values.json) io.out(terminalJson(report));
  else for (const line of formatRoi(report)) io.out(printable(line));
  return EXIT.ok;
}

/**
 * `flowcase roi FILE`: the business case of one target scenario — monthly cash flow, NPV,
 * IRR, payback, ROI, break-even automation rate — with Monte Carlo over the project's ranges,
 * the tornado of what moves NPV most, and the readiness findings. A summary for people by
 * default; one JSON object with --json.
 */
import { parseArgs } from 'node:util';
import { computeRoi, findTarget } from '../../../shared/roi';
import { monteCarlo, tornado } from '../../../shared/uncertainty';
import { checkReadiness } from '../../../shared/readiness';
import { EXIT, type CliIo } from '../io';
import { printable, terminalJson } from '../printable';
import { startProgress } from '../progress';
import { UsageError, wholeNumber } from '../options';
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

--scenario NAME   the target map, by name or id (default: the first target)
--samples N       Monte Carlo samples (default 10000; 0 skips Monte Carlo)
--seed S          random seed; the same seed gives the same result (default 1)
--sampling KIND   how ranges are sampled: triangular (default) or pert
--json            print one JSON object instead of a summary`;

export async function roiCommand(io: CliIo, args: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      scenario: { type: 'string' },
      samples: { type: 'string' },
      seed: { type: 'string' },
      sampling: { type: 'string' },
      json: { type: 'boolean' },
    },
    allowPositionals: true,
  });
  let samples: number;
  let seed: number;
  try {
    samples = wholeNumber(values.samples, '--samples', 10_000, 0, 1_000_000);
    seed = wholeNumber(values.seed, '--seed', 1, 0, 2 ** 31 - 1);
    if (
      values.sampling !== undefined &&
      values.sampling !== 'triangular' &&
      values.sampling !== 'pert'
    )
      throw new UsageError(`--sampling must be triangular or pert (got "${values.sampling}")`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`error: ${error.message}`);
    return EXIT.usage;
  }
  const sampling = values.sampling === 'pert' ? 'pert' : 'triangular';
  const file = positionals[0];
  if (positionals.length !== 1 || file === undefined) {
    io.err('error: roi needs exactly one FILE\n');
    io.err(ROI_HELP);
    return EXIT.usage;
  }
  const project = await loadProject(io, file);
  if (project === undefined) return EXIT.invalid;
  if (project.maps.targets.length === 0) {
    io.err(
      `error: ${printable(file)}: the project has no target map, so there is no scenario to build a business case for`,
    );
    return EXIT.invalid;
  }
  const target = findTarget(project, values.scenario);
  if (target === undefined) {
    const names = project.maps.targets.map((t) => `"${printable(t.name)}"`).join(', ');
    io.err(
      `error: ${printable(file)}: there is no target map called "${printable(values.scenario ?? '')}"; the targets are ${names}`,
    );
    return EXIT.usage;
  }
  const roi = computeRoi(project, target);
  // Without a business case there is nothing for Monte Carlo or the tornado to vary.
  const blocked = roi.blockers.length > 0;
  // Monte Carlo is the one part that can run for seconds (up to 1 000 000 samples).
  const progress = startProgress(io, `Monte Carlo for ${printable(target.name)}`);
  let mc;
  try {
    mc =
      samples > 0 && !blocked
        ? monteCarlo(project, target, {
            samples,
            seed,
            sampling,
            onProgress: (share) => progress.update(share),
          })
        : null;
  } finally {
    progress.done();
  }
  const report = roiReport(
    roi,
    mc,
    blocked ? null : tornado(project, target),
    checkReadiness(project, target),
  );
  // The report quotes the file (scenario, KPI and range names, readiness findings).
  if (values.json) io.out(terminalJson(report));
  else for (const line of formatRoi(report)) io.out(printable(line));
  return EXIT.ok;
}

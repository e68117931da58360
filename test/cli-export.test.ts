/**
 * `flowcase export` end to end through the CLI (run in-process): the XLSX read back cell by
 * cell, equal to `flowcase roi --json` for the same seed; the CSV's blocks; formula-like names
 * neutralised in both; and clear errors for a wrong format, an OUT that cannot be written and
 * a bad project file.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/src/testing/run-in-process';
import { readXlsx, type XlsxCellRead } from './support/read-xlsx';

let dir = '';
let sample = '';
let hostile = '';

const cli = (args: string[]) => runCli(args, { timeoutMs: 60_000 });

const HYPERLINK = '=HYPERLINK("http://x","y")';

interface SampleProject {
  roles: { id: string; name: string }[];
  maps: { current: { steps: { id: string; name: string }[] } };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'flowcase-export-'));
  sample = join(dir, 'ap.flowcase');
  expect((await cli(['sample', 'invoice-processing', '-o', sample])).status).toBe(0);
  // The same project with a role and a step named like formulas.
  const project = JSON.parse(readFileSync(sample, 'utf8')) as SampleProject;
  const lead = project.roles.find((r) => r.id === 'ap-lead');
  const clerk = project.roles.find((r) => r.id === 'ap-clerk');
  const step = project.maps.current.steps.find((s) => s.id === 'enter-data');
  if (lead === undefined || clerk === undefined || step === undefined)
    throw new Error('the sample has changed');
  lead.name = HYPERLINK;
  clerk.name = '@SUM(A1)';
  step.name = '-2 keying';
  hostile = join(dir, 'hostile.flowcase');
  writeFileSync(hostile, JSON.stringify(project));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Report {
  npv: number;
  paybackMonth: number | null;
  totalCost: number;
  monthly: { month: number; benefit: number; cost: number; net: number; cumulative: number }[];
  monteCarlo: { npv: { p10: number; p50: number; p90: number }; probNpvPositive: number };
  readiness: { severity: string; rule: string; message: string }[];
}

const SCENARIO = ['--scenario', 'Touchless with QA sampling', '--samples', '1000', '--seed', '3'];

/** The Summary row of `figure`: its value cell. */
function summaryValue(
  rows: (XlsxCellRead | undefined)[][],
  figure: string,
): XlsxCellRead | undefined {
  return rows.find((r) => r[0]?.value === figure)?.[1];
}

describe('flowcase export --format xlsx', () => {
  it('writes one sheet per topic whose cells equal flowcase roi --json for the same seed', async () => {
    // given the AP sample, its second scenario and the roi JSON for the same options
    const roi = await cli(['roi', sample, ...SCENARIO, '--json']);
    expect(roi.status, roi.stderr).toBe(0);
    const report = JSON.parse(roi.stdout) as Report;
    // when it is exported as XLSX
    const out = join(dir, 'touchless.xlsx');
    const run = await cli(['export', sample, '--format', 'xlsx', '-o', out, ...SCENARIO]);
    // then it succeeds and says what it wrote
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      `wrote the business case of "Touchless with QA sampling" to ${out}`,
    );
    // and the workbook has every sheet, in order
    const book = readXlsx(readFileSync(out));
    expect(book.sheetNames).toEqual([
      'Summary',
      'Monthly cash flow',
      'Roles',
      'Systems',
      'Steps',
      'Flows',
      'Ranges',
      'Monte Carlo',
      'Tornado',
      'Readiness',
      'Assumptions',
    ]);
    // and the headline figures are numbers equal to the roi JSON, in money format
    const summary = book.sheet('Summary');
    expect(summary[0]?.map((c) => c?.value)).toEqual(['Figure', 'Value', 'Unit', 'Note']);
    expect(summary[0]?.every((c) => c?.bold)).toBe(true);
    expect(summaryValue(summary, 'Scenario')?.value).toBe('Touchless with QA sampling');
    expect(summaryValue(summary, 'NPV')).toEqual({
      value: report.npv,
      format: '#,##0.00',
      bold: false,
    });
    expect(summaryValue(summary, 'Payback')?.value).toBe(
      report.paybackMonth ?? 'not within the horizon',
    );
    expect(summaryValue(summary, 'Total cost')?.value).toBe(report.totalCost);
    expect(summaryValue(summary, 'Chance that NPV > 0')).toMatchObject({
      value: report.monteCarlo.probNpvPositive,
      format: '0.0%',
    });
    // and every month is a row of numbers equal to the roi JSON's
    const months = book.sheet('Monthly cash flow');
    expect(months[0]?.map((c) => c?.value)).toEqual([
      'Month',
      'Benefit (EUR)',
      'Cost (EUR)',
      'Net (EUR)',
      'Cumulative (EUR)',
    ]);
    expect(months.slice(1).map((r) => r.map((c) => c?.value))).toEqual(
      report.monthly.map((m) => [m.month, m.benefit, m.cost, m.net, m.cumulative]),
    );
    // and the Monte Carlo percentiles and readiness findings are the roi JSON's
    expect(
      book
        .sheet('Monte Carlo')[1]
        ?.slice(0, 4)
        .map((c) => c?.value),
    ).toEqual([
      'NPV',
      report.monteCarlo.npv.p10,
      report.monteCarlo.npv.p50,
      report.monteCarlo.npv.p90,
    ]);
    expect(
      book
        .sheet('Readiness')
        .slice(1)
        .map((r) => [r[0]?.value, r[1]?.value, r[3]?.value]),
    ).toEqual(report.readiness.map((f) => [f.severity, f.rule, f.message]));
    // and no temporary file is left beside OUT
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('writes formula-like names with a quote in front, so a spreadsheet shows them as text', async () => {
    // given a project with a role named =HYPERLINK(...), one named @SUM(A1) and a step named -2 ...
    const out = join(dir, 'hostile.xlsx');
    // when it is exported
    const run = await cli(['export', hostile, '-o', out, '--samples', '200']);
    expect(run.status, run.stderr).toBe(0);
    // then the Roles sheet holds them as text starting with a quote
    const book = readXlsx(readFileSync(out));
    const roles = book.sheet('Roles').map((r) => r[0]?.value);
    expect(roles).toContain(`'${HYPERLINK}`);
    expect(roles).toContain("'@SUM(A1)");
    // and so does every sheet that names them (steps, owners, readiness subjects)
    const steps = book.sheet('Steps');
    expect(steps.map((r) => r[1]?.value)).toContain("'-2 keying");
    expect(steps.flatMap((r) => r.map((c) => c?.value))).toContain(`'${HYPERLINK}`);
    // and no text cell anywhere starts with a formula sign, and no cell is a formula
    for (const name of book.sheetNames)
      for (const row of book.sheet(name))
        for (const cell of row)
          if (typeof cell?.value === 'string') expect(cell.value).not.toMatch(/^[=+\-@\t\r]/);
    for (const [path, content] of book.files)
      if (path.startsWith('xl/worksheets/')) expect(content.toString('utf8')).not.toContain('<f>');
  });
});

describe('flowcase export --format csv', () => {
  it('writes one UTF-8 file with a BOM, CRLF, and each sheet as a block; names neutralised', async () => {
    // given the project with formula-like names
    const out = join(dir, 'hostile.csv');
    // when it is exported as CSV (the format from the extension)
    const run = await cli(['export', hostile, '-o', out, '--samples', '0']);
    expect(run.status, run.stderr).toBe(0);
    const bytes = readFileSync(out);
    // then it starts with the UTF-8 byte-order mark and ends lines with CRLF
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8').slice(1);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n(?![^"]*"(?:,|$))/);
    const lines = csv.split('\r\n');
    // and each block starts with the sheet's name after a blank line, then its header
    const titles = lines.filter((line, i) => i === 0 || lines[i - 1] === '');
    expect(titles.filter((t) => t !== '')).toEqual([
      'Summary',
      'Monthly cash flow',
      'Roles',
      'Systems',
      'Steps',
      'Flows',
      'Ranges',
      'Monte Carlo',
      'Tornado',
      'Readiness',
      'Assumptions',
    ]);
    expect(lines[lines.indexOf('Roles') + 1]).toBe('Role,Id,Headcount (FTE),Cost per hour (EUR)');
    // and the formula-like names are quoted text with a ' in front
    expect(lines).toContain(`"'=HYPERLINK(""http://x"",""y"")",ap-lead,1,68`);
    expect(lines).toContain(`'@SUM(A1),ap-clerk,10,44`);
    // and Monte Carlo says it was not run with --samples 0
    expect(lines[lines.indexOf('Monte Carlo') + 2]).toBe('Not run: no samples were asked for,,,,,');
  });
});

describe('flowcase export errors', () => {
  it('refuses an unknown format and a missing OUT as wrong usage, writing nothing', async () => {
    const out = join(dir, 'x.ods');
    const bad = await cli(['export', sample, '--format', 'ods', '-o', out]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('error: --format must be csv or xlsx (got "ods")\n');
    const guess = await cli(['export', sample, '-o', out]);
    expect(guess.status).toBe(2);
    expect(guess.stderr).toBe(
      'error: say which format to write with --format csv or --format xlsx\n',
    );
    expect(existsSync(out)).toBe(false);
    const noOut = await cli(['export', sample, '--format', 'csv']);
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toMatch(
      /^error: export needs exactly one FILE and -o OUT\n\nUsage: flowcase export/,
    );
  });

  it('says why OUT cannot be written: no such folder, a folder, an existing file without --force', async () => {
    const missing = join(dir, 'no-such-folder', 'out.csv');
    const run = await cli(['export', sample, '-o', missing, '--samples', '0']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`error: ${missing}: the folder to write it in does not exist\n`);
    const folder = join(dir, 'a-folder.csv');
    mkdirSync(folder);
    const intoFolder = await cli(['export', sample, '-o', folder, '--samples', '0']);
    expect(intoFolder.status).toBe(1);
    expect(intoFolder.stderr).toBe(
      `error: ${folder}: this is a folder, not a file an export can be written to\n`,
    );
    // given an existing file
    const existing = join(dir, 'existing.csv');
    writeFileSync(existing, 'keep me');
    const kept = await cli(['export', sample, '-o', existing, '--samples', '0']);
    expect(kept.status).toBe(1);
    expect(kept.stderr).toBe(
      `error: ${existing}: the file already exists (add --force to replace it)\n`,
    );
    expect(readFileSync(existing, 'utf8')).toBe('keep me');
    const replaced = await cli(['export', sample, '-o', existing, '--samples', '0', '--force']);
    expect(replaced.status, replaced.stderr).toBe(0);
    expect(readFileSync(existing, 'utf8')).toMatch(/^\uFEFFSummary\r\n/);
  });

  it('reports a bad project file in the same words as validate, and a wrong scenario as roi does', async () => {
    const broken = join(dir, 'broken.flowcase');
    writeFileSync(broken, '{"schemaVersion": 1, "name": ""}');
    const validate = await cli(['validate', broken]);
    const run = await cli(['export', broken, '-o', join(dir, 'broken.csv')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(validate.stderr);
    const absent = await cli(['export', join(dir, 'absent.flowcase'), '-o', join(dir, 'a.csv')]);
    expect(absent.stderr).toBe(`error: ${join(dir, 'absent.flowcase')}: no such file\n`);
    const scenario = await cli(['export', sample, '-o', join(dir, 's.csv'), '--scenario', 'Nope']);
    expect(scenario.status).toBe(2);
    expect(scenario.stderr).toMatch(
      /there is no target map called "Nope"; the targets are "AI match with review", "Touchless with QA sampling"/,
    );
  });

  it('has help that names the formats and the options', async () => {
    const help = await cli(['export', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: flowcase export FILE --format csv\|xlsx -o OUT/);
    for (const option of ['--format', '--output', '--force', '--scenario', '--samples', '--seed'])
      expect(help.stdout).toContain(option);
    const usage = await cli(['--help']);
    expect(usage.stdout).toMatch(/\n {2}export +write the business case/);
  });
});

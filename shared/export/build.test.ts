/**
 * The export workbook of the AP sample: every sheet there, the figures equal to the engines'
 * own, every step of both maps, and formula-like names neutralised in both writers.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../engine';
import type { Project, TargetMap } from '../model/schema';
import { checkReadiness } from '../readiness';
import { computeRoi } from '../roi';
import { findSample } from '../samples';
import { monteCarlo, tornado } from '../uncertainty';
import { buildWorkbook, type ExportInputs } from './build';
import { toCsv } from './csv';
import type { Cell, Sheet, Workbook } from './workbook';
import { toXlsxData } from './xlsx';

function sample(): Project {
  const found = findSample('invoice-processing');
  if (found === undefined) throw new Error('the invoice sample is missing');
  return structuredClone(found.project);
}

function firstTarget(project: Project): TargetMap {
  const target = project.maps.targets[0];
  if (target === undefined) throw new Error('no target');
  return target;
}

/** The business case as the CLI computes it, with few Monte Carlo samples. */
function businessCase(project: Project, target: TargetMap): ExportInputs {
  const roi = computeRoi(project, target);
  const blocked = roi.blockers.length > 0;
  return {
    roi,
    monteCarlo: blocked
      ? null
      : monteCarlo(project, target, { samples: 500, seed: 1, sampling: 'triangular' }),
    tornado: blocked ? null : tornado(project, target),
    readiness: checkReadiness(project, target),
  };
}

function sheet(workbook: Workbook, name: string): Sheet {
  const found = workbook.sheets.find((s) => s.name === name);
  if (found === undefined) throw new Error(`no sheet "${name}"`);
  return found;
}

/** The value of the Summary row called `figure`. */
function summary(workbook: Workbook, figure: string): Cell | undefined {
  return sheet(workbook, 'Summary').rows.find(
    (r) => r[0]?.kind === 'text' && r[0].value === figure,
  )?.[1];
}

const numberIn = (cell: Cell | undefined): number | undefined =>
  cell?.kind === 'number' ? cell.value : undefined;

describe('buildWorkbook', () => {
  it('has one sheet per topic, with the business case figures as computed', () => {
    // given the AP sample's first scenario and its business case
    const project = sample();
    const target = firstTarget(project);
    const inputs = businessCase(project, target);
    // when the workbook is built
    const workbook = buildWorkbook(project, {
      ...inputs,
      exportedOn: new Date('2025-05-02T23:30:00Z'),
    });
    // then every topic has its sheet, in order, and no Simulation sheet without a simulation
    expect(workbook.sheets.map((s) => s.name)).toEqual([
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
    // and the headline is computeRoi's
    const { roi } = inputs;
    expect(numberIn(summary(workbook, 'NPV'))).toBe(roi.npv);
    expect(numberIn(summary(workbook, 'Payback'))).toBe(roi.paybackMonth);
    expect(numberIn(summary(workbook, 'Total cost'))).toBe(roi.totalCost);
    expect(numberIn(summary(workbook, 'Chance that NPV > 0'))).toBe(
      inputs.monteCarlo?.probNpvPositive,
    );
    expect(summary(workbook, 'Exported on')).toEqual({ kind: 'date', value: '2025-05-02' });
    // and every month is there, with computeRoi's columns
    const months = sheet(workbook, 'Monthly cash flow');
    expect(months.columns.map((c) => c.header)).toEqual([
      'Month',
      'Benefit (EUR)',
      'Cost (EUR)',
      'Net (EUR)',
      'Cumulative (EUR)',
    ]);
    expect(months.rows).toHaveLength(roi.horizonMonths);
    expect(months.rows.map((r) => r.map(numberIn))).toEqual(
      roi.monthly.map((m) => [m.month, m.benefit, m.cost, m.net, m.cumulative]),
    );
    // and the Monte Carlo percentiles and the tornado bars are the engines'
    const mc = sheet(workbook, 'Monte Carlo').rows;
    expect(mc[0]?.slice(1, 5).map(numberIn)).toEqual([
      inputs.monteCarlo?.npv.p10,
      inputs.monteCarlo?.npv.p50,
      inputs.monteCarlo?.npv.p90,
      inputs.monteCarlo?.npv.mean,
    ]);
    expect(sheet(workbook, 'Tornado').rows.map((r) => numberIn(r[8]))).toEqual(
      inputs.tornado?.bars.map((b) => b.swing),
    );
    // and every readiness finding is a row with its severity, rule, subject, message and fix
    expect(sheet(workbook, 'Readiness').rows).toEqual(
      inputs.readiness.map((f) =>
        [f.severity, f.rule, f.subject, f.message, f.fix].map((value) => ({ kind: 'text', value })),
      ),
    );
    // and every range has a row
    expect(sheet(workbook, 'Ranges').rows).toHaveLength(project.ranges.length);
  });

  it('lists every step of both maps with its kind, role and durations as words and mean minutes', () => {
    // given the sample
    const project = sample();
    const target = firstTarget(project);
    // when the workbook is built
    const steps = sheet(buildWorkbook(project, businessCase(project, target)), 'Steps');
    // then both maps' steps are there, in map order
    const names = steps.rows.map((r) =>
      [r[0], r[1]].map((c) => (c?.kind === 'text' ? c.value : '')),
    );
    expect(names).toEqual(
      [project.maps.current, target].flatMap((m) => m.steps.map((s) => [m.name, s.name])),
    );
    // and a task reads with its role and handling time
    const headers = steps.columns.map((c) => c.header);
    const task = project.maps.current.steps.find((s) => s.kind === 'task');
    const row = steps.rows.find((r) => r[2]?.kind === 'text' && r[2].value === task?.id);
    const at = (header: string): Cell | undefined => row?.[headers.indexOf(header)];
    expect(at('Kind')).toEqual({ kind: 'text', value: 'Task' });
    expect(at('Role')?.kind).toBe('text');
    const handling = at('Handling time');
    expect(handling?.kind === 'text' ? handling.value : '').toMatch(/min$/);
    expect(at('Handling time mean (min)')).toMatchObject({ kind: 'number', format: 'decimal' });
    // and an AI step has its automation rate as a share
    const ai = target.steps.find((s) => s.kind === 'ai');
    const aiRow = steps.rows.find((r) => r[2]?.kind === 'text' && r[2].value === ai?.id);
    expect(aiRow?.[headers.indexOf('Automation rate (%)')]).toEqual({
      kind: 'number',
      value: ai?.kind === 'ai' ? ai.automationRate : NaN,
      format: 'percent',
    });
    // and every row is as wide as the header or narrower
    for (const r of steps.rows) expect(r.length).toBeLessThanOrEqual(headers.length);
  });

  it('adds the Simulation sheet when simulation results are given', () => {
    // given a short simulation of the current map
    const project = sample();
    const target = firstTarget(project);
    const run = simulate(project, project.maps.current, { cases: 2000, replications: 2, seed: 1 });
    // when the workbook is built with it
    const workbook = buildWorkbook(project, {
      ...businessCase(project, target),
      simulations: [run],
    });
    // then the last sheet lists its figures, the throughput with its interval
    const sim = sheet(workbook, 'Simulation');
    const throughput = sim.rows.find((r) => r[1]?.kind === 'text' && r[1].value === 'Throughput');
    expect(throughput?.slice(2, 5).map(numberIn)).toEqual([
      run.throughputPerHour?.mean,
      run.throughputPerHour?.ci95[0],
      run.throughputPerHour?.ci95[1],
    ]);
    expect(workbook.sheets.at(-1)?.name).toBe('Simulation');
  });

  it('says there is no business case instead of figures when the maps cannot do the work', () => {
    // given a scenario whose clerks cannot keep up
    const project = sample();
    for (const role of project.roles) role.headcount = 0.05;
    const target = firstTarget(project);
    const inputs = businessCase(project, target);
    expect(inputs.roi.blockers.length).toBeGreaterThan(0);
    // when the workbook is built
    const workbook = buildWorkbook(project, inputs);
    // then the Summary gives the reasons and no NPV, and the other sheets say why they are empty
    expect(summary(workbook, 'No business case')).toEqual({
      kind: 'text',
      value: inputs.roi.blockers[0],
    });
    expect(summary(workbook, 'NPV')).toBeUndefined();
    expect(sheet(workbook, 'Monthly cash flow').rows).toEqual([
      [{ kind: 'text', value: 'No business case: see Summary' }],
    ]);
    const notRun = sheet(workbook, 'Monte Carlo').rows[0]?.[0];
    expect(notRun?.kind === 'text' ? notRun.value : '').toMatch(
      /^Not run: there is no business case/,
    );
  });

  it('refuses a business case of another project', () => {
    const project = sample();
    const inputs = businessCase(project, firstTarget(project));
    const other = sample();
    other.maps.targets = [];
    expect(() => buildWorkbook(other, inputs)).toThrow(RangeError);
  });
});

describe('formula-like names in an export', () => {
  const HOSTILE = ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '\tX', '\rY'];

  function hostileWorkbook(): Workbook {
    // Names with a tab or carriage return do not pass the file format's checks, but the
    // writers must not rely on that: a project built in code skips the parser.
    const project = sample();
    const target = firstTarget(project);
    project.roles = [
      ...project.roles,
      ...HOSTILE.map((name, i) => ({ id: `hostile-${i}`, name, headcount: 1, costPerHour: 10 })),
    ];
    return buildWorkbook(project, businessCase(project, target));
  }

  it('are written with a quote in front in the CSV', () => {
    // given roles named like formulas
    // when the workbook is written as CSV
    const csv = toCsv(hostileWorkbook());
    // then each name starts with a quote (and is quoted where it holds a quote or a CR)
    expect(csv).toContain(`\r\n"'=HYPERLINK(""http://x"",""y"")",hostile-0,1,10\r\n`);
    expect(csv).toContain(`\r\n'+1,hostile-1,1,10\r\n`);
    expect(csv).toContain(`\r\n'-2,hostile-2,1,10\r\n`);
    expect(csv).toContain(`\r\n'@SUM(A1),hostile-3,1,10\r\n`);
    expect(csv).toContain(`\r\n'\tX,hostile-4,1,10\r\n`);
    expect(csv).toContain(`\r\n"'\rY",hostile-5,1,10\r\n`);
    // and no line of the file starts with a formula sign
    expect(csv.split('\r\n').filter((l) => /^[=+\-@\t\r]/.test(l))).toEqual([]);
  });

  it('are written with a quote in front in the XLSX data, and numbers stay numbers', () => {
    // given roles named like formulas
    // when the workbook is turned into write-excel-file's data
    const roles = toXlsxData(hostileWorkbook()).find((s) => s.sheet === 'Roles');
    // then each name is text starting with a quote
    const names = roles?.data.slice(1).map((r) => r[0]?.value);
    for (const name of HOSTILE) expect(names).toContain(`'${name}`);
    // and the header is bold and frozen, the cost a number with a money format
    expect(roles?.data[0]?.[0]).toEqual({ value: 'Role', type: String, fontWeight: 'bold' });
    expect(roles?.stickyRowsCount).toBe(1);
    expect(roles?.data.at(-1)?.[3]).toEqual({ value: 10, type: Number, format: '#,##0.00' });
  });

  it('leaves no text cell anywhere in the XLSX data starting with a formula sign', () => {
    const data = toXlsxData(hostileWorkbook());
    const unsafe = data.flatMap((s) =>
      s.data.flatMap((r) =>
        r.filter((c) => c?.type === String && /^[=+\-@\t\r]/.test(String(c.value))),
      ),
    );
    expect(unsafe).toEqual([]);
  });
});

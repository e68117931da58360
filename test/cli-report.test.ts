/**
 * `flowcase report` end to end (run in-process, printing through the real Chromium): for each
 * sample the PDF has every part, the NPV and payback `flowcase roi --json` gives, a sane
 * number of pages, a tag tree, no raster image (charts and maps are vector), and its pages
 * rendered to PNG under test-results/report/ to look at. Bad input writes no PDF.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/src/testing/run-in-process';
import { ROOT } from './support/cli-bundle';
import { ensureCurrentReportPage } from './support/report-build';

const SAMPLES = ['invoice-processing', 'ticket-triage', 'parts-procurement'];
const HEADINGS = [
  'Business case',
  'Executive summary',
  'Process maps',
  'Simulation results',
  'Financials',
  'Uncertainty',
  'Production readiness',
  'Appendix: assumptions and method',
  'How the numbers are computed',
];
const ARTIFACTS = join(ROOT, 'test-results', 'report');

let dir = '';
const cli = (args: string[]) => runCli(args, { timeoutMs: 120_000 });
const tool = (name: string, args: string[]) => execFileSync(name, args, { encoding: 'utf8' });

beforeAll(async () => {
  ensureCurrentReportPage();
  dir = mkdtempSync(join(tmpdir(), 'flowcase-report-'));
  for (const sample of SAMPLES)
    expect((await cli(['sample', sample, '-o', join(dir, `${sample}.flowcase`)])).status).toBe(0);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const money = (amount: number, currency: string) =>
  new Intl.NumberFormat('en-GB', { style: 'currency', currency, maximumFractionDigits: 0 }).format(
    amount,
  );

describe('flowcase report', () => {
  for (const sample of SAMPLES)
    it(`prints ${sample}: every part, the figures of flowcase roi, vector only, tagged`, async () => {
      // Given a sample project and what flowcase roi says of its first scenario
      const file = join(dir, `${sample}.flowcase`);
      const roiRun = await cli(['roi', file, '--json']);
      expect(roiRun.status, roiRun.stderr).toBe(0);
      const roi = JSON.parse(roiRun.stdout) as {
        npv: number;
        paybackMonth: number | null;
        currency: string;
      };
      // When the report is printed
      const pdf = join(dir, `${sample}.pdf`);
      const run = await cli(['report', file, '-o', pdf]);
      // Then it is written, tagged, with a sane number of A4 pages
      expect(run.status, run.stderr).toBe(0);
      const info = tool('pdfinfo', [pdf]);
      expect(info).toMatch(/Tagged:\s+yes/);
      expect(info).toMatch(/Page size:.*\(A4\)/);
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(pages).toBeGreaterThanOrEqual(10);
      expect(pages).toBeLessThanOrEqual(40);
      // and its text, selectable, holds every part and the same NPV and payback as flowcase roi
      const text = tool('pdftotext', [pdf, '-']).replace(/\s+/g, ' ');
      for (const heading of HEADINGS) expect(text, heading).toContain(heading);
      // (the cover's headline, and the recommendation that quotes it)
      const npv = money(roi.npv, roi.currency);
      const payback =
        roi.paybackMonth === null ? 'Not within the horizon' : `Month ${roi.paybackMonth}`;
      const cover = text.slice(0, text.indexOf('Executive summary'));
      expect(cover).toMatch(new RegExp(`NPV .*${npv.replace(/[$.]/g, '\\$&')}`));
      expect(cover).toContain(payback);
      expect(cover).toContain(`the NPV is ${npv}`);
      expect(text).toMatch(/Page 2 of \d+/);
      // and it holds no raster image: charts and maps are vector
      const images = tool('pdfimages', ['-list', pdf]).trim().split('\n');
      expect(images).toHaveLength(2); // the header and its rule
      // and all its text is in the font shipped with the app, embedded: no system font, so it
      // looks the same on every machine (Type 3 fonts are the outlines of haloed map labels)
      const fonts = tool('pdffonts', [pdf]).trim().split('\n').slice(2);
      expect(fonts.some((font) => /\+Inter-Regular\s+CID TrueType/.test(font))).toBe(true);
      for (const font of fonts) {
        const [name = '', type = ''] = font.split(/\s+/);
        expect(font, font).toMatch(/\byes\s+\S+\s+yes\s+\d+\s+\d+$/); // embedded, with Unicode
        if (type !== 'Type') expect(name, font).toMatch(/^[A-Z]{6}\+Inter-/);
      }
      // and its pages are kept as pictures to look at
      const out = join(ARTIFACTS, sample);
      mkdirSync(out, { recursive: true });
      tool('pdftoppm', ['-r', '50', '-png', pdf, join(out, 'page')]);
      expect(existsSync(join(out, pages >= 10 ? 'page-01.png' : 'page-1.png'))).toBe(true);
    }, 120_000);

  it('shows on a terminal how far it is, moving forward, and clears the line when done', async () => {
    // Given a person watching a terminal, and a clock that moves a second each time it is read
    let clock = 0;
    const pdf = join(dir, 'progress.pdf');
    const run = await runCli(['report', join(dir, 'invoice-processing.flowcase'), '-o', pdf], {
      terminal: true,
      now: () => (clock += 1000),
      timeoutMs: 120_000,
    });
    // Then the line shows the share of the figures computed, which never goes back, then
    // says that the report is drawn and printed
    expect(run.status, run.stderr).toBe(0);
    const shown = run.progress.filter((text) => text !== '');
    const computing = shown.slice(0, -1);
    expect(computing.length).toBeGreaterThan(0);
    for (const text of computing)
      expect(text).toMatch(/^Business case of "AI match with review": \d+ % — .* left$/);
    const percents = computing.map((text) => Number(/: (\d+) %/.exec(text)?.[1]));
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(shown.at(-1)).toBe(
      'Business case of "AI match with review": drawing and printing the PDF…',
    );
    // and it is cleared before the command says what it wrote
    expect(run.progress.at(-1)).toBe('');
    expect(run.stderr).toContain('wrote the business case');
  }, 120_000);

  it('prints on Letter paper when asked', async () => {
    const pdf = join(dir, 'letter.pdf');
    const run = await cli([
      'report',
      join(dir, 'ticket-triage.flowcase'),
      '-o',
      pdf,
      '--paper',
      'letter',
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(tool('pdfinfo', [pdf])).toMatch(/Page size:.*\(letter\)/);
  }, 120_000);
});

describe('flowcase report in either Chromium', () => {
  const shell = '/usr/bin/chromium-headless-shell';
  const full = '/usr/bin/chromium';
  it.runIf(existsSync(shell) && existsSync(full))(
    "prints the same pages with Debian's headless shell as with Chromium",
    async () => {
      // Given the same project printed once by each Chromium
      const file = join(dir, 'invoice-processing.flowcase');
      const layouts: string[] = [];
      for (const chromium of [shell, full]) {
        const pdf = join(dir, `either-${layouts.length}.pdf`);
        const run = await withChromium(chromium, () => cli(['report', file, '-o', pdf]));
        expect(run.status, run.stderr).toBe(0);
        layouts.push(tool('pdftotext', ['-layout', pdf, '-']));
      }
      // Then every word stands in the same place on the same page: the shell's glyphs are not
      // hinted to whole pixels, which would wrap lines and break pages elsewhere
      const [byShell = '', byChromium = ''] = layouts;
      expect(byShell).toContain('Key figures of the current process');
      expect(byShell).toBe(byChromium);
    },
    120_000,
  );
});

describe('flowcase report with bad input writes no PDF', () => {
  it('lists the problems of an invalid project', async () => {
    // Given a project whose role has a negative headcount
    const project = JSON.parse(readFileSync(join(dir, 'ticket-triage.flowcase'), 'utf8')) as {
      roles: { headcount: number }[];
    };
    const role = project.roles[0];
    if (role === undefined) throw new Error('no role');
    role.headcount = -3;
    const file = join(dir, 'bad.flowcase');
    writeFileSync(file, JSON.stringify(project));
    const pdf = join(dir, 'bad.pdf');
    // When it is reported
    const run = await cli(['report', file, '-o', pdf]);
    // Then the problem is named, the exit code is 1 and nothing is written
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/roles\[0\].*headcount/i);
    expect(existsSync(pdf)).toBe(false);
  });

  it('lists the scenarios that exist for one that does not', async () => {
    const pdf = join(dir, 'none.pdf');
    const run = await cli([
      'report',
      join(dir, 'invoice-processing.flowcase'),
      '-o',
      pdf,
      '--scenario',
      'Nope',
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('"AI match with review", "Touchless with QA sampling"');
    expect(existsSync(pdf)).toBe(false);
  });

  it('says when the output cannot be written', async () => {
    const missing = await cli([
      'report',
      join(dir, 'ticket-triage.flowcase'),
      '-o',
      join(dir, 'no-such-folder', 'r.pdf'),
    ]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('the folder to write it in does not exist');
    // root may write anywhere; everyone else is told why not
    if (process.getuid?.() === 0) return;
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    const run = await cli([
      'report',
      join(dir, 'ticket-triage.flowcase'),
      '-o',
      join(locked, 'r.pdf'),
    ]);
    chmodSync(locked, 0o700);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('permission denied');
  }, 120_000);

  it('says in one sentence when there is no Chromium', async () => {
    const pdf = join(dir, 'nochrome.pdf');
    const run = await withChromium(join(dir, 'no-chromium-here'), () =>
      cli(['report', join(dir, 'ticket-triage.flowcase'), '-o', pdf]),
    );
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/no Chromium found/);
    expect(existsSync(pdf)).toBe(false);
  });
});

/** Runs `work` with FLOWCASE_CHROMIUM set to `chromium`, then puts it back as it was. */
async function withChromium<T>(chromium: string, work: () => Promise<T>): Promise<T> {
  const before = process.env['FLOWCASE_CHROMIUM'];
  process.env['FLOWCASE_CHROMIUM'] = chromium;
  try {
    return await work();
  } finally {
    if (before === undefined) delete process.env['FLOWCASE_CHROMIUM'];
    else process.env['FLOWCASE_CHROMIUM'] = before;
  }
}

// Issue 13's "Export PDF" in the web build: the button opens the business case report of the
// open project in a new window, which draws the headline figures `flowcase roi --json` gives
// for the same project and then opens the browser's print dialog (stubbed here: headless
// Chromium has no dialog to see).
import type { Page } from '@playwright/test';
import { ensureCurrentBundle, flowcase } from '../support/cli-bundle';
import { expect, test } from './fixtures';
import { REPORT_SETTLED } from '../../shared/ipc/report-page';

/** The open project, exported through the top bar's "Export", for the command line. */
async function projectFile(page: Page): Promise<string> {
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const path = test.info().outputPath('project.flowcase');
  await (await downloaded).saveAs(path);
  return path;
}

test('"Export PDF" opens the report of the active target with the headline figures, then print', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  // Given the sample open on its second target, and a print dialog that records being opened
  await context.addInitScript(() => {
    window.print = () => {
      document.documentElement.dataset['printed'] = 'true';
    };
  });
  await page.goto('/');
  await expect(page.getByTestId('map-canvas')).toBeVisible();
  await page.getByRole('tab', { name: /Touchless with QA sampling/ }).click();
  // When the analyst clicks "Export PDF"
  const opened = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Export PDF', exact: true }).click();
  const report = await opened;
  // Then the report is drawn for that scenario, every part there, and the print dialog opens
  await expect(report.locator('html[data-report-ready="true"]')).toBeAttached({ timeout: 90_000 });
  await expect(report.locator('html[data-printed="true"]')).toBeAttached();
  await expect(report.getByTestId('report-scenario')).toHaveText('Touchless with QA sampling');
  for (const name of [
    'Executive summary',
    'Process maps',
    'Simulation results',
    'Financials',
    'Uncertainty',
    'Production readiness',
    'Appendix: assumptions and method',
  ])
    await expect(report.getByRole('heading', { level: 2, name })).toBeVisible();
  // and its NPV and payback are those flowcase roi gives for the same project and scenario
  ensureCurrentBundle();
  const run = flowcase(
    ['roi', await projectFile(page), '--scenario', 'Touchless with QA sampling', '--json'],
    60_000,
  );
  expect(run.status, run.stderr).toBe(0);
  const roi = JSON.parse(run.stdout) as {
    npv: number;
    paybackMonth: number | null;
    currency: string;
  };
  const money = new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency: roi.currency,
    maximumFractionDigits: 0,
  });
  await expect(report.getByTestId('report-npv')).toHaveText(money.format(roi.npv));
  await expect(report.getByTestId('report-payback')).toHaveText(
    roi.paybackMonth === null ? 'Not within the horizon' : `Month ${roi.paybackMonth}`,
  );
});

test('"Export PDF" of a target with process problems prints nothing and names each problem by map and step', async ({
  page,
  context,
}) => {
  await context.addInitScript(() => {
    window.print = () => {
      document.documentElement.dataset['printed'] = 'true';
    };
  });
  // Given a target whose only way from the start was deleted
  await page.goto('/');
  await page.getByRole('tab', { name: /AI match with review/ }).click();
  await page
    .getByTestId('map-canvas')
    .getByRole('group', { name: 'Paper or digital?', exact: true })
    .click();
  await page.keyboard.press('Delete');
  // When the analyst exports the PDF
  const opened = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Export PDF', exact: true }).click();
  const report = await opened;
  // Then the report says what to fix, in the Problems list's words, and no print dialog opens
  const alert = report.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'The report cannot be drawn' })).toBeVisible();
  await expect(alert).toContainText('Nothing was exported.');
  await expect(alert.getByRole('listitem').first()).toHaveText(
    'Target "AI match with review" · start "Invoice received": A start step needs exactly one outgoing flow (it has 0)',
  );
  await expect(report.locator('html[data-printed="true"]')).toHaveCount(0);
});

test('the report page tells the program printing it why it cannot be drawn, once, with the problems it shows', async ({
  page,
}) => {
  // Given a printer (as `flowcase report` is) that hands the page an input it cannot use
  const told: unknown[] = [];
  await page.exposeFunction(REPORT_SETTLED, (problems: unknown) => told.push(problems));
  const input = { project: { formatVersion: 1 }, targetId: 'none', seed: 1, paper: 'a4' };
  await page.addInitScript({ content: `window.__FLOWCASE_REPORT__ = ${JSON.stringify(input)};` });
  // When the page is opened
  await page.goto('/report.html');
  // Then it shows what is wrong, and tells the printer the same problems, once
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'The report cannot be drawn' })).toBeVisible();
  await expect.poll(() => told.length).toBe(1);
  const shown = await alert.getByRole('listitem').allTextContents();
  expect(shown.length).toBeGreaterThan(0);
  expect(told[0]).toEqual(shown);
});

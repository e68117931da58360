// Issue 12's exports, driven as an analyst would: "Export XLSX" and "Export CSV" on the
// Business case screen download the very workbook `flowcase export` writes for the same
// project (read back cell by cell, byte for byte for the CSV), with a role renamed like a
// formula neutralised; and "Event log (CSV)" / "Event log (XES)" after a small run download
// the log `flowcase simulate --event-log` writes for the same map, cases and seed.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { ensureCurrentBundle, flowcase } from '../support/cli-bundle';
import { readXlsx } from '../support/read-xlsx';
import { expect, test } from './fixtures';

const FORMULA = '=HYPERLINK("x")';

const businessCase = (page: Page): Locator => page.getByRole('region', { name: 'Business case' });
const results = (page: Page): Locator => page.getByRole('region', { name: 'Simulation results' });

/** Rename the role AP clerk to `name` in the project panel of the Map screen. */
async function renameClerk(page: Page, name: string): Promise<void> {
  const panel = page.getByRole('complementary', { name: 'Project', exact: true });
  const toggle = panel.getByRole('button', { name: /^Roles/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const field = panel.getByRole('group', { name: 'Role AP clerk' }).getByLabel('Role name', {
    exact: true,
  });
  await field.fill(name);
  await field.press('Enter');
  await expect(panel.getByRole('group', { name: `Role ${name}` })).toBeVisible();
}

/** Click `button` and save what it downloads under the test's output folder as `name`. */
async function download(page: Page, button: Locator, name: string) {
  const downloaded = page.waitForEvent('download');
  await button.click();
  const file = await downloaded;
  const path = test.info().outputPath(name);
  await file.saveAs(path);
  return { path, suggested: file.suggestedFilename() };
}

/** The open project, exported through the top bar's "Export", for the command line. */
const projectFile = async (page: Page): Promise<string> =>
  (
    await download(
      page,
      page.getByRole('button', { name: 'Export', exact: true }),
      'project.flowcase',
    )
  ).path;

/** Run `flowcase` on the built bundle and fail with its error output when it fails. */
function cli(args: string[]): string {
  ensureCurrentBundle();
  const run = flowcase(args, 90_000);
  expect(run.status, run.stderr).toBe(0);
  return run.stderr;
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('map-canvas')).toBeVisible();
});

test('"Export XLSX" downloads the workbook flowcase export writes, a formula-like name neutralised', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // Given the sample with its AP clerk renamed like a formula, on the first target's business case
  await renameClerk(page, FORMULA);
  await page.getByRole('tab', { name: /AI match with review/ }).click();
  await page.getByRole('tab', { name: 'Business case' }).click();
  const button = businessCase(page).getByRole('button', { name: 'Export XLSX' });
  // When the analyst clicks "Export XLSX"
  const xlsx = await download(page, button, 'app.xlsx');
  // Then the button is ready again and the download is named after the project and target
  await expect(button).toBeEnabled();
  expect(xlsx.suggested).toMatch(/ - AI match with review\.xlsx$/);
  // and its every sheet and cell equal flowcase export of the same project
  const out = test.info().outputPath('cli.xlsx');
  cli(['export', await projectFile(page), '--format', 'xlsx', '-o', out]);
  const app = readXlsx(await readFile(xlsx.path));
  const reference = readXlsx(await readFile(out));
  expect(app.sheetNames).toEqual(reference.sheetNames);
  expect(app.sheetNames).toContain('Monte Carlo');
  for (const name of reference.sheetNames)
    expect(app.sheet(name), name).toEqual(reference.sheet(name));
  // and the renamed role is there as text with a quote in front, never as a formula
  const roles = app
    .sheet('Roles')
    .flat()
    .map((cell) => cell?.value);
  expect(roles).toContain(`'${FORMULA}`);
  expect(roles).not.toContain(FORMULA);
});

test('"Export CSV" downloads the CSV flowcase export writes, byte for byte', async ({ page }) => {
  test.setTimeout(180_000);
  // Given the sample with its AP clerk renamed like a formula, on the first target's business case
  await renameClerk(page, FORMULA);
  await page.getByRole('tab', { name: /AI match with review/ }).click();
  await page.getByRole('tab', { name: 'Business case' }).click();
  // When the analyst clicks "Export CSV"
  const csv = await download(
    page,
    businessCase(page).getByRole('button', { name: 'Export CSV' }),
    'app.csv',
  );
  // Then the app says what it downloaded
  await expect(
    page.getByRole('status').filter({ hasText: `Downloaded “${csv.suggested}”.` }),
  ).toBeVisible();
  // and the file is the command line's for the same project, byte for byte
  const out = test.info().outputPath('cli.csv');
  cli(['export', await projectFile(page), '--format', 'csv', '-o', out]);
  const bytes = await readFile(csv.path);
  expect(bytes.equals(await readFile(out))).toBe(true);
  // and it is UTF-8 with a byte-order mark, the role's name neutralised and quoted
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text).toContain(`"'=HYPERLINK(""x"")"`);
  expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
});

test('after a small run, "Event log (CSV)" and "(XES)" download the log flowcase simulate writes', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // Given a run of the current map with 9 000 cases, 2 replications and seed 4
  await page.getByRole('tab', { name: 'Simulation' }).click();
  const view = results(page);
  await view.getByLabel('Cases').fill('9000');
  await view.getByLabel('Replications').fill('2');
  await view.getByLabel('Seed').fill('4');
  await view.getByRole('button', { name: 'Run simulation' }).click();
  const csvButton = view.getByRole('button', { name: 'Event log (CSV)' });
  await expect(csvButton).toBeEnabled({ timeout: 60_000 });
  // When the analyst downloads its event log as CSV and as XES
  const csv = await download(page, csvButton, 'app-log.csv');
  const notice = page.getByText(/^Downloaded the event log of replication 1/);
  await expect(notice).toBeVisible();
  const said = await notice.textContent();
  const xes = await download(
    page,
    view.getByRole('button', { name: 'Event log (XES)' }),
    'app-log.xes',
  );
  // Then each equals the command line's log of the same run, byte for byte
  const file = await projectFile(page);
  const run = ['simulate', file, '--cases', '9000', '--replications', '2', '--seed', '4'];
  const cliCsv = test.info().outputPath('cli-log.csv');
  const told = cli([...run, '--event-log', cliCsv]);
  expect((await readFile(csv.path)).equals(await readFile(cliCsv))).toBe(true);
  const cliXes = test.info().outputPath('cli-log.xes');
  cli([...run, '--event-log', cliXes]);
  expect((await readFile(xes.path)).equals(await readFile(cliXes))).toBe(true);
  // and the CSV has the event-log header and as many cases as the run logged
  const rows = (await readFile(csv.path, 'utf8')).split('\r\n').filter((row) => row !== '');
  expect(rows[0]).toMatch(/^\uFEFF?case_id,/);
  const cases = new Set(rows.slice(1).map((row) => row.split(',')[0]));
  const logged = Number(/: ([\d,]+) cases/.exec(told)?.[1]?.replace(/,/g, ''));
  expect(cases.size).toBe(logged);
  // and the app said the same count when the download was made
  expect(said).toContain(`: ${logged.toLocaleString('en-GB')} cases`);
  expect(csv.suggested).toMatch(/ - event log\.csv$/);
});

test('a long event log shows its progress and can be cancelled; nothing is downloaded', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // Given a run of 150 000 cases of the current map (one replication)
  await page.getByRole('tab', { name: 'Simulation' }).click();
  const view = results(page);
  await view.getByLabel('Cases').fill('150000');
  await view.getByLabel('Replications').fill('1');
  await view.getByRole('button', { name: 'Run simulation' }).click();
  const xesButton = view.getByRole('button', { name: 'Event log (XES)' });
  await expect(xesButton).toBeEnabled({ timeout: 120_000 });
  let downloads = 0;
  page.on('download', () => void downloads++);
  // When the analyst asks for its XES log and cancels it while it is written
  await xesButton.click();
  await expect(xesButton).toHaveAttribute('aria-busy', 'true');
  await expect(view.getByRole('progressbar', { name: 'Writing the event log' })).toBeVisible();
  await view.getByRole('button', { name: 'Cancel event log' }).click();
  // Then the app says so, the buttons are ready again and no file arrived
  await expect(
    page.getByText('The event log was cancelled; nothing was downloaded.'),
  ).toBeVisible();
  await expect(view.getByRole('progressbar', { name: 'Writing the event log' })).toHaveCount(0);
  await expect(xesButton).toBeEnabled();
  expect(downloads).toBe(0);
});

// Issue 12's business case screen, driven as an analyst would: open the first target's
// business case and check its headline against `flowcase roi --json` of the same project,
// change the AI step's automation rate on the map and see the NPV follow, click a readiness
// finding and land on its step; and no serious accessibility violation on the screen.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { ensureCurrentBundle, flowcase } from '../support/cli-bundle';
import { expect, test } from './fixtures';

const TARGET = /AI match with review/;

const region = (page: Page): Locator => page.getByRole('region', { name: 'Business case' });

/** The value of the headline figure labelled `label` in the business case. */
const figure = (page: Page, label: string): Locator =>
  region(page)
    .locator('.fc-bc-figure')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
    .locator('.fc-bc-figure__value');

async function openBusinessCase(page: Page): Promise<void> {
  await page.getByRole('tab', { name: TARGET }).click();
  await page.getByRole('tab', { name: 'Business case' }).click();
  await expect(figure(page, 'NPV')).toBeVisible();
  await expect(region(page)).toHaveAttribute('aria-busy', 'false');
}

/** The project as the page holds it, exported to a file. */
async function exportProject(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await download;
  const path = test.info().outputPath('project.flowcase');
  await file.saveAs(path);
  return path;
}

/** Select the AI 2-way match on the Map screen. */
async function selectAiMatch(page: Page): Promise<void> {
  // By its left edge: at 1280 px the step's middle sits under the project panel.
  await page.getByTestId('step-ai-match').click({ position: { x: 16, y: 16 } });
  await expect(page.getByTestId('details-title')).toHaveText('AI 2-way match');
}

/** On the Map screen, set the AI 2-way match's automation rate to `percent`. */
async function setAutomationRate(page: Page, percent: string): Promise<void> {
  await page.getByRole('tab', { name: 'Map', exact: true }).click();
  await selectAiMatch(page);
  const rate = page
    .getByRole('complementary', { name: 'Inspector' })
    .getByLabel('Automation rate', { exact: true });
  await rate.fill(percent);
  await rate.press('Enter');
}

/** Show the Business case screen again and wait until its figures are current. */
async function backToBusinessCase(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Business case' }).click();
  await expect(figure(page, 'NPV')).toBeVisible();
  await expect(region(page)).toHaveAttribute('aria-busy', 'false');
}

const euros = (amount: number): string =>
  new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }).format(amount);

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('map-canvas')).toBeVisible();
});

test("the headline equals flowcase roi's JSON for the same project", async ({ page }) => {
  test.setTimeout(120_000);
  // Given the first sample's first target on the Business case screen
  await openBusinessCase(page);
  // When the same project goes through the command line with the app's seed and samples
  const file = await exportProject(page);
  ensureCurrentBundle();
  const run = flowcase(['roi', file, '--json', '--samples', '10000', '--seed', '1'], 60_000);
  expect(run.status, run.stderr).toBe(0);
  const roi = JSON.parse(run.stdout) as {
    npv: number;
    paybackMonth: number | null;
    totalCost: number;
    monteCarlo: { npv: { p50: number }; probNpvPositive: number };
    readiness: unknown[];
  };
  // Then the screen says the same NPV, payback, cost, P50 and readiness count
  await expect(figure(page, 'NPV')).toHaveText(euros(roi.npv));
  await expect(figure(page, 'Payback')).toHaveText(
    roi.paybackMonth === null ? 'Not within the horizon' : `Month ${roi.paybackMonth}`,
  );
  await expect(figure(page, 'Total cost')).toHaveText(euros(roi.totalCost));
  await expect(figure(page, 'NPV P50')).toHaveText(euros(roi.monteCarlo.npv.p50));
  await expect(
    region(page).getByRole('list', { name: 'Readiness' }).getByRole('listitem'),
  ).toHaveCount(roi.readiness.length);
});

test("changing the AI step's automation rate on the map moves the NPV", async ({ page }) => {
  // Given the business case of the first target
  await openBusinessCase(page);
  const before = await figure(page, 'NPV').textContent();
  // When the analyst lowers the AI match's automation rate on the Map screen
  await setAutomationRate(page, '40');
  // Then the business case shows a different NPV once it has recomputed
  await backToBusinessCase(page);
  await expect(figure(page, 'NPV')).not.toHaveText(before ?? '');
});

test('an edit while on the business case marks it out of date, then updates it', async ({
  page,
}) => {
  await openBusinessCase(page);
  const before = await figure(page, 'NPV').textContent();
  // Given an edit made on the map and shown on the business case
  await setAutomationRate(page, '40');
  await backToBusinessCase(page);
  await expect(figure(page, 'NPV')).not.toHaveText(before ?? '');
  const lowered = await figure(page, 'NPV').textContent();
  // And the analyst undoes it from the business case with the keyboard, while the page notes
  // what the status line and the NPV say at every change
  await region(page).evaluate((section) => {
    const seen: string[][] = [];
    (window as unknown as { seen: string[][] }).seen = seen;
    const note = (): void => {
      const status = section.querySelector('[role="status"]')?.textContent ?? '';
      const npv = section.querySelector('[data-figure="npv"] dd')?.textContent ?? '';
      seen.push([status, npv]);
    };
    new MutationObserver(note).observe(section, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  await page.keyboard.press('Control+z');
  // Then the first NPV comes back, and meanwhile the screen kept the lowered one, marked out of date
  await expect(figure(page, 'NPV')).toHaveText(before ?? '');
  await expect(region(page).getByRole('status')).toHaveText('');
  const seen = await page.evaluate(() => (window as unknown as { seen: string[][] }).seen);
  expect(seen).toContainEqual(['Out of date: recomputing after your edit…', lowered]);
});

test('clicking a readiness finding about a step shows that step on the map', async ({ page }) => {
  // Given the AI 2-way match without an operational owner, and nothing selected
  await page.getByRole('tab', { name: TARGET }).click();
  await selectAiMatch(page);
  await page
    .getByRole('complementary', { name: 'Inspector' })
    .getByRole('combobox', { name: 'Owner' })
    .selectOption({ label: 'Nobody owns it in production' });
  await page.getByRole('button', { name: 'Close details (Escape)' }).click();
  await backToBusinessCase(page);
  // When the analyst clicks the finding about that step
  await region(page)
    .getByRole('list', { name: 'Readiness' })
    .getByRole('button')
    .filter({
      has: page.locator('.fc-finding__subject', { hasText: /^AI step "AI 2-way match"$/ }),
    })
    .first()
    .click();
  // Then the Map screen shows the target with that step selected in the inspector
  await expect(page.getByRole('tab', { name: 'Map', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByRole('tab', { name: TARGET })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('details-title')).toHaveText('AI 2-way match');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
  await expect(page.getByTestId('step-ai-match')).toBeInViewport({ ratio: 0.99 });
});

test('clicking a readiness finding about a system opens it in the project panel', async ({
  page,
}) => {
  await openBusinessCase(page);
  await region(page)
    .getByRole('list', { name: 'Readiness' })
    .getByRole('button')
    .filter({ has: page.locator('.fc-finding__subject', { hasText: /^System "Paper mailroom"$/ }) })
    .first()
    .click();
  const panel = page.getByRole('complementary', { name: 'Project', exact: true });
  await expect(panel.getByRole('button', { name: /^Systems/ })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(panel.getByRole('group', { name: 'System Paper mailroom' })).toBeInViewport();
});

test('the business case screen has no serious or critical accessibility violation', async ({
  page,
}) => {
  await openBusinessCase(page);
  // With the tables open too
  for (const disclosure of await region(page).getByText('Show as table').all())
    await disclosure.click();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious).toEqual([]);
  // And on the current map it asks for a target in words
  await page.getByRole('tab', { name: /^Current/ }).click();
  await expect(region(page)).toContainText('pick the target');
  await expect(region(page).getByRole('button', { name: 'New target from current' })).toBeVisible();
});

test('a target with a process problem has no business case; the screen says what to fix', async ({
  page,
}) => {
  // Given a blank project's target with a decision connected to nothing
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByRole('menuitem', { name: 'Blank project' }).click();
  await page.getByRole('button', { name: 'New target from current' }).click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('d');
  // When the analyst opens its business case
  await page.getByRole('tab', { name: 'Business case' }).click();
  // Then there are no figures, but the target and its problems are named
  const note = region(page).getByRole('note', { name: 'No business case' });
  await expect(note).toContainText('No business case yet');
  await expect(note).toContainText(/“Target 1”: \d+ problems?/);
  await expect(figure(page, 'NPV')).toHaveCount(0);
  await expect(region(page).getByRole('button', { name: 'Export XLSX' })).toHaveCount(0);
});

// Issue 10's project panels, driven by their accessible names as an analyst would: roles,
// the project's name and currency, a target's plan, a formula checked as it is typed, and
// deleting a role that steps use (asked first, shown as a problem, undone).
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The right-hand panel while nothing is selected. */
const projectPanel = (page: Page): Locator =>
  page.getByRole('complementary', { name: 'Project', exact: true });

/** Open the panel section whose heading starts with `title` (if it is closed). */
async function openSection(panel: Locator, title: string): Promise<void> {
  const toggle = panel.getByRole('button', { name: new RegExp(`^${title}`) });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/** Type `value` into the field `label` inside `scope` and commit it with Enter. */
async function setField(scope: Locator, label: string, value: string): Promise<void> {
  const field = scope.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Enter');
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('map-canvas')).toBeVisible();
});

test('add a role and set its headcount and cost; a headcount out of bounds is refused', async ({
  page,
}) => {
  // Given the sample project with nothing selected
  const panel = projectPanel(page);
  await openSection(panel, 'Roles');
  // When the analyst adds a role and gives it 2.5 FTE at 40 an hour
  await panel.getByRole('button', { name: 'Add role' }).click();
  const role = panel.getByRole('group', { name: 'Role New role' });
  await setField(role, 'Role name', 'Scanning operator');
  const named = panel.getByRole('group', { name: 'Role Scanning operator' });
  await setField(named, 'Headcount', '2.5');
  await setField(named, 'Cost per hour', '40');
  // Then the role holds them
  await expect(named.getByLabel('Headcount', { exact: true })).toHaveValue('2.5');
  await expect(named.getByLabel('Cost per hour', { exact: true })).toHaveValue('40');
  // When a headcount beyond the file format's bound is typed
  await setField(named, 'Headcount', '200000');
  // Then the field refuses it in words, and undo would take back the cost, not a refusal
  await expect(named.getByRole('alert')).toHaveText('Headcount cannot be above 100000.');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(named.getByLabel('Cost per hour', { exact: true })).toHaveValue('50');
});

test('rename the project and change its currency; money is shown in it', async ({ page }) => {
  const panel = projectPanel(page);
  // When the analyst renames the project
  await setField(panel, 'Project name', 'AP invoices 2026');
  // Then the top bar and the panel say the new name
  await expect(page.getByTestId('project-name')).toHaveText('AP invoices 2026');
  await expect(panel.getByRole('heading', { name: 'AP invoices 2026' })).toBeVisible();
  // When a currency that is not a three-letter code is typed, it is refused at the field
  await setField(panel, 'Currency', 'E1');
  await expect(panel.getByRole('alert')).toHaveText(
    'The currency is a three-letter code such as EUR, USD or GBP.',
  );
  // When US dollars are chosen (typed in lower case)
  await setField(panel, 'Currency', 'usd');
  // Then the code is stored in capitals and money everywhere is in dollars
  await expect(panel.getByLabel('Currency', { exact: true })).toHaveValue('USD');
  const figures = page.getByRole('region', { name: 'Key figures' });
  await expect(figures.locator('.fc-figure', { hasText: 'Cost per case' })).toContainText('US$');
  await openSection(panel, 'Roles');
  await expect(panel.getByRole('group', { name: 'Role AP clerk' })).toContainText('USD');
});

test("edit a target's months to go-live; the ramp follows", async ({ page }) => {
  // Given the first target's tab
  await page.getByRole('tab', { name: /AI match with review/ }).click();
  const panel = projectPanel(page);
  await openSection(panel, 'Plan');
  await expect(panel).toContainText('Go-live after month 9:');
  // When the analyst plans go-live after 12 months
  await setField(panel, 'Months to go-live', '12');
  // Then the field, the ramp's words and the section's summary say so
  await expect(panel.getByLabel('Months to go-live', { exact: true })).toHaveValue('12');
  await expect(panel).toContainText('Go-live after month 12: 30 % of cases in month 13');
  // And a fraction of a month is refused at the field
  await setField(panel, 'Months to go-live', '12.5');
  await expect(panel.getByRole('alert')).toHaveText('Months to go-live must be a whole number.');
});

test("a formula with a mistake shows the checker's message as it is typed", async ({ page }) => {
  const panel = projectPanel(page);
  await openSection(panel, 'Formulas');
  // When the analyst adds a formula and types an operator with nothing after it
  await panel.getByRole('button', { name: 'Add formula' }).click();
  const expression = panel.getByLabel('Expression', { exact: true });
  await expression.fill('casesPerMonth * * 2');
  // Then the checker's message shows under the text area, with the place it points at
  const check = panel.getByTestId('formula-check');
  await expect(check).toContainText('Syntax error at character 17: a number or name is missing');
  await expect(check.locator('mark')).toHaveText('*');
  // When it is committed as it is, the problems list names it too
  await expression.blur();
  await expect(page.getByRole('region', { name: 'Problems' })).toContainText(
    'The expression cannot be used: Syntax error at character 17',
  );
  // When the mistake is fixed, the checker accepts it and says what it reads
  await expression.fill('casesPerMonth * 2');
  await expect(check).toContainText('The checker accepts it. Reads casesPerMonth.');
});

test('Escape closes the question about deleting a role, and changes nothing', async ({ page }) => {
  // Given the question about deleting the AP clerk
  const panel = projectPanel(page);
  await openSection(panel, 'Roles');
  await panel.getByRole('button', { name: 'Delete role AP clerk' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete the role "AP clerk"?' });
  await expect(dialog).toBeVisible();
  // When the analyst presses Escape
  await page.keyboard.press('Escape');
  // Then the question is gone, the role is kept, and nothing entered the undo history
  await expect(dialog).toBeHidden();
  await expect(panel.getByRole('group', { name: 'Role AP clerk' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('deleting a role that steps use asks first, shows the problem, and undoes', async ({
  page,
}) => {
  const panel = projectPanel(page);
  await openSection(panel, 'Roles');
  const problems = page.getByRole('region', { name: 'Problems' });
  await expect(problems).toContainText('No problems');
  // When the analyst deletes the AP clerk, whom many steps use
  await panel.getByRole('button', { name: 'Delete role AP clerk' }).click();
  // Then a dialog names the steps and says they keep the reference
  const dialog = page.getByRole('dialog', { name: 'Delete the role "AP clerk"?' });
  await expect(dialog).toContainText('Enter invoice data');
  await expect(dialog).toContainText('show it as a problem');
  // When Cancel is chosen nothing changes
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.getByRole('group', { name: 'Role AP clerk' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Delete role AP clerk' })).toBeFocused();
  // When the deletion is confirmed
  await panel.getByRole('button', { name: 'Delete role AP clerk' }).click();
  await dialog.getByRole('button', { name: 'Delete role' }).click();
  // Then the role is gone, the keyboard is on "Add role", and the problems list names the
  // missing role
  await expect(panel.getByRole('group', { name: 'Role AP clerk' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Add role' })).toBeFocused();
  await expect(problems).toContainText('"ap-clerk" is not one of the project\'s roles');
  // When it is undone, the role and a sound project are back
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(panel.getByRole('group', { name: 'Role AP clerk' })).toBeVisible();
  await expect(problems).toContainText('No problems');
});

// Issue 13's presenter mode, driven by keyboard and mouse through what a facilitator sees:
// F5 on the invoice sample shows today's and the target process with the headline deltas;
// the arrow keys walk through the changes, each said in a sentence; an automation-rate slider
// moves the NPV without touching the document; Escape finds the editor exactly as it was;
// "Keep these changes" writes the what-if as one undo step.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const TARGET = /AI match with review/;

const presenter = (page: Page): Locator => page.getByRole('dialog', { name: 'Presenter mode' });
const npv = (page: Page): Locator => page.getByTestId('headline-npv').locator('.fc-p-tile__value');
const rateField = (page: Page): Locator =>
  page
    .getByRole('complementary', { name: 'Inspector' })
    .getByLabel('Automation rate', { exact: true });

/** The target map open on the Map screen with the AI 2-way match selected. */
async function selectAiMatch(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('project-name')).toBeVisible();
  await page.getByRole('tab', { name: TARGET }).click();
  await page.getByTestId('step-ai-match').click({ position: { x: 16, y: 16 } });
  await expect(page.getByTestId('details-title')).toHaveText('AI 2-way match');
}

const camera = (page: Page) =>
  page.getByTestId('map-canvas').locator('.react-flow__viewport').getAttribute('style');

test.describe('presenter mode', () => {
  test('F5 presents, arrows explain, a what-if moves the NPV, Escape leaves all as it was', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await selectAiMatch(page);
    const cameraBefore = await camera(page);

    await page.keyboard.press('F5');
    await expect(presenter(page)).toBeVisible();
    await expect(page.getByRole('region', { name: /^Today: / })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Target: AI match with review' })).toBeVisible();
    await expect(npv(page)).toHaveText(/€/);
    await expect(page.getByTestId('headline-cost').locator('.fc-p-tile__change')).toHaveText(
      /vs today/,
    );
    await expect(page.getByTestId('headline-p-npv').locator('.fc-p-tile__value')).toHaveText(/%/, {
      timeout: 15_000,
    });
    await expect(page.getByTestId('presenter-sentence')).toHaveText(/Press → to walk/);

    // Step to the AI 2-way match, the fourth change from the left.
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect(page.getByText('Change 4 of 8')).toBeVisible();
    await expect(page.getByTestId('presenter-sentence')).toHaveText(
      'AI 2-way match replaces manual 2-way match: 78 % auto-accepted, the rest reviewed by AP clerk.',
    );
    await expect(page.getByTestId('presenter-step-ai-match')).toHaveAttribute(
      'data-focused',
      'true',
    );

    // The what-if: the slider moves the NPV (and the sentence) without saving anything.
    const before = await npv(page).textContent();
    const slider = page.getByRole('slider', { name: 'Automation rate: AI 2-way match' });
    await slider.focus();
    await page.keyboard.press('End');
    await expect(slider).toHaveValue('100');
    await expect(npv(page)).not.toHaveText(before ?? '');
    await expect(page.getByTestId('presenter-sentence')).toHaveText(/100 % auto-accepted/);
    await expect(page.getByRole('button', { name: 'Keep these changes' })).toBeEnabled();

    // A slider held down (here: quick key presses past the overload point) is no update loop.
    const volume = page.getByRole('slider', { name: 'Volume (cases per month)' });
    await volume.focus();
    for (let i = 0; i < 45; i++) await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('status').filter({ hasText: 'No business case' })).toBeVisible();
    for (let i = 0; i < 45; i++) await page.keyboard.press('ArrowLeft');
    await expect(volume).toHaveValue('4000');

    // Escape discards the what-if and finds the editor as it was.
    await page.keyboard.press('Escape');
    await expect(presenter(page)).toBeHidden();
    await expect(page.getByRole('tab', { name: TARGET })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('details-title')).toHaveText('AI 2-way match');
    await expect(rateField(page)).toHaveValue('78');
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
    expect(await camera(page)).toBe(cameraBefore);
  });

  test('has no serious or critical accessibility violation in either theme', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await selectAiMatch(page);
    await page.keyboard.press('F5');
    await expect(npv(page)).toHaveText(/€/);
    for (const theme of ['dark', 'light']) {
      await expect(presenter(page)).toHaveAttribute('data-theme', theme);
      const results = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(serious).toEqual([]);
      if (theme === 'dark') await page.getByRole('button', { name: 'Light theme' }).click();
    }
  });

  test('"Keep these changes" writes the what-if as one undo step', async ({ page }) => {
    await selectAiMatch(page);
    await page.getByRole('button', { name: 'Presenter mode' }).click();
    await expect(presenter(page)).toBeVisible();
    const slider = page.getByRole('slider', { name: 'Automation rate: AI 2-way match' });
    await slider.focus();
    await page.keyboard.press('End');
    const months = page.getByRole('slider', { name: 'Months to go-live' });
    await months.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(months).toHaveValue('8');
    await page.getByRole('button', { name: 'Keep these changes' }).click();
    await expect(page.getByRole('button', { name: 'Keep these changes' })).toBeDisabled();
    await page.keyboard.press('Escape');
    await expect(presenter(page)).toBeHidden();

    await expect(rateField(page)).toHaveValue('100');
    await page.keyboard.press('Control+z');
    await expect(rateField(page)).toHaveValue('78');
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  });

  test('the scenario picker presents another target with its own figures', async ({ page }) => {
    await selectAiMatch(page);
    await page.keyboard.press('F5');
    await expect(presenter(page)).toBeVisible();
    const scenario = page.getByRole('combobox', { name: 'Scenario' });
    await expect(scenario).toHaveValue(/.+/);
    const npvBefore = await npv(page).textContent();
    await scenario.selectOption({ label: 'Touchless with QA sampling' });
    await expect(
      page.getByRole('region', { name: 'Target: Touchless with QA sampling' }),
    ).toBeVisible();
    await expect(npv(page)).not.toHaveText(npvBefore ?? '');
    await expect(page.getByTestId('presenter-sentence')).toHaveText(/Press → to walk/);
    await page.keyboard.press('Escape');
    await expect(presenter(page)).toBeHidden();
    // Presenting another scenario changes nothing in the document.
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  });

  test('F5 on a project without a target says what presenter mode needs', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByRole('menuitem', { name: 'Blank project' }).click();
    await expect(page.getByRole('button', { name: 'Presenter mode' })).toBeDisabled();
    // When the facilitator presses F5
    await page.keyboard.press('F5');
    // Then the app says a target is needed, and stays as it was
    await expect(
      page.getByRole('status').filter({ hasText: 'make one first with “New target from current”' }),
    ).toBeVisible();
    await expect(presenter(page)).toHaveCount(0);
    await expect(page.getByTestId('project-name')).toHaveText('Untitled process');
  });
});

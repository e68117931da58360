// An axe-core scan of the editor's main screens: the sample's current map, a target with an AI
// step selected in the inspector, and a blank project. No serious or critical violation.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, stepInView, test } from './fixtures';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('the main screens have no serious or critical accessibility violation', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('map-canvas')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('tab', { name: /AI match with review/ }).click();
  await (await stepInView(page, 'step-ai-match')).click();
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByRole('menuitem', { name: 'Blank project' }).click();
  await expect(page.getByTestId('step-start')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

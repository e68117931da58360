// Issue 12: waiting time per step as a heat overlay on the map itself, from the last run.
import { expect, test } from './fixtures';

test('after a simulation, the map shows where cases wait, and says when the map has changed', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('map-canvas')).toBeVisible();
  await page.getByRole('tab', { name: /AI match with review/ }).click();
  // Before any run, the overlay says there is nothing to show yet
  await page.getByRole('button', { name: 'Waiting time', exact: true }).click();
  const key = page.getByLabel('Waiting time key');
  await expect(key).toContainText('No simulation of this map yet');
  await page.getByRole('button', { name: 'Hide waiting time' }).click();
  await expect(key).toHaveCount(0);

  // Given a simulation of the target
  await page.getByRole('tab', { name: 'Simulation' }).click();
  const results = page.getByRole('region', { name: 'Simulation results' });
  await results.getByLabel('Cases').fill('20000');
  await results.getByRole('button', { name: 'Run simulation' }).click();
  const waits = results.getByRole('table', { name: /Where cases wait \(AI match with review\)/ });
  await expect(waits).toBeVisible({ timeout: 60_000 });
  const longest = (await waits.locator('tbody th').first().textContent()) ?? '';
  expect(longest).not.toBe('');

  // When the analyst turns the overlay on, on the map
  await page.getByRole('tab', { name: 'Map' }).click();
  await page.getByRole('button', { name: 'Waiting time', exact: true }).click();
  // Then the key names the step cases wait longest for, and that step's card says how long
  await expect(key).toContainText(`Longest: ${longest}`);
  // and a click on that name shows the step
  await key.getByRole('button', { name: longest }).click();
  const card = page.locator('.fc-card', { has: page.getByText(longest, { exact: true }) });
  await expect(card.getByText(/^Waits \d/)).toBeVisible();
  await expect(card).toHaveAttribute('data-heat', '');

  // When the map changes, the overlay stays but says it is out of date
  await card.click();
  await page
    .getByRole('complementary', { name: 'Inspector' })
    .getByLabel('Name', { exact: true })
    .fill(`${longest} (renamed)`);
  await page.keyboard.press('Enter');
  await expect(key).toContainText('The map changed since this simulation');
  // And turned off, the cards are plain again
  await page.getByRole('button', { name: 'Hide waiting time' }).click();
  await expect(page.getByText(/^Waits \d/)).toHaveCount(0);
});

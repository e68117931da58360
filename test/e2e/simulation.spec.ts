// Issue 12's simulation screen, as a new user would: run the invoice sample's target, see
// progress, cancel, run again and see the target's figures with their change against current.
import { expect, test } from './fixtures';

test('run a simulation, cancel it, run it again and read the target against current', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('map-canvas')).toBeVisible();
  await page.getByRole('tab', { name: /AI match with review/ }).click();
  await page.getByRole('tab', { name: 'Simulation' }).click();
  const results = page.getByRole('region', { name: 'Simulation results' });
  await results.getByLabel('Cases').fill('200000');
  await results.getByRole('button', { name: 'Run simulation' }).click();
  await expect(results.getByRole('progressbar')).toBeVisible();
  await results.getByRole('button', { name: 'Cancel' }).click();
  await expect(results).toContainText('Cancelled');
  await expect(results.getByRole('progressbar')).toHaveCount(0);

  await results.getByLabel('Cases').fill('20000');
  await results.getByRole('button', { name: 'Run simulation' }).click();
  await expect(results.getByText('Cost per case', { exact: true })).toBeVisible({
    timeout: 60_000,
  });
  await expect(results).toContainText('vs current');
  await expect(results.getByRole('table', { name: 'Utilisation per role' })).toContainText(
    'AP clerk',
  );
  await expect(results).toContainText('bottleneck');
});

// Issue 12's simulation screen, as a new user would: run the invoice sample's target, see
// progress, cancel, run again and see the target's figures with their change against current,
// its automation share (the current map has no AI step) and both maps' cycle-time histogram.
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
  // beside the waits per step, or under them, never running over them (at 1280 px)
  const roles = await results.getByRole('table', { name: 'Utilisation per role' }).boundingBox();
  const waits = await results.getByRole('table', { name: /^Where cases wait/ }).boundingBox();
  if (roles === null || waits === null) throw new Error('tables not on screen');
  expect(
    roles.x + roles.width <= waits.x || roles.y + roles.height <= waits.y,
    'the role table overlaps the waits table',
  ).toBe(true);

  // the target's automation share, with its interval, against a current map without AI
  const automation = results.getByRole('definition').filter({ hasText: 'auto-accepted' });
  await expect(results.getByText('Automation share', { exact: true })).toBeVisible();
  await expect(automation).toContainText(/\d+ % ± [\d.]+ %/);
  await expect(automation).toContainText('Current process: no AI step');
  // and the cycle-time histogram of both maps, readable as a table too
  const chart = results.getByRole('figure', { name: 'How long cases take' });
  await expect(chart.getByRole('img', { name: /median .* over [\d,]+ cases/ })).toBeVisible();
  await chart.getByText('Show as table').click();
  const table = chart.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText([
    'Cycle time',
    /Current/,
    'AI match with review',
  ]);
  await expect(table.getByRole('rowheader').first()).toHaveText(/ to /);

  // and on the current map itself, the card says there is no AI step
  await page.getByRole('tab', { name: /Current/ }).click();
  await expect(results.getByText('No AI step on this map')).toBeVisible();
});

test('"Run simulation" stays readable under the pointer', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('tab', { name: 'Simulation' }).click();
  const run = page
    .getByRole('region', { name: 'Simulation results' })
    .getByRole('button', { name: 'Run simulation' });
  // When the analyst points at the button
  await run.hover();
  // Then its label still stands out from its background (WCAG AA: a contrast of 4.5 or more)
  const contrast = await run.evaluate((element) => {
    const style = getComputedStyle(element);
    const luminance = (color: string): number => {
      const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
        const v = Number(c) / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    const [light, dark] = [luminance(style.color), luminance(style.backgroundColor)].sort(
      (a, b) => b - a,
    );
    return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
  });
  expect(contrast).toBeGreaterThanOrEqual(4.5);
});

test('a map with a problem is not simulated, and the screen says why', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByRole('menuitem', { name: 'Blank project' }).click();
  // Given a decision connected to nothing: the map has a problem
  await page.keyboard.press('d');
  await expect(page.getByRole('region', { name: 'Problems' })).toContainText(/\d+ problems?/);
  // When the analyst runs the simulation
  await page.getByRole('tab', { name: 'Simulation' }).click();
  const results = page.getByRole('region', { name: 'Simulation results' });
  await results.getByRole('button', { name: 'Run simulation' }).click();
  // Then nothing is simulated and the screen says what to fix first
  await expect(results.getByRole('status')).toContainText(
    /“Current process” cannot be simulated yet: fix its (\d+ )?problems? first/,
  );
  await expect(results.getByText('Cost per case', { exact: true })).toHaveCount(0);
});

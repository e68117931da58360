// Shared e2e fixture: a page that fails the test on any console error or uncaught page error.
import { expect, test as base, type Locator, type Page } from '@playwright/test';

export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      await use(errors);
      expect(errors, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Step `testId` on the canvas, wholly in view: the canvas draws what is in view and cannot be
 * scrolled, so a step past the pane's edge is brought in as an analyst would, by zooming out
 * (about the pane's centre) a click at a time.
 */
export async function stepInView(page: Page, testId: string): Promise<Locator> {
  const step = page.getByTestId(testId);
  const pane = page.getByTestId('map-canvas');
  for (let i = 0; i < 8; i++) {
    const box = await step.boundingBox().catch(() => null);
    const area = await pane.boundingBox();
    if (
      box !== null &&
      area !== null &&
      box.x >= area.x &&
      box.y >= area.y &&
      box.x + box.width <= area.x + area.width &&
      box.y + box.height <= area.y + area.height
    )
      return step;
    await page.getByRole('button', { name: 'Zoom Out' }).click();
    await page.waitForTimeout(250);
  }
  throw new Error(`${testId} could not be brought into view`);
}

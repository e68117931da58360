// The app shell on its first start: the sample project, map tabs, step details, screenshot.
import { copyFile, mkdir } from 'node:fs/promises';
import { SAMPLES } from '../../shared/samples';
import type { Locator } from '@playwright/test';
import { expect, stepInView, test } from './fixtures';

const sample = SAMPLES[0]!.project;
/** Set FLOWCASE_UPDATE_SCREENSHOT=1 to refresh the README's screenshot from this run. */
const README_SCREENSHOT = 'docs/screenshot.png';

test.use({ viewport: { width: 1440, height: 900 } });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('opens on the sample project with its current map', async ({ page }) => {
  // Given a first start with no saved workspace
  // When the app has loaded
  // Then the top bar names the sample project and the Current tab is selected
  await expect(page.getByTestId('project-name')).toHaveText(sample.name);
  await expect(page.getByRole('tab', { name: /Current/ })).toHaveAttribute('aria-selected', 'true');
  // And the current map's steps are drawn, a known task with its role and mean time
  const enterData = page.getByTestId('step-enter-data');
  await expect(enterData).toBeVisible();
  await expect(enterData).toContainText('Enter invoice data');
  await expect(enterData).toContainText('AP clerk');
  await expect(enterData).toContainText('7 min');
  // And decision branches carry their probabilities
  await expect(page.locator('.fc-edge-label', { hasText: 'Paper · 18 %' })).toBeVisible();
  // And the project panel summarises the project's roles and systems
  const panel = page.getByRole('complementary', { name: 'Project', exact: true });
  await expect(panel.getByRole('button', { name: /^Roles/ })).toBeVisible();
  await expect(panel).toContainText('AP clerk');
  await expect(panel).toContainText('SAP S/4HANA');
});

test('at 1280 px each top-bar button reads on one line beside a long project name', async ({
  page,
}) => {
  // Given the sample, whose name is longer than the room beside the buttons, in a 1280 px window
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.getByTestId('project-name')).toHaveText(sample.name);
  const bar = page.getByRole('banner');
  for (const name of ['Presenter mode', 'Export PDF', 'New project', 'Import', 'Export']) {
    // Then each label's text sits on one line (the name is cut short instead)
    const lines = await bar.getByRole('button', { name, exact: true }).evaluate((element) => {
      const tops = new Set<number>();
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects())
          if (rect.width > 0) tops.add(Math.round(rect.top));
      }
      return tops.size;
    });
    expect(lines, `"${name}" wraps`).toBe(1);
  }
});

test('a project whose names have no spaces still fits the window on every screen', async ({
  page,
}) => {
  // Given the sample with a project, map, step and role name each one long unbroken word
  const word = (prefix: string) => `${prefix}_${'x'.repeat(160)}`;
  const target = sample.maps.targets[0]!;
  const project = {
    ...sample,
    name: word('Invoice_processing'),
    roles: sample.roles.map((role, i) => (i === 0 ? { ...role, name: word('AP_clerk') } : role)),
    maps: {
      ...sample.maps,
      current: {
        ...sample.maps.current,
        steps: sample.maps.current.steps.map((step) =>
          step.kind === 'task' ? { ...step, name: word(step.name.replaceAll(' ', '_')) } : step,
        ),
      },
      targets: [{ ...target, name: word('AI_match') }, ...sample.maps.targets.slice(1)],
    },
  };
  // When it is imported, once the first start has opened the sample
  await expect(page.getByTestId('project-name')).toHaveText(sample.name);
  await page.getByLabel('Import').setInputFiles({
    name: 'long-words.flowcase',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(project)),
  });
  await expect(page.getByTestId('project-name')).toHaveText(project.name);
  // Then no screen is wider than the window: the names end in an ellipsis or wrap (each
  // measure is read until the screen has settled)
  const width = page.viewportSize()!.width;
  const widest = () => page.evaluate(() => document.documentElement.scrollWidth);
  /** Where an element's box ends on the right, or infinitely far while it is not shown. */
  const rightOf = async (locator: Locator) => {
    const box = await locator.boundingBox();
    return box === null ? Infinity : box.x + box.width;
  };
  await expect.poll(widest).toBeLessThanOrEqual(width);
  for (const screen of ['Simulation', 'Business case']) {
    await page.getByRole('tab', { name: screen }).click();
    await expect.poll(widest, screen).toBeLessThanOrEqual(width);
  }
  // and the target's tab, and the business case built for it, stay in the window
  await page.getByRole('button', { name: /^AI_match_x+$/ }).click();
  const heading = page.getByRole('heading', { name: /^Business case: AI_match/ });
  await expect(heading).toBeVisible();
  await expect.poll(() => rightOf(heading)).toBeLessThanOrEqual(width);
  await expect
    .poll(() => rightOf(page.getByRole('tab', { name: /AI_match/ })))
    .toBeLessThanOrEqual(width);
  await expect.poll(widest).toBeLessThanOrEqual(width);
  // and in presenter mode the title leaves its buttons clear and the change sentence wraps
  await page.getByRole('button', { name: 'Presenter mode' }).click();
  const presenter = page.getByRole('dialog', { name: 'Presenter mode' });
  const sentence = presenter.getByTestId('presenter-sentence');
  await expect(sentence).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(sentence).toContainText('Save_PDF');
  const title = presenter.getByText(project.name, { exact: true });
  const firstButton = presenter.locator('header').getByRole('button').first();
  await expect
    .poll(async () => (await rightOf(title)) - ((await firstButton.boundingBox())?.x ?? 0))
    .toBeLessThanOrEqual(0);
  await expect.poll(() => rightOf(sentence)).toBeLessThanOrEqual(width);
});

test('on a project without a target, Export PDF looks as unavailable as Presenter mode', async ({
  page,
}) => {
  // Given a blank project: nothing to present or report on yet
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByRole('menuitem', { name: 'Blank project' }).click();
  const bar = page.getByRole('banner');
  const exportPdf = bar.getByRole('button', { name: 'Export PDF' });
  const presenter = bar.getByRole('button', { name: 'Presenter mode' });
  await expect(exportPdf).toBeDisabled();
  await expect(presenter).toBeDisabled();
  // Then the disabled Export PDF is drawn in the disabled grey, not like the working Import
  const color = (button: typeof exportPdf) =>
    button.evaluate((element) => getComputedStyle(element).color);
  expect(await color(exportPdf)).toBe(await color(presenter));
  expect(await color(exportPdf)).not.toBe(await color(bar.getByRole('button', { name: 'Import' })));
  // And the Business case screen says there is no target yet
  await page.getByRole('tab', { name: 'Business case' }).click();
  await expect(page.getByRole('region', { name: 'Business case' })).toContainText(
    'This project has no target yet',
  );
});

test('switching to a target tab shows its AI steps', async ({ page }) => {
  // Given the app on the current map
  const target = sample.maps.targets[0]!;
  await expect(page.getByTestId('step-enter-data')).toBeVisible();
  // When the analyst opens the first target scenario's tab
  await page.getByRole('tab', { name: target.name }).click();
  // Then that tab is selected and an AI step shows its automation rate, review and fallback
  await expect(page.getByRole('tab', { name: target.name })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const aiStep = page.getByTestId('step-ai-match');
  await expect(aiStep).toBeVisible();
  await expect(aiStep).toHaveAttribute('data-kind', 'ai');
  await expect(aiStep).toContainText('AI 2-way match');
  await expect(aiStep).toContainText('78 %');
  await expect(aiStep).toContainText('Review');
  await expect(aiStep).toContainText('Fallback');
  // And the keyboard switches maps too: 3 for the third tab, Ctrl+PageUp back to the second
  await page.keyboard.press('3');
  await expect(page.getByRole('tab', { name: sample.maps.targets[1]!.name })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('Control+PageUp');
  await expect(page.getByRole('tab', { name: target.name })).toHaveAttribute(
    'aria-selected',
    'true',
  );
});

test('clicking a step shows its details; Escape clears them', async ({ page }) => {
  // Given the first target map
  await page.getByRole('tab', { name: sample.maps.targets[0]!.name }).click();
  // When the analyst clicks the AI match step
  await (await stepInView(page, 'step-ai-match')).click();
  // Then the inspector shows the step's fields with their values
  const details = page.getByRole('complementary', { name: 'Inspector' });
  await expect(details.getByTestId('details-title')).toHaveText('AI 2-way match');
  await expect(details).toContainText('AI step');
  await expect(details.getByLabel('Automation rate')).toHaveValue('78');
  await expect(details.getByRole('combobox', { name: 'Owner' })).toHaveValue('ap-lead');
  // When Escape is pressed
  await page.keyboard.press('Escape');
  // Then the selection is cleared and the project panel is back
  await expect(page.getByRole('complementary', { name: 'Project', exact: true })).toBeVisible();
});

test('screenshot of the sample project', async ({ page }, testInfo) => {
  // Given the first target map with its AI match step selected
  await page.getByRole('tab', { name: sample.maps.targets[0]!.name }).click();
  await (await stepInView(page, 'step-ai-match')).click();
  await expect(page.getByTestId('details-title')).toHaveText('AI 2-way match');
  // When the whole window is captured
  const path = testInfo.outputPath('sample-project.png');
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach('sample-project', { path, contentType: 'image/png' });
  // Then it is kept for the report, and for the README when asked to refresh it
  if (process.env['FLOWCASE_UPDATE_SCREENSHOT'] === '1') {
    await mkdir('docs', { recursive: true });
    await copyFile(path, README_SCREENSHOT);
  }
});

test('zoomed far out, steps are drawn as plain shapes; zoomed back in, in full', async ({
  page,
}) => {
  const canvas = page.getByTestId('map-canvas');
  const steps = canvas.locator('[data-testid^="step-"]');
  // Given the current map in full: cards with their text (once the project has opened)
  await expect(canvas.locator('.fc-card__title').first()).toBeVisible();
  await expect(canvas.locator('.fc-far')).toHaveCount(0);
  // (the canvas draws only the steps in view, so the map's size comes from the status bar)
  const counted = await page.getByText(/^\d+ steps · /).textContent();
  const count = Number(/^(\d+)/.exec(counted ?? '')?.[1]);
  expect(count).toBeGreaterThan(1);
  // When the analyst zooms far out
  for (let i = 0; i < 10; i++) await page.getByRole('button', { name: 'Zoom Out' }).click();
  // Then every step is in view, as a plain shape
  await expect(canvas.locator('.fc-far')).toHaveCount(count);
  await expect(canvas.locator('.fc-card__title')).toHaveCount(0);
  // While the analyst drags the map about, it stays on screen (painted on one canvas layer)
  const pane = await canvas.boundingBox();
  if (pane === null) throw new Error('no canvas');
  await page.mouse.move(pane.x + 60, pane.y + 60);
  await page.mouse.down();
  await page.mouse.move(pane.x + 90, pane.y + 70, { steps: 5 });
  const layer = canvas.locator('.fc-far-layer');
  await expect(layer).toBeVisible();
  const painted = await layer.evaluate((element) => {
    const c = element as HTMLCanvasElement;
    const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
    let opaque = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) opaque++;
    return opaque;
  });
  expect(painted).toBeGreaterThan(100);
  // and once it is let go, the steps are back, clickable, where the picture showed them
  await page.mouse.up();
  await expect(layer).toBeHidden();
  await expect(canvas.locator('.fc-far').first()).toBeVisible();
  // When the analyst zooms back in (fitting the whole sample beside the library may itself
  // be far enough out for plain shapes, so zoom in as far as it went out)
  // Each click animates from where the last one ended, so keep clicking until the zoom is
  // back above the far threshold (at most as many clicks as it took to go out, and a few).
  const far = canvas.locator('.fc-far');
  for (let i = 0; i < 20 && (await far.count()) > 0; i++) {
    await page.getByRole('button', { name: 'Zoom In' }).click();
    await page.waitForTimeout(300);
  }
  // Then the steps in view are drawn in full, with their text
  await expect(canvas.locator('.fc-far')).toHaveCount(0);
  await expect(steps.first()).toBeVisible();
  expect(await canvas.locator('.fc-card__title').count()).toBeGreaterThan(0);
});

// Issue 10's walk through the editor, by mouse and keyboard as a new user would: from a blank
// project build a small invoice process (two tasks, a decision with 80/20 and a rework flow, an
// AI step with a review role), make a target from it, change the AI step's automation rate and
// see the key figures' change against current move, then undo and redo.
import type { Locator, Page } from '@playwright/test';
import { expect, stepInView, test } from './fixtures';

/** Type `value` into the inspector field `label` and commit it with Enter. */
async function setField(page: Page, label: string, value: string): Promise<void> {
  const field = page
    .getByRole('complementary', { name: 'Inspector' })
    .getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Enter');
}

/** The app on a new blank project: one start, one end and the flow between them. */
async function openBlankProject(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByRole('menuitem', { name: 'Blank project' }).click();
  await expect(page.getByTestId('step-start')).toBeVisible();
}

/** Drag from `from`'s right connection point onto `to`. */
async function connect(page: Page, from: Locator, to: Locator): Promise<void> {
  await from.hover();
  const handle = from.locator('.react-flow__handle[data-handleid="out-right"]');
  const start = await handle.boundingBox();
  const end = await to.boundingBox();
  if (start === null || end === null) throw new Error('steps not on screen');
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 8 });
  await page.mouse.move(end.x + 4, end.y + end.height / 2, { steps: 4 });
  await page.mouse.up();
}

test('build a small invoice process from a blank project, compare a target, undo and redo', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('map-canvas')).toBeVisible();

  // Given a blank project: a start and an end
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByRole('menuitem', { name: 'Blank project' }).click();
  await expect(page.getByTestId('project-name')).toHaveText('Untitled process');
  await expect(page.getByTestId('step-start')).toBeVisible();

  // When the analyst adds two tasks after the start, naming them and giving their times
  await page.getByTestId('step-start').click();
  await page.getByRole('button', { name: 'Add task' }).click();
  await setField(page, 'Name', 'Receive invoice');
  await setField(page, 'Handling time', '6');
  await page.keyboard.press('Escape');
  await page.getByTestId('step-task').click();
  await page.keyboard.press('t');
  await setField(page, 'Name', 'Check invoice');
  await setField(page, 'Handling time', '4');
  await expect(page.getByTestId('details-title')).toHaveText('Check invoice');

  // and an AI step after the check, reviewed by the clerk, then a decision
  await page.getByRole('button', { name: 'Add AI step' }).click();
  await setField(page, 'Name', 'AI match');
  await expect(
    page
      .getByRole('complementary', { name: 'Inspector' })
      .getByRole('combobox', { name: 'Review role' }),
  ).toHaveValue('clerk');
  await page.getByRole('button', { name: 'Add decision' }).click();
  await setField(page, 'Name', 'Matches?');

  // and draws a rework flow from the decision back to the check
  // (the check has scrolled out of view as steps were added: fit the map to see both ends)
  await page.getByRole('button', { name: 'Fit View' }).click();
  await connect(page, page.getByTestId('step-decision'), page.getByTestId('step-task-2'));
  await page.getByTestId('step-decision').click();
  await setField(page, 'Share to End', '80');
  await setField(page, 'Share to Check invoice', '20');

  // Then the map is a process: no problems, and key figures
  const problems = page.getByRole('region', { name: 'Problems' });
  await expect(problems).toContainText('No problems');
  const figures = page.getByRole('region', { name: 'Key figures' });
  await expect(figures).toContainText('Cost per case');

  // When a target is made from the current map and its AI step automates more
  await page.getByRole('button', { name: 'New target from current' }).click();
  await expect(page.getByRole('tab', { name: 'Target 1' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.getByTestId('step-ai-step').click();
  await setField(page, 'Automation rate', '95');
  // Then the cost per case falls against current
  const costDelta = figures
    .locator('.fc-figure', { hasText: 'Cost per case' })
    .locator('.fc-figure__delta');
  await expect(costDelta).toContainText('vs current');
  await expect(costDelta).toContainText('−');
  const after = await costDelta.textContent();

  // When the change is undone, the target equals current; redo brings it back
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(
    page
      .getByRole('complementary', { name: 'Inspector' })
      .getByLabel('Automation rate', { exact: true }),
  ).toHaveValue('70');
  await expect(costDelta).not.toHaveText(after ?? '');
  await page.keyboard.press('Control+Shift+Z');
  await expect(
    page
      .getByRole('complementary', { name: 'Inspector' })
      .getByLabel('Automation rate', { exact: true }),
  ).toHaveValue('95');
  await expect(costDelta).toHaveText(after ?? '');
});

test('an illegal connection is refused with its reason, and nothing changes', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByRole('menuitem', { name: 'Blank project' }).click();
  // When the analyst draws a flow out of the end step into the start
  await connect(page, page.getByTestId('step-end'), page.getByTestId('step-start'));
  // Then the app says why, and the undo history holds nothing
  await expect(page.getByRole('status').filter({ hasText: 'Nothing can flow' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('a value out of bounds is refused at the field and never enters the document', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('tab', { name: /AI match with review/ }).click();
  await (await stepInView(page, 'step-ai-match')).click();
  const field = page
    .getByRole('complementary', { name: 'Inspector' })
    .getByLabel('Automation rate', { exact: true });
  await field.fill('120');
  await field.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Automation rate cannot be above 100 %.');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await field.press('Escape');
  await expect(field).toHaveValue('78');
});

test('copy steps from one map and paste them into another; foreign text is refused', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  // Given the current map's "Enter invoice data" selected and copied
  await page.getByTestId('step-enter-data').click();
  await page.keyboard.press('Control+c');
  await expect(page.getByRole('status').filter({ hasText: 'Copied one step.' })).toBeVisible();
  // When the first target is shown and the clipboard pasted
  await page.keyboard.press('2');
  await expect(page.getByRole('tab', { name: /AI match with review/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByTestId('step-enter-data')).toHaveCount(0);
  await page.keyboard.press('Control+v');
  // Then the step is there, selected, with its name, as one undo step
  await expect(page.getByTestId('step-enter-data')).toBeVisible();
  await expect(page.getByTestId('details-title')).toHaveText('Enter invoice data');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('step-enter-data')).toHaveCount(0);
  // And text that is not Flowcase content pastes nothing, saying so
  await page.evaluate(() => navigator.clipboard.writeText('just some text'));
  await page.keyboard.press('Control+v');
  await expect(
    page.getByRole('status').filter({ hasText: 'holds no Flowcase steps' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Redo' })).toBeEnabled();
});

test('compare a target with the current map: both maps, the changes highlighted and listed', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('tab', { name: /AI match with review/ }).click();
  await page.getByRole('button', { name: 'Compare with current' }).click();
  const compare = page.getByTestId('compare-view');
  await expect(compare.getByRole('region', { name: /^Current:/ })).toBeVisible();
  await expect(compare.getByRole('region', { name: /^Target:/ })).toBeVisible();
  const changes = page.getByRole('region', { name: 'Changes' });
  await expect(changes).toContainText('AI step "AI 2-way match" added');
  await expect(compare.locator('.fc-diff--added').first()).toBeVisible();
  await expect(compare.locator('.fc-diff--removed').first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('compare.png') });
  // Back to editing
  await page.getByRole('button', { name: 'Compare with current' }).click();
  await expect(page.getByTestId('map-canvas')).toBeVisible();
});

test('auto-layout lays the map out left to right as one undo step', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByRole('menuitem', { name: 'Blank project' }).click();
  // Given a map whose end was dragged to the left of its start
  const end = page.getByTestId('step-end');
  const start = page.getByTestId('step-start');
  const box = await end.boundingBox();
  const startBox = await start.boundingBox();
  if (box === null || startBox === null) throw new Error('steps not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(startBox.x - 200, startBox.y + 120, { steps: 10 });
  await page.mouse.up();
  const before = await end.boundingBox();
  expect((before?.x ?? 0) < startBox.x).toBe(true);
  // When auto-layout runs
  await page.getByRole('button', { name: 'Auto-layout' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute(
    'title',
    /Undo Auto-layout/,
  );
  // Then the end sits right of the start, and undo puts it back
  const afterStart = await start.boundingBox();
  const afterEnd = await end.boundingBox();
  expect((afterEnd?.x ?? 0) > (afterStart?.x ?? 0)).toBe(true);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute(
    'title',
    /Undo Move step/,
  );
});

test('a step with a problem carries a marker; clicking the problem selects the step', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByRole('menuitem', { name: 'Blank project' }).click();
  // Given a decision added with nothing selected: connected to nothing
  await page.keyboard.press('d');
  await page.keyboard.press('Escape');
  // Then it carries a marker, and the problems list says why in the validator's words
  const decision = page.getByTestId('step-decision');
  await expect(decision.getByRole('img', { name: /^Problem: / })).toBeVisible();
  const problems = page.getByRole('region', { name: 'Problems' });
  const problem = problems.getByRole('button', { name: /cannot be reached from the start/i });
  await expect(problem).toBeVisible();
  // placed by map and step name, not by the file's path
  await expect(problem).toContainText('Current process · decision "Decision?"');
  await expect(problems).not.toContainText('maps.current');
  // When the problem is clicked, the step is selected
  await problem.click();
  await expect(page.getByTestId('details-title')).toHaveText('Decision?');
});

test('an AI step takes the automation and error rates of an operating point from the pilot', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('tab', { name: /AI match with review/ }).click();
  await (await stepInView(page, 'step-ai-match')).click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector.getByLabel('Automation rate', { exact: true })).toHaveValue('78');
  // When the analyst uses the point measured at a 90 % threshold
  await inspector
    .getByRole('button', { name: 'Use the operating point at threshold 90 %' })
    .click();
  // Then the step automates 62 % with 0.6 % escaped errors, as one undo step
  await expect(inspector.getByLabel('Automation rate', { exact: true })).toHaveValue('62');
  await expect(inspector.getByLabel('Escaped error rate', { exact: true })).toHaveValue('0.6');
  await page.keyboard.press('Control+z');
  await expect(inspector.getByLabel('Automation rate', { exact: true })).toHaveValue('78');
});

test('"±" beside a number adds a range on it, which the project panel then lists', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('tab', { name: /AI match with review/ }).click();
  await (await stepInView(page, 'step-ai-match')).click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  const availability = inspector.locator('.fc-ranged', {
    has: page.getByLabel('Availability', { exact: true }),
  });
  await availability.getByRole('button', { name: 'Add a range' }).click();
  // Then low, likely and high appear around 99 %, kept under 100 %
  const range = inspector.getByRole('group', { name: 'Range of Availability' });
  await expect(range.getByLabel('Likely')).toHaveValue('99');
  await expect(range.getByLabel('High')).toHaveValue('100');
  await range.getByLabel('Low').fill('95');
  await range.getByLabel('Low').press('Enter');
  // and the project's ranges list it
  await inspector.getByRole('button', { name: 'Close details (Escape)' }).click();
  const panel = page.getByRole('complementary', { name: 'Project' });
  await panel.getByRole('button', { name: /Uncertainty ranges/ }).click();
  await expect(panel).toContainText('The availability of the step "AI 2-way match"');
  await expect(panel).toContainText('95 – 99 – 100 %');
});

test('"?" shows the shortcut sheet; keys under it do nothing, and Escape closes it', async ({
  page,
}) => {
  await openBlankProject(page);
  // Given a blank project: one start, one end and the flow between them, as the status bar says
  await expect(page.getByText('2 steps · 1 flow', { exact: true })).toBeVisible();
  // When the analyst presses "?"
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  // Then a step key pressed while the sheet is open adds nothing to the map under it
  await page.keyboard.press('t');
  await expect(page.locator('[data-testid^="step-task"]')).toHaveCount(0);
  // And Escape closes the sheet
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test("compare: each map's steps show that map's numbers, not the target's", async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByRole('menuitem', { name: 'Blank project' }).click();
  // Given an AI step automating 70 % on the current map, and 95 % on a target made from it
  await page.getByTestId('step-start').click();
  await page.getByRole('button', { name: 'Add AI step' }).click();
  await page.getByRole('button', { name: 'New target from current' }).click();
  await page.getByTestId('step-ai-step').click();
  await setField(page, 'Automation rate', '95');
  await page.keyboard.press('Escape');
  // When the target is compared with current
  await page.getByRole('button', { name: 'Compare with current' }).click();
  const compare = page.getByTestId('compare-view');
  const current = compare.getByRole('region', { name: /^Current:/ });
  const target = compare.getByRole('region', { name: /^Target:/ });
  // Then the current map's AI step says 70 % and the target's 95 %
  await expect(current.getByTestId('step-ai-step')).toContainText('70 %');
  await expect(target.getByTestId('step-ai-step')).toContainText('95 %');
  await expect(compare.getByRole('region', { name: 'Changes' })).toContainText(
    'automation rate changed from 70 % to 95 %',
  );
});

test('Escape closes the "New project" menu and a map tab\'s actions menu', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('map-canvas')).toBeVisible();
  // Given the "New project" menu opened with a click
  const newProject = page.getByRole('button', { name: 'New project' });
  await newProject.click();
  const menu = page.getByRole('menu', { name: 'New project' });
  await expect(menu).toBeVisible();
  // When Escape is pressed, it closes and the focus is back on its button
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(newProject).toBeFocused();
  // And the same for the current map's actions
  const actions = page.getByRole('button', { name: /^Actions for / });
  await actions.click();
  const tabMenu = page.getByRole('menu', { name: /^Actions for / });
  await expect(tabMenu.getByRole('menuitem', { name: 'Rename' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tabMenu).toBeHidden();
  await expect(actions).toBeFocused();
});

test('the view of a map is kept while the analyst visits another screen or map', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('step-enter-data')).toBeVisible();
  const camera = () =>
    page.getByTestId('map-canvas').locator('.react-flow__viewport').getAttribute('style');
  // Given the current map zoomed out and dragged aside
  await page.getByRole('button', { name: 'Zoom Out' }).click();
  await page.getByRole('button', { name: 'Zoom Out' }).click();
  const pane = await page.getByTestId('map-canvas').boundingBox();
  if (pane === null) throw new Error('no canvas');
  await page.mouse.move(pane.x + 60, pane.y + 40);
  await page.mouse.down();
  await page.mouse.move(pane.x + 160, pane.y + 80, { steps: 5 });
  await page.mouse.up();
  await page.waitForTimeout(400);
  const before = await camera();
  // When the analyst looks at the simulation screen and comes back
  await page.getByRole('tab', { name: 'Simulation' }).click();
  await page.getByRole('tab', { name: 'Map', exact: true }).click();
  // Then the map is where it was
  await expect.poll(camera).toBe(before);
  // And the same after a look at another map's tab
  await page.getByRole('tab', { name: /AI match with review/ }).click();
  await expect(page.getByTestId('step-ai-match')).toBeAttached();
  await page.getByRole('tab', { name: /Current/ }).click();
  await expect.poll(camera).toBe(before);
});

test('a step dragged from the palette onto the canvas is added where it is dropped', async ({
  page,
}) => {
  await openBlankProject(page);
  const canvas = page.getByTestId('map-canvas');
  const box = await canvas.boundingBox();
  if (box === null) throw new Error('no canvas on screen');
  const drop = { x: Math.round(box.width * 0.5), y: Math.round(box.height * 0.8) };
  await page.getByRole('button', { name: 'Add decision' }).dragTo(canvas, { targetPosition: drop });
  const decision = page.getByTestId('step-decision');
  await expect(decision).toBeVisible();
  // its centre is where the pointer let go (within the snap grid)
  const placed = await decision.boundingBox();
  if (placed === null) throw new Error('the decision is not on screen');
  expect(Math.abs(placed.x + placed.width / 2 - (box.x + drop.x))).toBeLessThan(24);
  expect(Math.abs(placed.y + placed.height / 2 - (box.y + drop.y))).toBeLessThan(24);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(decision).toHaveCount(0);
});

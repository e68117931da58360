// Issue 11's walk through the workspace, as a new user would: a project survives a reload with
// its maps, active map and selection; a snapshot is restored and the restore undone; two tabs
// editing the same project are told of the conflict and lose nothing; a broken file lists every
// problem and replaces nothing; export then import gives the same bytes.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const projects = (page: Page) => page.getByRole('list', { name: 'Projects' });
const tasks = (page: Page) => page.locator('[data-testid^="step-task"]');
/** A step on the canvas by its name. */
const step = (page: Page, name: string) =>
  page.locator('.react-flow__node').filter({ hasText: name });

async function rename(page: Page, value: string): Promise<void> {
  const field = inspector(page).getByLabel('Name', { exact: true });
  await field.fill(value);
  await field.press('Enter');
}

async function newBlankProject(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByRole('menuitem', { name: 'Blank project' }).click();
  await expect(page.getByTestId('project-name')).toHaveText('Untitled process');
}

async function waitSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
}

test('a blank project survives a reload with its maps, active map and selection', async ({
  page,
}) => {
  await page.goto('/');
  await expect(projects(page).getByRole('listitem')).toHaveText([
    'Accounts payable: invoice processing',
  ]);
  await newBlankProject(page);
  await page.getByTestId('step-start').click();
  await page.getByRole('button', { name: 'Add task' }).click();
  await rename(page, 'Receive invoice');
  await page.getByRole('button', { name: 'New target from current' }).click();
  await expect(
    page.getByRole('tablist', { name: 'Process maps' }).getByRole('tab', { selected: true }),
  ).toContainText('Target');
  await page.getByText('Receive invoice', { exact: true }).click();
  await waitSaved(page);

  await page.reload();
  await expect(projects(page).getByRole('listitem')).toHaveText([
    'Untitled process',
    'Accounts payable: invoice processing',
  ]);
  await expect(page.getByTestId('project-name')).toHaveText('Untitled process');
  await expect(page.getByRole('tablist', { name: 'Process maps' }).getByRole('tab')).toHaveCount(2);
  await expect(
    page.getByRole('tablist', { name: 'Process maps' }).getByRole('tab', { selected: true }),
  ).toContainText('Target');
  await expect(page.getByTestId('details-title')).toHaveText('Receive invoice');
});

test('an edit made just before a reload is not lost', async ({ page }) => {
  await page.goto('/');
  await newBlankProject(page);
  await waitSaved(page);
  await page.getByTestId('step-start').click();
  await page.getByRole('button', { name: 'Add task' }).click();
  await rename(page, 'Typed just before closing');
  await page.reload(); // at once: the autosave's second has not passed
  await expect(step(page, 'Typed just before closing')).toBeVisible();
});

test('a snapshot is restored as one step, and undo brings back what was there', async ({
  page,
}) => {
  await page.goto('/');
  await newBlankProject(page);
  await page.getByTestId('step-start').click();
  await page.getByRole('button', { name: 'Add task' }).click();
  await rename(page, 'Before');
  await page.getByRole('button', { name: 'Save snapshot' }).click();
  await page.getByLabel('Snapshot name').fill('Workshop 1');
  await page.getByLabel('Snapshot name').press('Enter');
  const snapshots = page.getByRole('list', { name: 'Snapshots' });
  await expect(snapshots.getByRole('listitem')).toHaveCount(1);
  await expect(snapshots).toContainText('Workshop 1');

  await rename(page, 'After');
  await page.getByRole('button', { name: 'Add task' }).click();
  await expect(tasks(page)).toHaveCount(2);

  await snapshots.getByRole('button', { name: 'Restore' }).click();
  await expect(tasks(page)).toHaveCount(1);
  await expect(step(page, 'Before')).toBeVisible();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(tasks(page)).toHaveCount(2);
  await expect(step(page, 'After')).toBeVisible();
});

test('rename, duplicate and delete a project in the library', async ({ page }) => {
  await page.goto('/');
  await newBlankProject(page);
  const open = projects(page).getByRole('listitem').filter({ hasText: 'Untitled process' });
  await open.getByRole('button', { name: 'Rename' }).click();
  const naming = page.getByRole('dialog', { name: 'Rename project' }).getByLabel('Project name');
  await naming.fill('Claims intake');
  await naming.press('Enter');
  await expect(page.getByTestId('project-name')).toHaveText('Claims intake');

  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(projects(page).getByRole('listitem')).toHaveCount(3);
  await expect(projects(page)).toContainText('Claims intake (copy)');

  await page.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Claims intake');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(projects(page).getByRole('listitem')).toHaveCount(2);
  await expect(projects(page)).not.toContainText(/^Claims intake$/);
  await expect(page.getByTestId('project-name')).not.toHaveText('Claims intake');

  await page.reload();
  await expect(projects(page).getByRole('listitem')).toHaveCount(2);
});

test('two tabs editing one project: the conflict is told and neither version is lost', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await newBlankProject(page);
  await page.getByTestId('step-start').click();
  await page.getByRole('button', { name: 'Add task' }).click();
  await rename(page, 'Shared step');
  await waitSaved(page);

  const other = await context.newPage();
  await other.goto('/');
  await expect(other.getByTestId('project-name')).toHaveText('Untitled process');

  // Both edit before either autosave (a second after an edit) has run: the names are typed
  // first and committed back to back, so a slow machine cannot let one save land in between.
  await step(page, 'Shared step').click();
  await step(other, 'Shared step').click();
  const first = inspector(page).getByLabel('Name', { exact: true });
  const second = inspector(other).getByLabel('Name', { exact: true });
  await first.fill('Edited in the first tab');
  await second.fill('Edited in the second tab');
  await first.press('Enter');
  await second.press('Enter');

  const told = async (p: Page) =>
    (await p.getByRole('alert').filter({ hasText: 'another window' }).count()) > 0;
  await expect.poll(async () => (await told(page)) || (await told(other))).toBe(true);
  const loser = (await told(page)) ? page : other;
  const mine = loser === page ? 'Edited in the first tab' : 'Edited in the second tab';
  const theirs = loser === page ? 'Edited in the second tab' : 'Edited in the first tab';
  await expect(step(loser, mine)).toBeVisible();

  await loser.getByRole('button', { name: 'Keep this window’s version' }).click();
  await expect(loser.getByRole('alert').filter({ hasText: 'another window' })).toHaveCount(0);
  await expect(loser.getByRole('list', { name: 'Snapshots' })).toContainText(
    'Version from another window',
  );
  await waitSaved(loser);

  // The other version is one Restore away.
  await loser
    .getByRole('list', { name: 'Snapshots' })
    .getByRole('button', { name: 'Restore' })
    .click();
  await expect(step(loser, theirs)).toBeVisible();
  await other.close();
});

test('a broken file lists every problem and replaces nothing', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('project-name')).toHaveText('Accounts payable: invoice processing');
  const broken = JSON.parse(await readFile('test/fixtures/versions/v1.flowcase', 'utf8')) as {
    currency: string;
    roles: { costPerHour: number }[];
  };
  broken.currency = 'euros';
  broken.roles[0]!.costPerHour = -5;
  await page.getByLabel('Import').setInputFiles({
    name: 'broken.flowcase',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  const dialog = page.getByRole('dialog', { name: 'Cannot import broken.flowcase' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveCount(2);
  await expect(dialog).toContainText('currency');
  // each problem is placed in words, as the Problems list places it, not by its file path
  await expect(dialog).toContainText('Role "AP clerk": Cost per hour must be at least 0');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('project-name')).toHaveText('Accounts payable: invoice processing');
  await expect(projects(page).getByRole('listitem')).toHaveCount(1);
});

test('a project saved as Latin-1 is refused in words, not imported with its names damaged', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('project-name')).toHaveText('Accounts payable: invoice processing');
  const text = await readFile('test/fixtures/versions/v1.flowcase', 'utf8');
  const named = JSON.parse(text) as { name: string };
  named.name = 'Café Müller';
  await page.getByLabel('Import').setInputFiles({
    name: 'legacy.flowcase',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(named), 'latin1'),
  });
  const dialog = page.getByRole('dialog', { name: 'Cannot import legacy.flowcase' });
  await expect(dialog).toContainText('The file is not saved as UTF-8 text');
  await expect(dialog).toContainText('save it as UTF-8 and open it again. Nothing was imported.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(projects(page).getByRole('listitem')).toHaveCount(1);
});

test('export then import gives the same bytes back', async ({ page }) => {
  await page.goto('/');
  await newBlankProject(page);
  await page.getByTestId('step-start').click();
  await page.getByRole('button', { name: 'Add AI step' }).click();
  await rename(page, 'Classify');

  const exported = async (): Promise<string> => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Untitled process.flowcase');
    await expect(
      page.getByRole('status').filter({ hasText: 'Downloaded “Untitled process.flowcase”.' }),
    ).toBeVisible();
    const path = await file.path();
    return readFile(path, 'utf8');
  };
  const first = await exported();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'Untitled process.flowcase',
    mimeType: 'application/json',
    buffer: Buffer.from(first),
  });
  await expect(projects(page).getByRole('listitem')).toHaveCount(3);
  await expect(step(page, 'Classify')).toBeVisible();
  expect(await exported()).toBe(first);
});

test('a map imported without positions is laid out left to right', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('map-canvas')).toBeVisible();
  const file = JSON.parse(await readFile('test/fixtures/versions/v1.flowcase', 'utf8')) as {
    maps: { current: { steps: { position: { x: number; y: number } }[] } };
  };
  for (const s of file.maps.current.steps) s.position = { x: 0, y: 0 };
  await page.getByLabel('Import').setInputFiles({
    name: 'from-another-tool.flowcase',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(page.getByTestId('project-name')).toHaveText('Invoice approval (AP team, Lyon)');
  // The canvas draws the steps in view: fit the map to see them all
  await page.getByRole('button', { name: 'Fit View' }).click();
  const nodes = page.locator('.react-flow__node');
  await expect(nodes).toHaveCount(file.maps.current.steps.length);
  const boxes = await nodes.evaluateAll((elements) =>
    elements.map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height };
    }),
  );
  // No two steps overlap, and the map runs left to right: wider than tall.
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1))
      expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(
        true,
      );
  const xs = boxes.map((b) => b.x);
  const ys = boxes.map((b) => b.y);
  expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(Math.max(...ys) - Math.min(...ys));
});

// Issue 14, the renderer's part: the web build with a FAKE desktop shell (test/e2e/fake-shell.ts)
// behaves as the desktop app does. Open a file, and the title bar is told its name, saved; an
// edit makes it unsaved and Ctrl+S writes it; Save As moves it to a new file; the menu's Undo
// undoes on the map; a change on disk is reloaded from the bar; and after a crash the unsaved
// draft is offered and restored. Driven by accessible names and keys, as an analyst would.
import type { Page } from '@playwright/test';
import { blankProject } from '../../shared/editor';
import { serializeDocument } from '../../shared/model';
import {
  emitFromShell,
  fileOnDisk,
  installFakeShell,
  lastDocumentState,
  putFile,
  shellCalls,
} from './fake-shell';
import { expect, test } from './fixtures';

const PATH = '/home/ana/Invoice approval.flowcase';
const FILE_NAME = 'Invoice approval.flowcase';
const COPY_PATH = '/home/ana/Invoice approval v2.flowcase';
const invoiceText = serializeDocument(blankProject('Invoice approval'));

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const topBar = (page: Page) => page.getByRole('banner');

async function startWithShell(page: Page): Promise<void> {
  await page.addInitScript(installFakeShell, {
    files: { [PATH]: invoiceText },
    openPath: PATH,
    saveAsPath: COPY_PATH,
  });
  await page.goto('/');
  await expect(page.getByTestId('project-name')).toBeVisible();
}

async function openInvoice(page: Page): Promise<void> {
  await topBar(page).getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByTestId('project-name')).toHaveText('Invoice approval');
  await expect
    .poll(() => lastDocumentState(page))
    .toEqual({
      path: PATH,
      name: FILE_NAME,
      dirty: false,
    });
}

async function renameStart(page: Page, name: string): Promise<void> {
  await page.getByTestId('step-start').click();
  const field = inspector(page).getByLabel('Name', { exact: true });
  await field.fill(name);
  await field.press('Enter');
  await expect(page.locator('.react-flow__node').filter({ hasText: name })).toBeVisible();
}

test('the top bar offers Open, Save and Save As instead of Import and Export', async ({ page }) => {
  await startWithShell(page);
  for (const name of ['Open', 'Save', 'Save As'])
    await expect(topBar(page).getByRole('button', { name, exact: true })).toBeVisible();
  await expect(topBar(page).getByRole('button', { name: 'Import' })).toHaveCount(0);
  await expect(topBar(page).getByRole('button', { name: 'Export', exact: true })).toHaveCount(0);
});

test('open, edit, save: the title bar follows the file and its unsaved changes', async ({
  page,
}) => {
  // Given the app with a shell whose Open dialog picks a file
  await startWithShell(page);
  // When the file is opened, Then the shell is told its path and name, saved
  await openInvoice(page);
  // When a step is renamed, Then the shell is told it has unsaved changes
  await renameStart(page, 'Invoice arrives');
  await expect.poll(() => lastDocumentState(page)).toMatchObject({ path: PATH, dirty: true });
  // And the top bar says the change is not in the file yet
  await expect(page.getByTestId('save-state')).toHaveText(/^Not saved to file/);
  // When Ctrl+S is pressed on the map
  await page.getByTestId('map-canvas').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Control+s');
  // Then the document is written to its file, and it is saved again
  await expect.poll(() => lastDocumentState(page)).toMatchObject({ path: PATH, dirty: false });
  const saves = (await shellCalls(page)).filter((c) => c.channel === 'save');
  expect(saves).toHaveLength(1);
  const written = (saves[0]!.payload as { text: string }).text;
  expect(written).toContain('"Invoice arrives"');
  expect(await fileOnDisk(page, PATH)).toBe(written);
  await expect(page.getByRole('status').filter({ hasText: `Saved “${FILE_NAME}”` })).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
});

test('Save As writes a new file and the project follows it', async ({ page }) => {
  await startWithShell(page);
  await openInvoice(page);
  await renameStart(page, 'Invoice arrives');
  // When Save As is chosen with the keyboard
  await page.keyboard.press('Control+Shift+S');
  // Then the new file holds the document, and the title bar shows it, saved
  await expect
    .poll(() => lastDocumentState(page))
    .toEqual({
      path: COPY_PATH,
      name: 'Invoice approval v2.flowcase',
      dirty: false,
    });
  expect(await fileOnDisk(page, COPY_PATH)).toContain('"Invoice arrives"');
  expect(await fileOnDisk(page, PATH)).toBe(invoiceText);
});

test('the menu’s Undo undoes the last edit on the map', async ({ page }) => {
  await startWithShell(page);
  await openInvoice(page);
  await renameStart(page, 'Invoice arrives');
  await page.getByTestId('map-canvas').click({ position: { x: 20, y: 20 } });
  // When the menu sends Undo while no field has focus
  await emitFromShell(page, 'menu:command', { command: 'undo' });
  // Then the rename is undone, and the document is as saved again
  await expect(
    page.locator('.react-flow__node').filter({ hasText: 'Invoice arrives' }),
  ).toHaveCount(0);
  await expect.poll(() => lastDocumentState(page)).toMatchObject({ dirty: false });
});

test('the menu’s Undo acts on the focused text field, not on the map', async ({ page }) => {
  await startWithShell(page);
  await openInvoice(page);
  // Given typing in a step's name field, not yet committed
  await page.getByTestId('step-start').click();
  const field = inspector(page).getByLabel('Name', { exact: true });
  const before = await field.inputValue();
  await field.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' typed');
  await expect(field).toHaveValue(`${before} typed`);
  // When the menu sends Undo while the field has focus
  await emitFromShell(page, 'menu:command', { command: 'undo' });
  // Then the field's typing is undone, and the map's history is untouched
  await expect(field).toHaveValue(before);
  await expect(page.getByTestId('project-name')).toHaveText('Invoice approval');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('a file changed on disk is reloaded from the bar, and Undo brings back mine', async ({
  page,
}) => {
  await startWithShell(page);
  await openInvoice(page);
  // Given another program wrote the file
  await putFile(page, PATH, serializeDocument(blankProject('Approved elsewhere')));
  await emitFromShell(page, 'file:changed-on-disk', { path: PATH, name: FILE_NAME });
  const bar = page.getByRole('alert').filter({ hasText: 'was changed by another program' });
  await expect(bar).toContainText(`“${FILE_NAME}” was changed by another program.`);
  // When Reload from disk is pressed
  await bar.getByRole('button', { name: 'Reload from disk' }).click();
  // Then the project is the file's, saved, and the bar is gone
  await expect(page.getByTestId('project-name')).toHaveText('Approved elsewhere');
  await expect(bar).toHaveCount(0);
  await expect.poll(() => lastDocumentState(page)).toMatchObject({ dirty: false });
  // And Undo brings back the version before the reload
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('project-name')).toHaveText('Invoice approval');
});

test('after a crash the unsaved draft is offered and restored', async ({ page }) => {
  // Given an opened file with an edit the autosave kept but that was never saved to the file
  await startWithShell(page);
  await openInvoice(page);
  await renameStart(page, 'Unsaved when it crashed');
  await expect(page.getByTestId('save-state')).toHaveText(/^Not saved to file/);
  // And another project open when Flowcase crashed
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByRole('menuitem', { name: 'Blank project' }).click();
  await expect(page.getByTestId('project-name')).toHaveText('Untitled process');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  // When Flowcase starts again after a crash
  await page.evaluate(() => localStorage.setItem('fake.crashed', '1'));
  await page.reload();
  // Then the recovery dialog lists the draft of the file
  const dialog = page.getByRole('dialog', { name: 'Flowcase closed unexpectedly' });
  await expect(dialog).toBeVisible();
  const drafts = dialog.getByRole('list', { name: 'Unsaved drafts' });
  await expect(drafts.getByRole('listitem').filter({ hasText: FILE_NAME })).toBeVisible();
  // When it is restored
  await dialog.getByRole('button', { name: 'Restore Invoice approval' }).click();
  // Then it opens with its unsaved change, and the shell is told it is unsaved
  await expect(page.getByTestId('project-name')).toHaveText('Invoice approval');
  await expect(
    page.locator('.react-flow__node').filter({ hasText: 'Unsaved when it crashed' }),
  ).toBeVisible();
  await expect
    .poll(() => lastDocumentState(page))
    .toEqual({
      path: PATH,
      name: FILE_NAME,
      dirty: true,
    });
});

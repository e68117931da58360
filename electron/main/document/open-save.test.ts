import { describe, expect, it } from 'vitest';
import { IpcRefusal } from '../ipc/outcome';
import { FakeFileError, setUpController } from './testing';

const W = { webContentsId: 1 };
const project = (name = 'Invoice') => ({
  text: `{"name":"${name}"}`,
  suggestedName: `${name}.flowcase`,
});

describe('opening', () => {
  it('given a new window, then its title is Untitled', () => {
    const { open } = setUpController();
    expect(open(1).title).toBe('Untitled — Flowcase');
  });

  it('given the user picks a file, when opening, then it is read, titled, recent and watched', async () => {
    const { controller, open, dialogs, files, app, recent } = setUpController();
    const window = open(1);
    files.disk.set('/work/Invoice.flowcase', { data: '{}', modifiedAt: 5 });
    dialogs.answers.push('/work/Invoice.flowcase');
    const answer = await controller.handlers['file:open']({}, W);
    expect(answer).toEqual({
      kind: 'opened',
      file: { path: '/work/Invoice.flowcase', name: 'Invoice.flowcase', text: '{}', modifiedAt: 5 },
    });
    expect(window.title).toBe('Invoice.flowcase — Flowcase');
    expect(recent.list()).toEqual(['/work/Invoice.flowcase']);
    expect(app.recent).toEqual(['/work/Invoice.flowcase']);
    expect([...files.watching.keys()]).toEqual(['/work/Invoice.flowcase']);
  });

  it('given the user cancels, when opening, then cancelled and nothing changes', async () => {
    const { controller, open, dialogs } = setUpController();
    const window = open(1);
    dialogs.answers.push(null);
    expect(await controller.handlers['file:open']({}, W)).toEqual({ kind: 'cancelled' });
    expect(window.title).toBe('Untitled — Flowcase');
  });

  it('given a missing file, when opening, then the FileError comes through', async () => {
    const { controller, open, dialogs } = setUpController();
    open(1);
    dialogs.answers.push('/work/Gone.flowcase');
    await expect(controller.handlers['file:open']({}, W)).rejects.toBeInstanceOf(FakeFileError);
  });

  it('given a dropped file, when opened, then only .flowcase files are read', async () => {
    const { controller, open, files } = setUpController();
    open(1);
    files.disk.set('/work/Drop.flowcase', { data: '{}', modifiedAt: 5 });
    await expect(
      controller.handlers['file:open-dropped']({ path: '/home/me/.ssh/id_rsa' }, W),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      controller.handlers['file:open-dropped']({ path: 'Drop.flowcase' }, W),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(
      await controller.handlers['file:open-dropped']({ path: '/work/Drop.flowcase' }, W),
    ).toMatchObject({ kind: 'opened', file: { name: 'Drop.flowcase' } });
  });

  it('given a sender that is not one of the windows, when it asks, then forbidden', async () => {
    const { controller, open } = setUpController();
    open(1);
    await expect(
      controller.handlers['file:open']({}, { webContentsId: 99 }),
    ).rejects.toBeInstanceOf(IpcRefusal);
  });
});

describe('saving', () => {
  it('given an untitled document, when saved, then Save As asks, adds .flowcase, cleans the folder once', async () => {
    const { controller, open, dialogs, files } = setUpController();
    const window = open(1);
    dialogs.answers.push('/work/Invoice', '/work/Other.flowcase');
    const answer = await controller.handlers['file:save'](project(), W);
    expect(dialogs.asked).toEqual(['save project Invoice.flowcase']);
    expect(answer).toMatchObject({
      kind: 'saved',
      file: { path: '/work/Invoice.flowcase', name: 'Invoice.flowcase' },
    });
    expect(files.disk.get('/work/Invoice.flowcase')?.data).toBe('{"name":"Invoice"}');
    expect(window.title).toBe('Invoice.flowcase — Flowcase');

    await controller.handlers['file:save-as'](project(), W);
    expect(dialogs.asked[1]).toBe('save project Invoice.flowcase');
    expect(files.cleaned).toEqual(['/work']);
  });

  it('given a document with a file, when saved, then it is written there without asking', async () => {
    const { controller, open, dialogs, files } = setUpController();
    open(1);
    dialogs.answers.push('/work/Invoice.flowcase');
    await controller.handlers['file:save'](project(), W);
    await controller.handlers['file:save'](project('Changed'), W);
    expect(dialogs.asked).toHaveLength(1);
    expect(files.disk.get('/work/Invoice.flowcase')?.data).toBe('{"name":"Changed"}');
  });

  it('given a read-only folder, when saved, then the FileError comes through and the title stays', async () => {
    const { controller, open, dialogs } = setUpController();
    const window = open(1);
    dialogs.answers.push('/read-only/Invoice.flowcase');
    await expect(controller.handlers['file:save'](project(), W)).rejects.toMatchObject({
      code: 'unwritable',
    });
    expect(window.title).toBe('Untitled — Flowcase');
  });

  it('given the file changes on disk, then the window is told once; our own save tells nothing', async () => {
    const { controller, open, dialogs, files } = setUpController();
    const window = open(1);
    dialogs.answers.push('/work/Invoice.flowcase');
    await controller.handlers['file:save'](project(), W);
    await controller.handlers['file:save'](project('Again'), W);
    expect(window.sent).toEqual([]);
    files.touch('/work/Invoice.flowcase', '{"name":"Theirs"}');
    expect(window.sent).toEqual([
      ['file:changed-on-disk', { path: '/work/Invoice.flowcase', name: 'Invoice.flowcase' }],
    ]);
    expect(await controller.handlers['file:reload']({}, W)).toMatchObject({
      kind: 'opened',
      file: { text: '{"name":"Theirs"}' },
    });
  });

  it('given no file yet, when reloading, then not-found in words', async () => {
    const { controller, open } = setUpController();
    open(1);
    await expect(controller.handlers['file:reload']({}, W)).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});

describe('document state', () => {
  it('given a path main never opened, when set, then forbidden; a known path is taken', async () => {
    const { controller, open, dialogs } = setUpController();
    const window = open(1);
    const set = controller.handlers['document:set-state'];
    await expect(set({ path: '/etc/passwd', name: 'passwd', dirty: false }, W)).rejects.toThrow(
      expect.objectContaining({ code: 'forbidden' }) as Error,
    );
    dialogs.answers.push('/work/Invoice.flowcase');
    await controller.handlers['file:save'](project(), W);
    await set({ path: null, name: 'Draft', dirty: true }, W);
    expect(window.title).toBe('• Draft — Flowcase');
    await set({ path: '/work/Invoice.flowcase', name: 'ignored', dirty: true }, W);
    expect(window.title).toBe('• Invoice.flowcase — Flowcase');
  });

  it('given macOS, when dirty, then the edited dot and proxy icon instead of a bullet', async () => {
    const { controller, open, dialogs } = setUpController({ platform: 'darwin' });
    const window = open(1);
    dialogs.answers.push('/work/Invoice.flowcase');
    await controller.handlers['file:save'](project(), W);
    await controller.handlers['document:set-state'](
      { path: '/work/Invoice.flowcase', name: 'Invoice.flowcase', dirty: true },
      W,
    );
    expect(window.title).toBe('Invoice.flowcase — Flowcase');
    expect(window.edited).toBe(true);
    expect(window.represented).toBe('/work/Invoice.flowcase');
  });
});

describe('a file from an earlier session', () => {
  it('given a path on the recent list (written by main only), then it is the document again, watched from its time on disk now', async () => {
    const { controller, open, files, recent } = setUpController();
    open(1);
    files.disk.set('/work/Old.flowcase', { data: '{}', modifiedAt: 42 });
    recent.add('/work/Old.flowcase');
    const read = files.read.bind(files);
    let reads = 0;
    files.read = (filePath) => {
      reads++;
      return read(filePath);
    };
    const set = controller.handlers['document:set-state'];
    await set({ path: '/work/Old.flowcase', name: 'Old', dirty: false }, W);
    // Its time on disk is taken without reading the file.
    expect(reads).toBe(0);
    files.disk.set('/work/Old.flowcase', { data: '{"b":1}', modifiedAt: 43 });
    const saved = await controller.handlers['file:save'](project(), W);
    expect(saved).toMatchObject({ kind: 'saved', file: { path: '/work/Old.flowcase' } });
    // Not on the list: refused, whatever the page claims.
    await expect(set({ path: '/work/Other.flowcase', name: 'x', dirty: false }, W)).rejects.toThrow(
      expect.objectContaining({ code: 'forbidden' }) as Error,
    );
  });
});

describe('Export PDF', () => {
  const request = {
    text: '{}',
    targetId: 't1',
    paper: 'a4' as const,
    seed: 1,
    suggestedName: 'Invoice - business case',
  };

  it('given a place to save, when exported, then the report is printed and written as .pdf', async () => {
    const { controller, open, dialogs, files, printReport, recent } = setUpController();
    open(1);
    dialogs.answers.push('/work/Invoice - business case');
    const answer = await controller.handlers['report:export-pdf'](request, W);
    expect(dialogs.asked).toEqual(['save pdf Invoice - business case']);
    expect(printReport).toHaveBeenCalledWith(request);
    expect(answer).toMatchObject({
      kind: 'saved',
      file: { path: '/work/Invoice - business case.pdf' },
    });
    expect(files.disk.get('/work/Invoice - business case.pdf')?.data).toEqual(
      new Uint8Array([37, 80, 68, 70]),
    );
    expect(recent.list()).toEqual([]);
  });

  it('given the user cancels, when exporting, then nothing is printed', async () => {
    const { controller, open, dialogs, printReport } = setUpController();
    open(1);
    dialogs.answers.push(null);
    expect(await controller.handlers['report:export-pdf'](request, W)).toEqual({
      kind: 'cancelled',
    });
    expect(printReport).not.toHaveBeenCalled();
  });
});

import { describe, expect, it } from 'vitest';
import { setUpController } from './testing';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('files from outside', () => {
  it('given a file before the window started, then start info answers with it', async () => {
    const { controller, open, files } = setUpController({ crashed: true });
    files.disk.set('/work/Arg.flowcase', { data: '{"a":1}', modifiedAt: 5 });
    controller.openFromOutside('/work/Arg.flowcase');
    const window = open(1);
    const info = await controller.handlers['app:start-info']({}, { webContentsId: 1 });
    expect(info).toEqual({
      crashed: true,
      appVersion: '0.1.0',
      openFile: {
        path: '/work/Arg.flowcase',
        name: 'Arg.flowcase',
        text: '{"a":1}',
        modifiedAt: 5,
      },
    });
    expect(window.title).toBe('Arg.flowcase — Flowcase');
  });

  it('given recent files, when the app starts, then the temp files beside them are removed, once per folder', () => {
    const { controller, files, recent } = setUpController();
    recent.add('/work/A.flowcase');
    recent.add('/work/B.flowcase');
    recent.add('/elsewhere/C.flowcase');
    const cleaned: string[] = [];
    files.removeLeftoverTempFiles = (folder) => {
      cleaned.push(folder);
      return Promise.resolve([]);
    };
    controller.cleanRecentFolders();
    expect(cleaned.sort()).toEqual(['/elsewhere', '/work']);
  });

  it('given a crash, then only the first page to start is offered the drafts, and a page that crashed is again', async () => {
    const { controller, open } = setUpController({ crashed: true });
    open(1);
    open(2);
    const startOf = (id: number) =>
      controller.handlers['app:start-info']({}, { webContentsId: id });
    expect(await startOf(1)).toMatchObject({ crashed: true });
    expect(await startOf(2)).toMatchObject({ crashed: false });
    controller.rendererCrashed(2);
    expect(await startOf(2)).toMatchObject({ crashed: true });
    expect(await startOf(1)).toMatchObject({ crashed: false });
  });

  it('given two files before start, then the second follows as file:opened', async () => {
    const { controller, open, files } = setUpController();
    files.disk.set('/work/A.flowcase', { data: '{}', modifiedAt: 5 });
    files.disk.set('/work/B.flowcase', { data: '{}', modifiedAt: 6 });
    controller.openFromOutside('/work/A.flowcase');
    controller.openFromOutside('/work/B.flowcase');
    const window = open(1);
    await controller.handlers['app:start-info']({}, { webContentsId: 1 });
    await flush();
    await flush();
    expect(window.sent).toEqual([
      ['file:opened', { path: '/work/B.flowcase', name: 'B.flowcase', text: '{}', modifiedAt: 6 }],
    ]);
  });

  it('given a started window, when a second launch hands a file, then it is focused and told', async () => {
    const { controller, open, files } = setUpController();
    const window = open(1);
    await controller.handlers['app:start-info']({}, { webContentsId: 1 });
    files.disk.set('/work/Later.flowcase', { data: '{}', modifiedAt: 5 });
    controller.openFromOutside('/work/Later.flowcase');
    await flush();
    expect(window.focused).toBe(true);
    expect(window.sent.map(([channel]) => channel)).toEqual(['file:opened']);
    // The path is now known: the renderer may make it its document.
    await controller.handlers['document:set-state'](
      { path: '/work/Later.flowcase', name: 'Later.flowcase', dirty: false },
      { webContentsId: 1 },
    );
    expect(window.title).toBe('Later.flowcase — Flowcase');
  });

  it('given a recent file that is gone, when opened, then an error box and it leaves the list', async () => {
    const { controller, open, dialogs, recent } = setUpController();
    open(1);
    await controller.handlers['app:start-info']({}, { webContentsId: 1 });
    recent.add('/work/Gone.flowcase');
    controller.openFromOutside('/work/Gone.flowcase');
    await flush();
    expect(dialogs.errors).toEqual([
      'Flowcase could not open “Gone.flowcase”: “Gone.flowcase” was not found.',
    ]);
    expect(recent.list()).toEqual([]);
  });
});

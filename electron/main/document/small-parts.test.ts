import { describe, expect, it, vi } from 'vitest';
import { startCrashMarker } from './crash-marker';
import { createDialogs, type NativeDialog } from './dialogs';
import { filesFromArgv } from './launch-args';
import { createRecentFiles, MAX_RECENT_FILES, parseRecentFiles } from './recent-files';
import { REPORT_WINDOW_GONE, ReportSessions } from './report-sessions';
import { documentName, windowTitle, withExtension } from './title';

describe('title', () => {
  it('given a dirty document, then a bullet on Windows and Linux, none on macOS', () => {
    expect(windowTitle('Invoice.flowcase', false, 'win32')).toBe('Invoice.flowcase — Flowcase');
    expect(windowTitle('Invoice.flowcase', true, 'linux')).toBe('• Invoice.flowcase — Flowcase');
    expect(windowTitle('Invoice.flowcase', true, 'darwin')).toBe('Invoice.flowcase — Flowcase');
    expect(documentName('Invoice.FLOWCASE')).toBe('Invoice');
    expect(withExtension('/a/b', '.pdf')).toBe('/a/b.pdf');
    expect(withExtension('/a/b.PDF', '.pdf')).toBe('/a/b.PDF');
  });
});

describe('filesFromArgv', () => {
  it('given a packaged launch, then flags are skipped and .flowcase files resolved', () => {
    const argv = ['/opt/Flowcase/flowcase', '--no-sandbox', 'Invoice.flowcase', 'notes.txt'];
    expect(filesFromArgv(argv, { defaultApp: false, workingDirectory: '/home/me' })).toEqual([
      '/home/me/Invoice.flowcase',
    ]);
  });

  it('given an unpackaged launch, then the app path is skipped too', () => {
    const argv = ['/x/electron', '--inspect=0', '/repo/out/main/index.js', '/w/A.flowcase'];
    expect(filesFromArgv(argv, { defaultApp: true, workingDirectory: '/' })).toEqual([
      '/w/A.flowcase',
    ]);
    expect(
      filesFromArgv(['/x/electron', '.'], { defaultApp: true, workingDirectory: '/' }),
    ).toEqual([]);
  });
});

describe('recent files', () => {
  it('given stored text, when parsed, then only a valid list of absolute paths survives', () => {
    expect(parseRecentFiles('not json')).toEqual([]);
    expect(parseRecentFiles('{"version":2,"files":[]}')).toEqual([]);
    expect(parseRecentFiles('{"version":1,"files":[1]}')).toEqual([]);
    expect(parseRecentFiles('{"version":1,"files":["/a","rel","/a"]}')).toEqual(['/a']);
  });

  it('given more than ten files, when added, then newest first, no duplicates, ten kept', async () => {
    const written: string[] = [];
    const onChange = vi.fn();
    const recent = createRecentFiles({
      read: () => Promise.reject(new Error('missing')),
      write: (text) => Promise.resolve(written.push(text)),
      onChange,
      log: vi.fn(),
    });
    expect(await recent.load()).toEqual([]);
    for (let i = 0; i < 12; i++) recent.add(`/w/${i}.flowcase`);
    recent.add('/w/5.flowcase');
    expect(recent.list()).toHaveLength(MAX_RECENT_FILES);
    expect(recent.list()[0]).toBe('/w/5.flowcase');
    expect(recent.list().filter((f) => f === '/w/5.flowcase')).toHaveLength(1);
    expect(parseRecentFiles(written.at(-1) ?? '')).toEqual(recent.list());
    recent.clear();
    expect(onChange).toHaveBeenLastCalledWith([]);
  });
});

describe('crash marker', () => {
  function memoryFs(exists: boolean) {
    const files = new Set(exists ? ['/u/running'] : []);
    return {
      files,
      existsSync: (f: string) => files.has(f),
      writeFileSync: (f: string) => void files.add(f),
      rmSync: (f: string) => void files.delete(f),
    };
  }

  it('given no marker, when started, then not crashed; a clean quit removes the marker', () => {
    const fs = memoryFs(false);
    const marker = startCrashMarker('/u/running', fs, vi.fn());
    expect(marker.crashed).toBe(false);
    expect(fs.files.has('/u/running')).toBe(true);
    marker.clear();
    expect(fs.files.has('/u/running')).toBe(false);
  });

  it('given a marker left by the last run, when started, then crashed', () => {
    expect(startCrashMarker('/u/running', memoryFs(true), vi.fn()).crashed).toBe(true);
  });
});

describe('dialogs', () => {
  function native(response: number, filePath?: string) {
    const calls = {
      showOpenDialog: vi.fn((..._args: unknown[]) =>
        Promise.resolve({ canceled: false, filePaths: ['/a.flowcase'] }),
      ),
      showSaveDialog: vi.fn((..._args: unknown[]) =>
        Promise.resolve({ canceled: filePath === undefined, filePath }),
      ),
      showMessageBox: vi.fn((..._args: unknown[]) => Promise.resolve({ response })),
    };
    const dialog: NativeDialog = {
      showOpenDialog: (...args) => calls.showOpenDialog(...args),
      showSaveDialog: (...args) => calls.showSaveDialog(...args),
      showMessageBox: (...args) => calls.showMessageBox(...args),
    };
    return Object.assign(dialog, { calls });
  }
  const window = null as never;

  it('given the save-changes question, then Save, Don’t Save, Cancel map to choices', async () => {
    for (const [response, choice] of [
      [0, 'save'],
      [1, 'discard'],
      [2, 'cancel'],
      [7, 'cancel'],
    ] as const) {
      const dialog = native(response);
      expect(await createDialogs(dialog).askSaveChanges(window, 'Invoice')).toBe(choice);
      expect(dialog.calls.showMessageBox).toHaveBeenCalledWith(
        null,
        expect.objectContaining({
          message: 'Do you want to save the changes you made to “Invoice”?',
          cancelId: 2,
        }),
      );
    }
  });

  it('given Open and Save, then Flowcase and PDF filters and the default name', async () => {
    const dialog = native(0, '/w/x.pdf');
    const dialogs = createDialogs(dialog);
    expect(await dialogs.chooseProjectToOpen(window)).toBe('/a.flowcase');
    expect(await dialogs.chooseSavePath(window, { defaultName: 'R.pdf', kind: 'pdf' })).toBe(
      '/w/x.pdf',
    );
    expect(dialog.calls.showOpenDialog).toHaveBeenCalledWith(
      null,
      expect.objectContaining({
        filters: [{ name: 'Flowcase project', extensions: ['flowcase'] }],
      }),
    );
    expect(dialog.calls.showSaveDialog).toHaveBeenCalledWith(
      null,
      expect.objectContaining({
        defaultPath: 'R.pdf',
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      }),
    );
    expect(
      await createDialogs(native(0)).chooseSavePath(window, { defaultName: 'a', kind: 'project' }),
    ).toBeNull();
  });
});

describe('report sessions', () => {
  const input = { text: '{}', targetId: 't', seed: 1, paper: 'a4' as const, date: '2025-01-31' };

  it('given a report window, then only it gets the input, and its ready is what whenReady says', async () => {
    const sessions = new ReportSessions();
    const withdraw = sessions.provideInput(5, input);
    const ready = sessions.whenReady(5, new AbortController().signal);
    expect(sessions.isReportWindow(5)).toBe(true);
    expect(sessions.isReportWindow(1)).toBe(false);
    expect(await sessions.handlers['report:input']({}, { webContentsId: 5 })).toEqual(input);
    expect(() => sessions.handlers['report:input']({}, { webContentsId: 1 })).toThrow(
      expect.objectContaining({ code: 'forbidden' }) as Error,
    );
    await sessions.handlers['report:ready']({ problems: ['no target t'] }, { webContentsId: 5 });
    expect(await ready).toEqual({ problems: ['no target t'] });
    withdraw();
    expect(sessions.isReportWindow(5)).toBe(false);
  });

  it('given the input is withdrawn first, then whenReady says the window went away', async () => {
    const sessions = new ReportSessions();
    const withdraw = sessions.provideInput(5, input);
    const ready = sessions.whenReady(5, new AbortController().signal);
    withdraw();
    expect(await ready).toEqual({ problems: [REPORT_WINDOW_GONE] });
  });

  it('given printing gives up, then whenReady rejects', async () => {
    const sessions = new ReportSessions();
    sessions.provideInput(5, input);
    const giveUp = new AbortController();
    const ready = sessions.whenReady(5, giveUp.signal);
    giveUp.abort();
    await expect(ready).rejects.toThrow();
  });
});

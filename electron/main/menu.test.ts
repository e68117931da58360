import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../shared/ipc';
import { menuTemplate, recentFileLabels, type MenuTemplateOptions } from './menu';
import { installApplicationMenu } from './menu-install';

type Item = MenuItemConstructorOptions;

function setup(overrides: Partial<MenuTemplateOptions> = {}) {
  const send = vi.fn((_command: MenuCommand) => {});
  const options: MenuTemplateOptions = {
    platform: 'linux',
    appName: 'Flowcase',
    isDev: false,
    recentFiles: [],
    send,
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
    showAbout: vi.fn(),
    ...overrides,
  };
  return { options, send, template: menuTemplate(options) };
}

const plain = (label: string | undefined): string => (label ?? '').replace(/&(?!&)/g, '');

function submenuOf(item: Item | undefined): Item[] {
  if (!item || !Array.isArray(item.submenu)) throw new Error(`${item?.label} has no submenu`);
  return item.submenu;
}

function menu(template: Item[], label: string): Item[] {
  return submenuOf(template.find((item) => plain(item.label) === label));
}

/** Every item of the template, depth first. */
function allItems(items: Item[]): Item[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? allItems(item.submenu) : []),
  ]);
}

function click(item: Item | undefined, window?: Partial<BaseWindow>): void {
  if (!item?.click) throw new Error(`${item?.label} cannot be clicked`);
  item.click({} as never, window as BaseWindow | undefined, {});
}

function byLabel(items: Item[], label: string): Item | undefined {
  return items.find((item) => item.label === label && item.visible !== false);
}

const PLATFORMS: NodeJS.Platform[] = ['darwin', 'win32', 'linux'];

/** Each command item: menu, label, accelerator, command sent. Same on every platform. */
const COMMANDS: [string, string, string | undefined, MenuCommand][] = [
  ['File', 'New Project', 'CmdOrCtrl+N', 'new-project'],
  ['File', 'Open…', 'CmdOrCtrl+O', 'open'],
  ['File', 'Save', 'CmdOrCtrl+S', 'save'],
  ['File', 'Save As…', 'Shift+CmdOrCtrl+S', 'save-as'],
  ['File', 'Export PDF…', 'CmdOrCtrl+P', 'export-pdf'],
  ['Edit', 'Undo', 'CmdOrCtrl+Z', 'undo'],
  ['Edit', 'Redo', 'Shift+CmdOrCtrl+Z', 'redo'],
  ['Edit', 'Cut', 'CmdOrCtrl+X', 'cut'],
  ['Edit', 'Copy', 'CmdOrCtrl+C', 'copy'],
  ['Edit', 'Paste', 'CmdOrCtrl+V', 'paste'],
  ['Edit', 'Duplicate', 'CmdOrCtrl+D', 'duplicate'],
  ['Edit', 'Delete', undefined, 'delete'],
  ['Edit', 'Select All', 'CmdOrCtrl+A', 'select-all'],
  ['View', 'Zoom In', 'CmdOrCtrl+=', 'zoom-in'],
  ['View', 'Zoom Out', 'CmdOrCtrl+-', 'zoom-out'],
  ['View', 'Fit Map to Window', 'CmdOrCtrl+0', 'fit'],
  ['View', 'Presenter Mode', 'F5', 'presenter'],
  ['Help', 'Keyboard Shortcuts', 'CmdOrCtrl+/', 'shortcuts'],
];

describe('menuTemplate layout', () => {
  it('given macOS, when built, then the app menu comes first with About, Hide and Quit', () => {
    const { template, options } = setup({ platform: 'darwin' });
    expect(template.map((item) => item.label)).toEqual([
      'Flowcase',
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
    const app = menu(template, 'Flowcase');
    expect(app[0]?.label).toBe('About Flowcase');
    click(app[0]);
    expect(options.showAbout).toHaveBeenCalledOnce();
    expect(app.map((item) => item.role).filter(Boolean)).toEqual([
      'services',
      'hide',
      'hideOthers',
      'unhide',
      'quit',
    ]);
    expect(template.find((item) => item.label === 'Window')?.role).toBe('windowMenu');
  });

  it('given macOS, when built, then File has no Quit and Help no About (they are in the app menu)', () => {
    const { template } = setup({ platform: 'darwin' });
    expect(menu(template, 'File').some((item) => item.role === 'quit')).toBe(false);
    expect(menu(template, 'Help').some((item) => item.label?.startsWith('About'))).toBe(false);
  });

  it.each(['win32', 'linux'] as const)(
    'given %s, when built, then File ends with Quit, Help has About, menus have Alt mnemonics',
    (platform) => {
      const { template, options } = setup({ platform });
      expect(template.map((item) => item.label)).toEqual([
        '&File',
        '&Edit',
        '&View',
        '&Window',
        '&Help',
      ]);
      expect(menu(template, 'File').at(-1)?.role).toBe('quit');
      const about = byLabel(menu(template, 'Help'), 'About Flowcase');
      click(about);
      expect(options.showAbout).toHaveBeenCalledOnce();
      expect(menu(template, 'Window').map((item) => item.role ?? item.label)).toEqual([
        'minimize',
        'Zoom',
      ]);
    },
  );

  it.each(['win32', 'linux'] as const)(
    'given %s, then the keys the page handles itself are shown but left to the page (no double undo, text fields keep theirs)',
    (platform) => {
      const { template } = setup({ platform });
      const pageKeys = ['Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Duplicate', 'Select All'];
      for (const label of pageKeys)
        expect(byLabel(menu(template, 'Edit'), label)?.registerAccelerator).toBe(false);
      for (const label of ['Open…', 'Save', 'Save As…'])
        expect(byLabel(menu(template, 'File'), label)?.registerAccelerator).toBe(false);
      // Keys the page does not handle stay the menu's.
      expect(byLabel(menu(template, 'File'), 'New Project')?.registerAccelerator).toBeUndefined();
      expect(byLabel(menu(template, 'File'), 'Export PDF…')?.registerAccelerator).toBeUndefined();
    },
  );

  it('given macOS, then the menu takes every key (Cmd+key editing in text fields needs it)', () => {
    const { template } = setup({ platform: 'darwin' });
    expect(allItems(template).some((item) => item.registerAccelerator === false)).toBe(false);
    expect(allItems(template).some((item) => item.accelerator === 'Ctrl+Y')).toBe(false);
  });

  it('given Close Window, when built, then it closes through the window (where unsaved changes are caught)', () => {
    for (const platform of PLATFORMS) {
      const close = byLabel(menu(setup({ platform }).template, 'File'), 'Close Window');
      expect(close).toMatchObject({ role: 'close', accelerator: 'CmdOrCtrl+W' });
    }
  });
});

describe('menuTemplate commands', () => {
  describe.each(PLATFORMS)('on %s', (platform) => {
    it.each(COMMANDS)(
      'given %s > %s, when clicked, then the renderer gets its command',
      (menuName, label, accelerator, command) => {
        const { template, send } = setup({ platform });
        const item = byLabel(menu(template, menuName), label);
        expect(item?.accelerator).toBe(accelerator);
        expect(item?.role).toBeUndefined();
        click(item);
        expect(send).toHaveBeenCalledExactlyOnceWith(command);
      },
    );
  });

  it('given the edit items, when built, then none is an Electron role (the renderer owns history and clipboard)', () => {
    const roles = allItems(setup().template).map((item) => item.role);
    for (const role of [
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'delete',
      'selectAll',
      'zoomIn',
      'zoomOut',
      'resetZoom',
    ] as const) {
      expect(roles).not.toContain(role);
    }
  });

  it('given Zoom In, when Ctrl+Shift+= (Ctrl++) is pressed, then the map zooms in', () => {
    const { template, send } = setup();
    const plus = menu(template, 'View').find((item) => item.accelerator === 'CmdOrCtrl+Plus');
    click(plus);
    expect(send).toHaveBeenCalledExactlyOnceWith('zoom-in');
  });
});

describe('menuTemplate developer items', () => {
  it.each(PLATFORMS)(
    'given a production run on %s, when built, then there is no reload or devtools',
    (platform) => {
      const roles = allItems(setup({ platform, isDev: false }).template).map((item) => item.role);
      expect(roles).not.toContain('reload');
      expect(roles).not.toContain('forceReload');
      expect(roles).not.toContain('toggleDevTools');
    },
  );

  it('given electron-vite dev, when built, then View has reload and devtools', () => {
    const roles = menu(setup({ isDev: true }).template, 'View').map((item) => item.role);
    expect(roles).toContain('reload');
    expect(roles).toContain('toggleDevTools');
  });
});

describe('Open Recent', () => {
  it('given no recent files, when built, then a disabled placeholder and a disabled Clear', () => {
    const recent = submenuOf(byLabel(menu(setup().template, 'File'), 'Open Recent'));
    expect(recent[0]).toMatchObject({ label: 'No Recent Projects', enabled: false });
    expect(recent.at(-1)).toMatchObject({ label: 'Clear Recently Opened', enabled: false });
  });

  it('given recent files, when one is clicked or Clear is clicked, then the callbacks get them', () => {
    const files = ['/home/ana/Invoices.flowcase', 'C:\\Users\\bo\\Claims.flowcase'];
    const { template, options } = setup({ recentFiles: files });
    const recent = submenuOf(byLabel(menu(template, 'File'), 'Open Recent'));
    expect(recent.slice(0, 2).map((item) => item.label)).toEqual([
      'Invoices.flowcase',
      'Claims.flowcase',
    ]);
    click(recent[1]);
    expect(options.openRecent).toHaveBeenCalledExactlyOnceWith('C:\\Users\\bo\\Claims.flowcase');
    click(recent.at(-1));
    expect(options.clearRecent).toHaveBeenCalledOnce();
  });

  it('given two files of the same name or an ampersand, when labelled, then they are told apart and shown literally', () => {
    const files = ['/a/Plan.flowcase', '/b/Plan.flowcase', '/c/R&D.flowcase'];
    expect(recentFileLabels(files, false)).toEqual([
      '/a/Plan.flowcase',
      '/b/Plan.flowcase',
      'R&&D.flowcase',
    ]);
    expect(recentFileLabels(files, true)).toEqual([
      '/a/Plan.flowcase',
      '/b/Plan.flowcase',
      'R&D.flowcase',
    ]);
  });
});

describe('Window > Zoom outside macOS', () => {
  it('given a normal or a maximised window, when clicked, then it maximises or restores', () => {
    const zoom = byLabel(menu(setup().template, 'Window'), 'Zoom');
    const window = { isMaximized: vi.fn(() => false), maximize: vi.fn(), unmaximize: vi.fn() };
    click(zoom, window);
    expect(window.maximize).toHaveBeenCalledOnce();
    window.isMaximized.mockReturnValue(true);
    click(zoom, window);
    expect(window.unmaximize).toHaveBeenCalledOnce();
    expect(() => click(zoom, undefined)).not.toThrow();
  });
});

describe('installApplicationMenu', () => {
  it('given options, when installed, then the built template becomes the application menu', () => {
    const built = { items: [] };
    const api = { buildFromTemplate: vi.fn(() => built as never), setApplicationMenu: vi.fn() };
    installApplicationMenu(api, setup().options);
    expect(api.buildFromTemplate).toHaveBeenCalledOnce();
    expect(api.setApplicationMenu).toHaveBeenCalledExactlyOnceWith(built);
  });
});

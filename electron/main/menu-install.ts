/**
 * Sets the application menu from `menuTemplate`. Electron's `Menu` is passed in (tests give a
 * fake), so this file has no Electron import either.
 *
 * Promises: call it before the first window opens (in `app.whenReady()`), so Electron's
 * default menu, with its Reload and DevTools, never appears in a production run; call it
 * again whenever the recent files change, and the menu is rebuilt whole.
 */
import type { Menu, MenuItemConstructorOptions } from 'electron';
import { menuTemplate, type MenuTemplateOptions } from './menu';

export interface MenuApi {
  buildFromTemplate(template: MenuItemConstructorOptions[]): Menu;
  setApplicationMenu(menu: Menu | null): void;
}

export function installApplicationMenu(menu: MenuApi, options: MenuTemplateOptions): void {
  menu.setApplicationMenu(menu.buildFromTemplate(menuTemplate(options)));
}

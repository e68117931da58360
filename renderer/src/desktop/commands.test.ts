// Routing of the native menu's commands: given where the window stands, when a command arrives,
// then it goes to the focused text field, to the app, or nowhere.
import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../../../shared/ipc/contract';
import { routeMenuCommand, type Situation } from './commands';

const ON_MAP: Situation = { typing: false, hasProject: true, presenting: false, onMap: true };
const TYPING: Situation = { ...ON_MAP, typing: true };

const EDITS = ['undo', 'redo', 'cut', 'copy', 'paste', 'select-all', 'delete'] as const;
const FILES = ['new-project', 'open', 'save', 'save-as', 'save-and-close'] as const;

describe('menu command routing', () => {
  it('routes every command of the contract to the app on the map', () => {
    for (const command of MENU_COMMANDS)
      expect(routeMenuCommand(command, ON_MAP), command).toEqual({ kind: 'app', command });
  });

  it('gives the edit commands to the focused text field, by the browser’s names', () => {
    const names = EDITS.map((c) => {
      const route = routeMenuCommand(c, TYPING);
      return route.kind === 'text' ? route.command : route.kind;
    });
    expect(names).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'delete']);
  });

  it('keeps map-only commands away from a focused text field', () => {
    for (const command of ['duplicate', 'zoom-in', 'zoom-out', 'fit'] as const)
      expect(routeMenuCommand(command, TYPING).kind, command).toBe('ignore');
  });

  it('still saves, opens and closes while typing', () => {
    for (const command of FILES)
      expect(routeMenuCommand(command, TYPING), command).toEqual({ kind: 'app', command });
  });

  it('off the Map screen, undoes and redoes but does not edit the map out of sight', () => {
    const elsewhere = { ...ON_MAP, onMap: false };
    const kinds = Object.fromEntries(
      EDITS.map((c) => [c, routeMenuCommand(c, elsewhere).kind] as const),
    );
    expect(kinds).toEqual({
      undo: 'app',
      redo: 'app',
      cut: 'ignore',
      copy: 'ignore',
      paste: 'ignore',
      'select-all': 'ignore',
      delete: 'ignore',
    });
  });

  it('changes nothing under presenter mode but the file commands', () => {
    const presenting = { ...ON_MAP, presenting: true };
    const reached = MENU_COMMANDS.filter((c) => routeMenuCommand(c, presenting).kind === 'app');
    expect(reached).toEqual<MenuCommand[]>([...FILES]);
  });

  it('without a project, offers only the file commands', () => {
    const empty = { ...ON_MAP, hasProject: false };
    const reached = MENU_COMMANDS.filter((c) => routeMenuCommand(c, empty).kind === 'app');
    expect(reached).toEqual<MenuCommand[]>([...FILES]);
  });
});

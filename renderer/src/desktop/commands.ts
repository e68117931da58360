// Where each command of the native menu goes. Pure routing, so every command of the contract is
// decided in one switch (a new one fails to compile until it is routed) and tested without a
// window. Promises:
// - undo, redo, cut, copy, paste, select all and delete act on the focused text field when one
//   has focus (the browser's own editing: typing is undone letter by letter, not the map), and
//   on the map otherwise;
// - map edits are ignored while presenter mode covers the editor, and (except undo and redo)
//   off the Map screen, exactly as the editor's keys are (editor/EditorShortcuts.tsx);
// - file commands always reach their action, which itself says what it cannot do.
import type { MenuCommand } from '../../../shared/ipc/contract';

/** The browser's editing commands (`document.execCommand`) a text field takes. */
export type TextCommand = 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'delete';

/** Commands the app carries out itself: the menu's, less the text field's share. */
export type AppCommand = MenuCommand;

export type Route =
  | { readonly kind: 'text'; readonly command: TextCommand }
  | { readonly kind: 'app'; readonly command: AppCommand }
  | { readonly kind: 'ignore' };

/** Where the window stands when a command arrives. */
export interface Situation {
  /** A text field (input, textarea, contenteditable) has focus. */
  readonly typing: boolean;
  readonly hasProject: boolean;
  readonly presenting: boolean;
  /** The Map screen is shown (not Simulation or Business case). */
  readonly onMap: boolean;
}

const TEXT: Partial<Record<MenuCommand, TextCommand>> = {
  undo: 'undo',
  redo: 'redo',
  cut: 'cut',
  copy: 'copy',
  paste: 'paste',
  'select-all': 'selectAll',
  delete: 'delete',
};

const IGNORE: Route = { kind: 'ignore' };

export function routeMenuCommand(command: MenuCommand, where: Situation): Route {
  const app: Route = { kind: 'app', command };
  switch (command) {
    case 'undo':
    case 'redo':
    case 'cut':
    case 'copy':
    case 'paste':
    case 'select-all':
    case 'delete': {
      const text = TEXT[command];
      if (where.typing && text !== undefined) return { kind: 'text', command: text };
      if (!where.hasProject || where.presenting) return IGNORE;
      if (command === 'undo' || command === 'redo') return app;
      return where.onMap ? app : IGNORE;
    }
    case 'duplicate':
    case 'zoom-in':
    case 'zoom-out':
    case 'fit':
      return where.typing || !where.hasProject || where.presenting || !where.onMap ? IGNORE : app;
    case 'presenter':
    case 'export-pdf':
    case 'shortcuts':
      return where.hasProject && !where.presenting ? app : IGNORE;
    case 'new-project':
    case 'open':
    case 'save':
    case 'save-as':
    case 'save-and-close':
      return app;
    default: {
      const unrouted: never = command;
      throw new Error(`Menu command without a route: ${String(unrouted)}`);
    }
  }
}

/** Input types a person types text into (a checkbox or a button with focus is not typing). */
const TEXT_INPUTS = new Set(['text', 'search', 'url', 'tel', 'email', 'password', 'number', '']);

/** Whether `element` is a text field the browser edits by itself. */
export function isTextField(element: Element | null): boolean {
  if (element === null) return false;
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement) return TEXT_INPUTS.has(element.type);
  return element instanceof HTMLElement && element.isContentEditable;
}

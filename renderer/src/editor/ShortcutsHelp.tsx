// The sheet of every keyboard shortcut, opened with "?" and closed with Escape.
import { X } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { desktopApi } from '../desktop/bridge';
import { MOD_KEY } from './keys';
import { PALETTE } from './step-kinds';

const GROUPS: readonly (readonly [string, readonly (readonly [string, string])[]])[] = [
  [
    'Editing',
    [
      [`${MOD_KEY}+Z`, 'Undo'],
      [`${MOD_KEY}+Shift+Z or ${MOD_KEY}+Y`, 'Redo'],
      ['Delete or Backspace', 'Delete the selection (a step takes its flows)'],
      [`${MOD_KEY}+A`, 'Select every step'],
      [`${MOD_KEY}+C / X / V`, 'Copy, cut and paste steps (also into another map or project)'],
      [`${MOD_KEY}+D`, 'Duplicate the selected steps'],
      ['Arrow keys', 'Nudge the selection (Shift: further)'],
      ['Shift+drag', 'Select with a box'],
      ['Shift+click', 'Add to or remove from the selection'],
      ['Escape', 'Clear the selection'],
    ],
  ],
  [
    'Adding steps',
    PALETTE.map((e) => [e.key.toUpperCase(), `${e.label} (beside the selected step)`] as const),
  ],
  [
    'Projects',
    [
      [`${MOD_KEY}+S`, 'Save now (every change is also saved by itself a second later)'],
      [`${MOD_KEY}+O`, 'Import a .flowcase file as a new project'],
      [`${MOD_KEY}+Shift+E`, 'Export the open project as a .flowcase file'],
    ],
  ],
  [
    'View',
    [
      ['+ and −', 'Zoom in and out'],
      ['Shift+1', 'Fit the map in view'],
      ['1 – 9', 'Show map 1 to 9'],
      [`${MOD_KEY}+PageUp / PageDown`, 'Previous or next map'],
      ['?', 'This sheet'],
    ],
  ],
];

/** The desktop app's file keys (desktop/DesktopCommands.tsx) in place of the web build's. */
const DESKTOP_PROJECT_KEYS: readonly (readonly [string, string])[] = [
  [`${MOD_KEY}+O`, 'Open a .flowcase file'],
  [`${MOD_KEY}+S`, 'Save the changes to the file'],
  [`${MOD_KEY}+Shift+S`, 'Save as a new file'],
];

export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const desktop = desktopApi() !== null;
  const groups = GROUPS.map(([title, rows]) =>
    desktop && title === 'Projects'
      ? ([title, DESKTOP_PROJECT_KEYS] as const)
      : ([title, rows] as const),
  );
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="fc-dialog"
      aria-labelledby="fc-shortcuts-title"
      onClose={onClose}
    >
      <header className="fc-dialog__header">
        <h2 id="fc-shortcuts-title">Keyboard shortcuts</h2>
        <button
          type="button"
          className="fc-icon-button"
          aria-label="Close"
          onClick={() => dialog.current?.close()}
        >
          <X size={16} aria-hidden="true" />
        </button>
      </header>
      <div className="fc-dialog__body fc-shortcuts">
        {groups.map(([title, rows]) => (
          <section key={title}>
            <h3>{title}</h3>
            <dl>
              {rows.map(([keys, what]) => (
                <div key={keys} className="fc-shortcuts__row">
                  <dt>
                    <kbd>{keys}</kbd>
                  </dt>
                  <dd>{what}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </dialog>
  );
}

// Keyboard helpers: which modifier the platform calls "Ctrl", and whether a key press is meant
// for a text field rather than the editor.
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The modifier shown in shortcut hints: ⌘ on a Mac, Ctrl elsewhere. */
export const MOD_KEY = isMac ? '⌘' : 'Ctrl';

/** Whether the platform's command modifier is down (⌘ on a Mac, Ctrl elsewhere; both accepted). */
export const commandKey = (event: KeyboardEvent): boolean => event.ctrlKey || event.metaKey;

/** Whether a key press belongs to a text field, a select or an editable element. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/**
 * Whether a dialog is open (the shortcut sheet, a confirmation, an import report): its keys are
 * its own, so Escape reaches it and closes it, and nothing changes the map under it.
 */
export function dialogOpen(): boolean {
  return typeof document !== 'undefined' && document.querySelector('dialog[open]') !== null;
}

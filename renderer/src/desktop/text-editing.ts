// A menu's edit command carried out in the focused text field by the browser's own editing, as
// the key would have done. Paste needs the clipboard: where the page may not read it through
// `execCommand`, it reads it through the Clipboard API and types it in (one undo step in the
// field). Says in words when the clipboard cannot be read at all.
import { useAppStore } from '../store';
import type { TextCommand } from './commands';

export async function editFocusedText(command: TextCommand): Promise<void> {
  if (document.execCommand(command)) return;
  if (command !== 'paste') return;
  try {
    const text = await navigator.clipboard.readText();
    document.execCommand('insertText', false, text);
  } catch {
    useAppStore
      .getState()
      .say('The clipboard could not be read here; paste with the keyboard instead.', 'refusal');
  }
}

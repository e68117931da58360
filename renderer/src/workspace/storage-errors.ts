// Why the workspace could not be read or written, in words for the person at the keyboard.
// Dexie wraps the browser's errors (an aborted transaction carries the quota error inside).

function names(error: unknown): string[] {
  const found: string[] = [];
  let e: unknown = error;
  for (let depth = 0; depth < 4 && typeof e === 'object' && e !== null; depth++) {
    const { name, inner } = e as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') found.push(name);
    e = inner;
  }
  return found;
}

export function storageErrorMessage(error: unknown): string {
  const all = names(error);
  if (all.includes('QuotaExceededError'))
    return 'The browser’s storage for Flowcase is full. Delete projects or snapshots you no longer need, or export this project to a file.';
  if (all.includes('VersionChangeError') || all.includes('DatabaseClosedError'))
    return 'Flowcase was opened in a newer version in another window, which closed this window’s workspace. Reload this window.';
  if (all.includes('MissingAPIError') || all.includes('InvalidStateError'))
    return 'This browser window does not allow Flowcase to store anything (a private window, or storage turned off).';
  if (all.includes('OpenFailedError') || all.includes('UnknownError'))
    return 'The browser could not open Flowcase’s workspace storage.';
  const message = error instanceof Error ? error.message : String(error);
  return `The workspace could not be written (${message.slice(0, 160)}).`;
}

/**
 * The files main may name as a window's document: only paths main itself opened or saved, or
 * received from the OS, the command line or a drop. `document:set-state` with any other path
 * is refused, so a page cannot make Save write wherever it likes.
 *
 * Also remembers the modification time main last read or wrote for each, which is how the
 * watcher tells another program's change from our own save. Paths are compared resolved.
 */
import path from 'node:path';

export class KnownFiles {
  readonly #modifiedAt = new Map<string, number>();

  remember(filePath: string, modifiedAt: number): void {
    this.#modifiedAt.set(path.resolve(filePath), modifiedAt);
  }

  isKnown(filePath: string): boolean {
    return this.#modifiedAt.has(path.resolve(filePath));
  }

  /** The last modification time main saw for the file; 0 when unknown. */
  modifiedAt(filePath: string): number {
    return this.#modifiedAt.get(path.resolve(filePath)) ?? 0;
  }
}

/**
 * The Open Recent list: at most 10 paths, newest first, kept as JSON in userData
 * (`recent-files.json`). What is read back is validated; a missing, corrupt or foreign file
 * gives an empty list rather than an error. Every change is written through `write` (the
 * atomic writer) and told to `onChange`, which rebuilds the menu.
 */
import path from 'node:path';
import { z } from 'zod';
import { MAX_PATH } from '../../../shared/ipc/contract';
import type { Log } from './ports';

export const MAX_RECENT_FILES = 10;

const RecentFilesSchema = z.strictObject({
  version: z.literal(1),
  files: z.array(z.string().min(1).max(MAX_PATH)).max(100),
});

export interface RecentFilesOptions {
  read: () => Promise<string>;
  write: (text: string) => Promise<unknown>;
  onChange: (files: readonly string[]) => void;
  log: Log;
}

export interface RecentFiles {
  /** Reads the stored list; call once at start. */
  load(): Promise<readonly string[]>;
  list(): readonly string[];
  add(filePath: string): void;
  remove(filePath: string): void;
  clear(): void;
}

/** Parses stored text; anything not a valid list gives []. */
export function parseRecentFiles(text: string): string[] {
  try {
    const parsed = RecentFilesSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return [];
    const unique = [...new Set(parsed.data.files.filter((file) => path.isAbsolute(file)))];
    return unique.slice(0, MAX_RECENT_FILES);
  } catch {
    return [];
  }
}

export function createRecentFiles({ read, write, onChange, log }: RecentFilesOptions): RecentFiles {
  let files: readonly string[] = [];

  const commit = (next: readonly string[]): void => {
    files = next;
    onChange(files);
    write(JSON.stringify({ version: 1, files }, null, 2)).catch((error: unknown) =>
      log('Flowcase: could not store the recent files list', error),
    );
  };

  return {
    async load() {
      files = parseRecentFiles(await read().catch(() => ''));
      onChange(files);
      return files;
    },
    list: () => files,
    add(filePath) {
      const resolved = path.resolve(filePath);
      commit([resolved, ...files.filter((file) => file !== resolved)].slice(0, MAX_RECENT_FILES));
    },
    remove(filePath) {
      const resolved = path.resolve(filePath);
      if (files.includes(resolved)) commit(files.filter((file) => file !== resolved));
    },
    clear() {
      commit([]);
    },
  };
}

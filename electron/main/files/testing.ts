/**
 * Test helper (not used by the app): the real `node:fs/promises`, wrapped so a test can see
 * every operation in order and make any of them fail with an errno code, as a full disk, a
 * locked file or a read-only folder would.
 */
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import type { SaveFileHandle, SaveFs } from './atomic-save';
import type { LeftoverFs } from './leftovers';
import type { ReadFileHandle, ReadFs } from './project-file';
import type { WatchFs } from './watch';

export type FsOperation =
  | 'open'
  | 'writeFile'
  | 'sync'
  | 'close'
  | 'read'
  | 'fstat'
  | 'rename'
  | 'copyFile'
  | 'unlink'
  | 'stat'
  | 'realpath'
  | 'readdir';

export interface FsCall {
  operation: FsOperation;
  /** The file's name (not its folder), or for a rename or copy `from -> to`. */
  file: string;
  /** Set when the call was made to fail. */
  failedWith?: string;
}

/** Decides whether a call fails: an errno code to throw, or undefined to let it run. */
export type Fault = (operation: FsOperation, filePath: string, call: number) => string | undefined;

export type TestFs = SaveFs & ReadFs & LeftoverFs & WatchFs;

/** An error shaped like Node's own fs errors. */
export function errnoError(code: string, operation: string, filePath: string): Error {
  return Object.assign(new Error(`${code}: injected fault, ${operation} '${filePath}'`), {
    code,
    syscall: operation,
    path: filePath,
  });
}

/**
 * The real fs, recording each call in `calls`. `fault` is asked before each call (with how
 * many calls of that operation on that path came before, from 0) and may make it fail.
 */
export function recordingFs(fault: Fault = () => undefined): { fs: TestFs; calls: FsCall[] } {
  const calls: FsCall[] = [];
  const seen = new Map<string, number>();
  const enter = (operation: FsOperation, filePath: string, shown = path.basename(filePath)) => {
    const key = `${operation} ${filePath}`;
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    const code = fault(operation, filePath, count);
    calls.push(
      code === undefined
        ? { operation, file: shown }
        : { operation, file: shown, failedWith: code },
    );
    if (code !== undefined) throw errnoError(code, operation, filePath);
  };

  const wrap = (handle: nodeFs.FileHandle, filePath: string): SaveFileHandle & ReadFileHandle => ({
    async writeFile(data, encoding) {
      enter('writeFile', filePath);
      await handle.writeFile(data, encoding);
    },
    async sync() {
      enter('sync', filePath);
      await handle.sync();
    },
    async close() {
      enter('close', filePath);
      await handle.close();
    },
    async read(buffer, offset, length, position) {
      enter('read', filePath);
      return handle.read(buffer, offset, length, position);
    },
    async stat() {
      enter('fstat', filePath);
      return handle.stat();
    },
  });

  const fs: TestFs = {
    async open(filePath: string, flags: string | number, mode?: number) {
      enter('open', filePath);
      return wrap(await nodeFs.open(filePath, flags, mode), filePath);
    },
    async rename(from, to) {
      enter('rename', from, `${path.basename(from)} -> ${path.basename(to)}`);
      await nodeFs.rename(from, to);
    },
    async copyFile(from, to, mode) {
      enter('copyFile', from, `${path.basename(from)} -> ${path.basename(to)}`);
      await nodeFs.copyFile(from, to, mode);
    },
    async unlink(filePath) {
      enter('unlink', filePath);
      await nodeFs.unlink(filePath);
    },
    async stat(filePath) {
      enter('stat', filePath);
      return nodeFs.stat(filePath);
    },
    async realpath(filePath) {
      enter('realpath', filePath);
      return nodeFs.realpath(filePath);
    },
    async readdir(folder) {
      enter('readdir', folder);
      return nodeFs.readdir(folder);
    },
  };
  return { fs, calls };
}

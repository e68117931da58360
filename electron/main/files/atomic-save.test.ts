import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveAtomically, type SaveOptions } from './atomic-save';
import { FileError } from './errors';
import { isTempFileName } from './temp-name';
import { recordingFs, type Fault } from './testing';

let dir = '';
let target = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'flowcase-save-'));
  target = path.join(dir, 'Invoice.flowcase');
});
afterEach(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

const OLD = '{"name":"old version"}\n';
const NEW = '{"name":"new version, Rechnungsprüfung ✓"}\n';
const fast: SaveOptions = { retryDelayMs: 1 };
const tempFiles = (): string[] => readdirSync(dir).filter(isTempFileName);
/** The temporary file of the project itself (not of its backup). */
const TARGET_TEMP = /^\.Invoice\.flowcase\.[0-9a-f]{8}\.flowcase-tmp$/;
const isTemp = (file: string): boolean => isTempFileName(path.basename(file));

/** Runs `save` with `fault` injected; expects a FileError and returns it. */
async function failingSave(fault: Fault, options: SaveOptions = fast): Promise<FileError> {
  const { fs } = recordingFs(fault);
  const error: unknown = await saveAtomically(target, NEW, { ...options, fs }).catch(
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FileError);
  return error as FileError;
}

function expectReadableMessage(error: FileError): void {
  expect(error.message).toMatch(/^“Invoice\.flowcase” could not be saved: /);
  expect(error.message).not.toMatch(/injected|\n|\bat .+:\d+/);
  expect(error.message).not.toMatch(/^E[A-Z]+:/);
}

function expectOriginalIntact(): void {
  expect(readFileSync(target, 'utf8')).toBe(OLD);
  expect(tempFiles()).toEqual([]);
}

describe('saveAtomically, when all goes well', () => {
  it('given no file yet, when saved, then it holds the text, no backup and no temp file', async () => {
    const saved = await saveAtomically(target, NEW);
    expect(readFileSync(target, 'utf8')).toBe(NEW);
    expect(saved).toEqual({ modifiedAt: statSync(target).mtimeMs, backupPath: null });
    expect(readdirSync(dir)).toEqual(['Invoice.flowcase']);
  });

  it('given an existing file, when saved twice, then .bak holds the version before each save', async () => {
    writeFileSync(target, OLD);
    const first = await saveAtomically(target, NEW);
    expect(readFileSync(target, 'utf8')).toBe(NEW);
    expect(first.backupPath).toBe(`${target}.bak`);
    expect(readFileSync(`${target}.bak`, 'utf8')).toBe(OLD);

    await saveAtomically(target, 'third');
    expect(readFileSync(target, 'utf8')).toBe('third');
    expect(readFileSync(`${target}.bak`, 'utf8')).toBe(NEW);
    expect(readdirSync(dir).sort()).toEqual(['Invoice.flowcase', 'Invoice.flowcase.bak']);
  });

  it('given a save, when its calls are recorded, then the temp file is flushed and closed before it replaces the target, which is never opened', async () => {
    writeFileSync(target, OLD);
    const { fs, calls } = recordingFs();
    await saveAtomically(target, NEW, { fs });
    const steps = calls.map(({ operation, file }) => ({
      operation,
      file: file.replace(/[0-9a-f]{8}\.flowcase-tmp/, 'TMP'),
    }));
    expect(steps).toEqual([
      { operation: 'stat', file: 'Invoice.flowcase' },
      { operation: 'realpath', file: 'Invoice.flowcase' },
      { operation: 'open', file: '.Invoice.flowcase.TMP' },
      { operation: 'writeFile', file: '.Invoice.flowcase.TMP' },
      { operation: 'sync', file: '.Invoice.flowcase.TMP' },
      { operation: 'close', file: '.Invoice.flowcase.TMP' },
      { operation: 'copyFile', file: 'Invoice.flowcase -> .Invoice.flowcase.bak.TMP' },
      { operation: 'rename', file: '.Invoice.flowcase.bak.TMP -> Invoice.flowcase.bak' },
      { operation: 'rename', file: '.Invoice.flowcase.TMP -> Invoice.flowcase' },
      { operation: 'open', file: path.basename(dir) },
      { operation: 'sync', file: path.basename(dir) },
      { operation: 'close', file: path.basename(dir) },
      { operation: 'stat', file: 'Invoice.flowcase' },
    ]);
  });

  it.skipIf(process.platform === 'win32')(
    'given a file with private permissions, when saved, then it keeps them',
    async () => {
      writeFileSync(target, OLD, { mode: 0o600 });
      chmodSync(target, 0o600);
      await saveAtomically(target, NEW);
      expect(statSync(target).mode & 0o777).toBe(0o600);
    },
  );

  it.skipIf(process.platform === 'win32')(
    'given a symbolic link to the project, when saved, then the linked file changes and the link stays',
    async () => {
      const real = path.join(dir, 'real.flowcase');
      writeFileSync(real, OLD);
      symlinkSync(real, target);
      await saveAtomically(target, NEW);
      expect(lstatSync(target).isSymbolicLink()).toBe(true);
      expect(readFileSync(real, 'utf8')).toBe(NEW);
      expect(readFileSync(`${real}.bak`, 'utf8')).toBe(OLD);
    },
  );

  it('given a folder that cannot be flushed (Windows), when saved, then the save still succeeds', async () => {
    writeFileSync(target, OLD);
    const { fs } = recordingFs((operation, file) =>
      operation === 'open' && file === dir ? 'EISDIR' : undefined,
    );
    await saveAtomically(target, NEW, { fs });
    expect(readFileSync(target, 'utf8')).toBe(NEW);
  });

  it('given a backup that cannot be made, when saved, then the save goes ahead without one', async () => {
    writeFileSync(target, OLD);
    const { fs } = recordingFs((operation) => (operation === 'copyFile' ? 'ENOSPC' : undefined));
    const saved = await saveAtomically(target, NEW, { ...fast, fs });
    expect(saved.backupPath).toBeNull();
    expect(readFileSync(target, 'utf8')).toBe(NEW);
    expect(tempFiles()).toEqual([]);
  });
});

describe('saveAtomically, when the disk or another program gets in the way', () => {
  beforeEach(() => writeFileSync(target, OLD));

  it('given a full disk, when the text is written, then it fails in words and changes nothing', async () => {
    const error = await failingSave((operation) =>
      operation === 'writeFile' ? 'ENOSPC' : undefined,
    );
    expect(error.code).toBe('unwritable');
    expect(error.message).toBe(
      '“Invoice.flowcase” could not be saved: the disk is full. The file on disk was not changed. Free some space, or use Save As to save it on another drive.',
    );
    expectReadableMessage(error);
    expectOriginalIntact();
  });

  it('given a disk that fails to flush, when saved, then it fails in words and changes nothing', async () => {
    const error = await failingSave((operation) => (operation === 'sync' ? 'EIO' : undefined));
    expect(error.code).toBe('failed');
    expect(error.message).toContain('read or write error');
    expectReadableMessage(error);
    expectOriginalIntact();
  });

  it('given permission denied on creating the temp file, when saved, then it is tried again, then fails in words', async () => {
    const { fs, calls } = recordingFs((operation, file) =>
      operation === 'open' && isTemp(file) ? 'EACCES' : undefined,
    );
    const error: unknown = await saveAtomically(target, NEW, { fs, attempts: 3, retryDelayMs: 1 })
      .then(() => undefined)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FileError);
    const fileError = error as FileError;
    expect(fileError.code).toBe('unwritable');
    expect(fileError.message).toContain('access was refused');
    expect(fileError.message).toContain('The file on disk was not changed.');
    expectReadableMessage(fileError);
    expect(calls.filter((call) => call.failedWith === 'EACCES')).toHaveLength(3);
    expectOriginalIntact();
  });

  it('given a read-only drive, when the temp file is created, then it fails in words and changes nothing', async () => {
    const error = await failingSave((operation, file) =>
      operation === 'open' && isTemp(file) ? 'EROFS' : undefined,
    );
    expect(error.code).toBe('unwritable');
    expect(error.message).toContain('the drive or folder is read-only');
    expectReadableMessage(error);
    expectOriginalIntact();
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)(
    'given a real folder without write permission, when saved, then it fails in words and changes nothing',
    async () => {
      chmodSync(dir, 0o555);
      const error: unknown = await saveAtomically(target, NEW, fast).catch(
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(FileError);
      expect((error as FileError).message).toContain('access was refused');
      expectOriginalIntact();
    },
  );

  it('given a file locked for two tries, when saved, then the rename is retried and succeeds', async () => {
    const { fs, calls } = recordingFs((operation, file, count) =>
      operation === 'rename' && TARGET_TEMP.test(path.basename(file)) && count < 2
        ? 'EBUSY'
        : undefined,
    );
    await saveAtomically(target, NEW, { fs, retryDelayMs: 1 });
    expect(readFileSync(target, 'utf8')).toBe(NEW);
    expect(calls.filter((call) => call.failedWith === 'EBUSY')).toHaveLength(2);
    expect(tempFiles()).toEqual([]);
  });

  it('given a file that stays locked, when saved, then it gives up after the attempts, in words', async () => {
    const { fs, calls } = recordingFs((operation, file) =>
      operation === 'rename' && TARGET_TEMP.test(path.basename(file)) ? 'EBUSY' : undefined,
    );
    const error: unknown = await saveAtomically(target, NEW, { fs, attempts: 4, retryDelayMs: 1 })
      .then(() => undefined)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FileError);
    expect((error as FileError).message).toBe(
      '“Invoice.flowcase” could not be saved: another program is holding the file (a sync client or virus scanner may be reading it). The file on disk was not changed. Try again in a moment.',
    );
    expect(calls.filter((call) => call.failedWith === 'EBUSY')).toHaveLength(4);
    expectOriginalIntact();
  });

  it('given a folder that no longer exists, when a new file is saved there, then it says so', async () => {
    const gone = path.join(dir, 'moved-away', 'New.flowcase');
    const error: unknown = await saveAtomically(gone, NEW).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FileError);
    expect((error as FileError).code).toBe('not-found');
    expect((error as FileError).message).toBe(
      '“New.flowcase” could not be saved: its folder no longer exists (it may have been moved, renamed or disconnected). Nothing was written. Use Save As to choose a folder.',
    );
  });

  it('given a folder with the project name, when saved, then it says so', async () => {
    const folder = path.join(dir, 'Folder.flowcase');
    mkdirSync(folder);
    const error: unknown = await saveAtomically(folder, NEW).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FileError);
    expect((error as FileError).message).toContain('there is a folder with that name');
    expect(tempFiles()).toEqual([]);
  });

  it.each([
    ['ENAMETOOLONG', 'too long'],
    ['EMFILE', 'too many files are open'],
    ['ETIMEDOUT', 'network drive did not answer'],
    ['EWEIRD', 'something unexpected went wrong (EWEIRD)'],
  ])(
    'given %s on creating the temp file, when saved, then the message says "%s"',
    async (code, words) => {
      const error = await failingSave((operation, file) =>
        operation === 'open' && isTemp(file) ? code : undefined,
      );
      expect(error.message).toContain(words);
      expectReadableMessage(error);
      expectOriginalIntact();
    },
  );
});

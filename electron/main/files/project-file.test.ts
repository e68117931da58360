import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileError } from './errors';
import { modifiedTimeOf, readProjectFile, type ReadFs } from './project-file';
import { recordingFs } from './testing';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'flowcase-read-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const TEXT = '{"name":"Rechnungsprüfung ✓"}\n';

async function refusal(filePath: string, options?: Parameters<typeof readProjectFile>[1]) {
  const error: unknown = await readProjectFile(filePath, options).catch(
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FileError);
  const fileError = error as FileError;
  expect(fileError.message).toMatch(/^“[^”]+” could not be opened: /);
  expect(fileError.message).not.toMatch(/injected|\n|\bat .+:\d+/);
  return fileError;
}

describe('readProjectFile', () => {
  it('given a project file, when read, then its path, name, text and modification time come back', async () => {
    const file = path.join(dir, 'Invoice.flowcase');
    writeFileSync(file, TEXT);
    await expect(readProjectFile(file)).resolves.toEqual({
      path: file,
      name: 'Invoice.flowcase',
      text: TEXT,
      modifiedAt: statSync(file).mtimeMs,
    });
  });

  it('given a .JSON file that starts with a byte-order mark, when read, then the mark is dropped', async () => {
    const file = path.join(dir, 'Export.JSON');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]));
    const read = await readProjectFile(file);
    expect(read.text).toBe(TEXT);
  });

  it('given bytes that are not UTF-8, when read, then they are kept as U+FFFD for the parser to explain', async () => {
    const file = path.join(dir, 'Binary.flowcase');
    writeFileSync(file, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    expect((await readProjectFile(file)).text).toBe('{\ufffd\ufffd}');
  });

  it('given JSON saved as Latin-1, when read, then it is refused in words rather than opened with its names damaged', async () => {
    const file = path.join(dir, 'Legacy.flowcase');
    writeFileSync(file, Buffer.from('{"name":"Café"}', 'latin1'));
    const error = await refusal(file);
    expect(error.code).toBe('unreadable');
    expect(error.message).toBe(
      '“Legacy.flowcase” could not be opened: the file is not saved as UTF-8 text: the character at line 1, column 13 cannot be read (the file may be saved as Latin-1 or Windows-1252); save it as UTF-8 and open it again.',
    );
  });

  it('given another extension, when read, then it is refused without being opened', async () => {
    const file = path.join(dir, 'notes.txt');
    writeFileSync(file, TEXT);
    const { fs, calls } = recordingFs();
    const error = await refusal(file, { fs });
    expect(error.code).toBe('unreadable');
    expect(error.message).toBe(
      '“notes.txt” could not be opened: it is not a Flowcase project (only .flowcase and .json files can be opened). Choose a .flowcase file, or import other formats from the File menu.',
    );
    expect(calls).toEqual([]);
  });

  it('given a missing file, when read, then it is not-found in words', async () => {
    const error = await refusal(path.join(dir, 'Gone.flowcase'));
    expect(error.code).toBe('not-found');
    expect(error.message).toBe(
      '“Gone.flowcase” could not be opened: it no longer exists (it may have been moved, renamed or deleted). Open it from where it is now.',
    );
  });

  it('given a folder with a project name, when read, then it is refused', async () => {
    const folder = path.join(dir, 'Folder.flowcase');
    mkdirSync(folder);
    const error = await refusal(folder);
    expect(error.code).toBe('unreadable');
    expect(error.message).toContain('it is a folder, not a project file');
  });

  it('given a file larger than the limit, when read, then it is refused saying both sizes', async () => {
    const file = path.join(dir, 'Big.flowcase');
    writeFileSync(file, Buffer.alloc(3 * 1024 * 1024, 0x20));
    const error = await refusal(file, { maxBytes: 1024 * 1024 });
    expect(error.code).toBe('unreadable');
    expect(error.message).toContain('it is too large for a project file (3.0 MB; at most 1.0 MB)');
  });

  it('given a file that grows past the limit after its size was taken, when read, then reading stops at the limit', async () => {
    // given a file whose stat says 0 bytes but which holds 100 KB
    const file = path.join(dir, 'Growing.flowcase');
    writeFileSync(file, Buffer.alloc(100 * 1024, 0x20));
    let bytesRead = 0;
    const fs: ReadFs = {
      stat: async (filePath) => ({
        ...(await nodeFs.stat(filePath)),
        size: 0,
        isFile: () => true,
        isDirectory: () => false,
      }),
      async open(filePath, flags) {
        const handle = await nodeFs.open(filePath, flags);
        return {
          stat: async () => ({
            ...(await handle.stat()),
            size: 0,
            isFile: () => true,
            isDirectory: () => false,
          }),
          async read(buffer, offset, length, position) {
            const result = await handle.read(buffer, offset, length, position);
            bytesRead += result.bytesRead;
            return result;
          },
          close: () => handle.close(),
        };
      },
    };
    // when it is read with a limit of 10 KB / then it is refused having read at most 10 KB + 1
    const error = await refusal(file, { fs, maxBytes: 10 * 1024 });
    expect(error.message).toContain('more than 10 KB');
    expect(bytesRead).toBe(10 * 1024 + 1);
    // and within a limit above its real size it is read whole
    const whole = await readProjectFile(file, { fs, maxBytes: 200 * 1024 });
    expect(whole.text).toHaveLength(100 * 1024);
  });

  it.skipIf(!existsSync('/dev/zero'))(
    'given a link to an endless device, when read, then it is refused without reading',
    async () => {
      const file = path.join(dir, 'Endless.flowcase');
      symlinkSync('/dev/zero', file);
      const error = await refusal(file);
      expect(error.message).toContain('it is not an ordinary file');
    },
  );

  it('given permission denied on open, when read, then it is unreadable in words', async () => {
    const file = path.join(dir, 'Locked.flowcase');
    writeFileSync(file, TEXT);
    const { fs } = recordingFs((operation) => (operation === 'open' ? 'EACCES' : undefined));
    const error = await refusal(file, { fs });
    expect(error.code).toBe('unreadable');
    expect(error.message).toContain('access was refused');
  });
});

describe('modifiedTimeOf', () => {
  it('given a file, then its modification time; given none, then not-found in words', async () => {
    const file = path.join(dir, 'Invoice.flowcase');
    writeFileSync(file, TEXT);
    await expect(modifiedTimeOf(file)).resolves.toBe(statSync(file).mtimeMs);
    const missing: unknown = await modifiedTimeOf(path.join(dir, 'Gone.flowcase')).catch(
      (caught: unknown) => caught,
    );
    expect(missing).toBeInstanceOf(FileError);
    expect(missing).toMatchObject({ code: 'not-found' });
    expect((missing as FileError).message).toMatch(/^“Gone\.flowcase” could not be opened: /);
  });
});

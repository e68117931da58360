import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileRefused, readProjectText, writeProjectText } from './files';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'flowcase-files-unit-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('readProjectText', () => {
  it('reads a regular file within the limit as UTF-8', async () => {
    // given a small file with non-ASCII text
    const file = join(dir, 'a.flowcase');
    writeFileSync(file, '{"name": "Rechnungsprüfung"}');
    // when it is read with a limit above its size / then its text comes back
    await expect(readProjectText(file, 100)).resolves.toBe('{"name": "Rechnungsprüfung"}');
  });

  it('refuses a JSON file saved as Latin-1, naming the first letter it cannot read', async () => {
    // given a project whose second line names a role "Café" in Latin-1 (é is the byte 0xE9)
    const file = join(dir, 'latin1.flowcase');
    writeFileSync(file, Buffer.from('{\n"name": "Café Müller"}', 'latin1'));
    // when it is read / then it is refused, rather than read as "Caf\uFFFD M\uFFFDller"
    await expect(readProjectText(file, 100)).rejects.toThrow(
      new FileRefused(
        'the file is not saved as UTF-8 text: the character at line 2, column 13 cannot be read (the file may be saved as Latin-1 or Windows-1252); save it as UTF-8 and open it again',
      ),
    );
  });

  it('returns bytes that are not JSON as they are, for the reader to explain', async () => {
    // given a file of binary bytes and a file saved as UTF-16 with its byte-order mark
    const binary = join(dir, 'image.flowcase');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff]));
    const utf16 = join(dir, 'utf16.flowcase');
    writeFileSync(utf16, Buffer.from('\ufeff{"name": "x"}', 'utf16le'));
    // when they are read / then their text comes back, damaged letters and all
    await expect(readProjectText(binary, 100)).resolves.toContain('PNG');
    await expect(readProjectText(utf16, 100)).resolves.toContain('\u0000');
  });

  it('refuses a file whose size is over the limit, saying both sizes', async () => {
    // given a file of 3 MB and a limit of 1 MB
    const file = join(dir, 'big.flowcase');
    writeFileSync(file, Buffer.alloc(3 * 1024 * 1024, 0x20));
    // when it is read / then it is refused in words
    await expect(readProjectText(file, 1024 * 1024)).rejects.toThrow(
      new FileRefused(
        'the file is too large (3.0 MB; at most 1.0 MB); a Flowcase project is far smaller',
      ),
    );
  });

  it('stops reading at the limit when a file holds more than its size says', async (context) => {
    // given a regular file that reports a size of 0 but holds more (a /proc file, as a
    // file growing between the size check and the read would)
    const file = '/proc/self/status';
    if (!existsSync(file) || statSync(file).size !== 0)
      context.skip('needs Linux /proc, whose files report a size of 0');
    expect(readFileSync(file, 'utf8').length).toBeGreaterThan(64);
    // when it is read with a limit of 64 bytes
    // then it is refused after reading at most 65 bytes
    await expect(readProjectText(file, 64)).rejects.toThrow(
      'the file is too large (more than 64 bytes; at most 64 bytes); a Flowcase project is far smaller',
    );
  });
});

describe('writeProjectText', () => {
  it('does not replace an existing file unless told to', async () => {
    // given an existing file
    const file = join(dir, 'mine.flowcase');
    writeFileSync(file, 'my own work');
    // when it is written without and then with overwrite
    await expect(writeProjectText(file, 'new', false)).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(file, 'utf8')).toBe('my own work');
    await writeProjectText(file, 'new', true);
    // then only the second replaced it
    expect(readFileSync(file, 'utf8')).toBe('new');
  });

  it('refuses a folder, whatever overwrite says', async () => {
    // given a folder / when a project is written to it / then it is refused in words
    for (const overwrite of [false, true])
      await expect(writeProjectText(dir, 'x', overwrite)).rejects.toThrow(
        'this is a folder, not a file a project can be written to',
      );
  });
});

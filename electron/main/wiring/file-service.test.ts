import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileError } from '../files';
import { PdfExportError } from '../pdf';
import { describeError, nodeFileService } from './file-service';

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('nodeFileService', () => {
  it('given PDF bytes, when saved, then the file holds exactly those bytes (and text stays text)', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'flowcase-wiring-'));
    const files = nodeFileService();
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0xe2, 0x80]);
    const pdf = path.join(dir, 'Report.pdf');
    await files.save(pdf, bytes);
    await files.save(pdf, bytes);
    expect(new Uint8Array(await readFile(pdf))).toEqual(bytes);
    const project = path.join(dir, 'Invoice.flowcase');
    await files.save(project, '{"name":"Café"}');
    await files.save(project, '{"name":"Café 2"}');
    expect((await files.read(project)).text).toBe('{"name":"Café 2"}');
    // A project keeps its previous version; an exported PDF, made again at will, does not.
    expect((await readdir(dir)).sort()).toEqual([
      'Invoice.flowcase',
      'Invoice.flowcase.bak',
      'Report.pdf',
    ]);
  });
});

describe('describeError', () => {
  it('given the errors written for people, then their words pass; others do not', () => {
    expect(describeError(new FileError('unwritable', 'Could not save.'))).toEqual({
      code: 'unwritable',
      message: 'Could not save.',
    });
    expect(describeError(new PdfExportError('Not drawn.'))).toEqual({
      code: 'failed',
      message: 'Not drawn.',
    });
    expect(describeError(new Error('EACCES /secret'))).toBeNull();
  });
});

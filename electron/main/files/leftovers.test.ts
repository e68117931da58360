import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeLeftoverTempFiles } from './leftovers';
import { recordingFs } from './testing';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'flowcase-leftovers-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const LEFTOVERS = [
  '.Invoice.flowcase.1a2b3c4d.flowcase-tmp',
  '.Invoice.flowcase.bak.00ff00ff.flowcase-tmp',
];
const KEPT = [
  'Invoice.flowcase',
  'Invoice.flowcase.bak',
  'notes.flowcase-tmp',
  '.Invoice.flowcase.NOTHEX99.flowcase-tmp',
  '.Invoice.flowcase.1a2b3c4d.flowcase-tmp.txt',
  '.Invoice.flowcase.1a2b3c4.flowcase-tmp',
];

describe('removeLeftoverTempFiles', () => {
  it('given temp files among the user files, when cleaned, then only the temp files are removed and listed', async () => {
    for (const name of [...LEFTOVERS, ...KEPT]) writeFileSync(path.join(dir, name), 'x');
    const removed = await removeLeftoverTempFiles(dir);
    expect(removed.sort()).toEqual(LEFTOVERS.map((name) => path.join(dir, name)).sort());
    expect(readdirSync(dir).sort()).toEqual([...KEPT].sort());
  });

  it('given a folder that is gone, when cleaned, then nothing happens', async () => {
    await expect(removeLeftoverTempFiles(path.join(dir, 'gone'))).resolves.toEqual([]);
  });

  it('given a temp file that is locked, when cleaned, then it is skipped and the others removed', async () => {
    for (const name of LEFTOVERS) writeFileSync(path.join(dir, name), 'x');
    const [locked, free] = LEFTOVERS.map((name) => path.join(dir, name));
    const { fs } = recordingFs((operation, file) =>
      operation === 'unlink' && file === locked ? 'EBUSY' : undefined,
    );
    await expect(removeLeftoverTempFiles(dir, { fs })).resolves.toEqual([free]);
    expect(readdirSync(dir)).toEqual([LEFTOVERS[0]]);
  });
});

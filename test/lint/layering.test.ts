/**
 * Proves the layering rules in eslint.config.js fire (STYLE.md practice 1): each snippet is
 * linted as if it lived at the given path. Type-aware rules are switched off because the
 * files are virtual (not on disk, so in no tsconfig); `no-restricted-imports` needs no types.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd: repoRoot, overrideConfig: tseslint.configs.disableTypeChecked });

/** The layering errors for `code` at `filePath`; a parse error fails the test instead. */
async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const messages = result?.messages ?? [];
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  return messages
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('layering lint rules', () => {
  it.each([
    ['shared/model/bad.ts', "import { useState } from 'react';"],
    ['shared/model/bad.ts', "import { create } from 'zustand';"],
    ['shared/model/bad.ts', "import { ReactFlow } from '@xyflow/react';"],
    ['shared/model/bad.ts', "import { readFile } from 'node:fs/promises';"],
    ['shared/model/bad.ts', "import { readFileSync } from 'node:fs';"],
    ['shared/model/bad.ts', "import path from 'path';"],
    ['shared/model/bad.ts', "import { randomUUID } from 'crypto';"],
    ['shared/model/bad.ts', "import { app } from 'electron';"],
    ['shared/model/bad.ts', "import { x } from '../../renderer/src/x';"],
    ['shared/engine/bad.ts', "import { main } from '../../cli/src/main';"],
    ['shared/engine/bad.ts', "import fixture from '../../test/fixtures/a.json';"],
    ['renderer/src/bad.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/src/bad.ts', "import fs from 'fs';"],
    ['renderer/src/app/bad.tsx', "import os from 'node:os';"],
    ['renderer/src/app/bad.ts', "import { x } from '../../../electron/main/window';"],
    ['renderer/src/app/bad.ts', "import { run } from '../../../cli/src/main';"],
    ['electron/main/bad.ts', "import { App } from '../../renderer/src/app/App';"],
    ['shared/roi/bad.ts', "import { computeFlowModel } from '../engine/flow-model';"],
    ['shared/uncertainty/bad.ts', "import { nextUniform } from '../random/streams';"],
    ['shared/engine/des/bad.ts', "import { mix32 } from '../../random/streams';"],
    ['cli/src/commands/bad.ts', "import { simulate } from '../../../shared/engine/des/simulate';"],
    ['renderer/src/bad.ts', "import { gigcWait } from '../../shared/engine/queueing';"],
  ])('given %s importing %s, when linted, then the layering rule fails it', async (file, code) => {
    const errors = await layeringErrors(file, code);
    expect(errors.length).toBeGreaterThan(0);
  });

  it.each([
    [
      'shared/model/ok.ts',
      "import { z } from 'zod';\nimport { assertNever } from '../util/assert-never';",
    ],
    [
      'shared/model/ok.test.ts',
      "import { readFileSync } from 'node:fs';\nimport { it } from 'vitest';",
    ],
    [
      'renderer/src/ok.tsx',
      "import { useState } from 'react';\nimport { z } from '../../shared/model/schema';",
    ],
    ['electron/main/ok.ts', "import { app } from 'electron';\nimport path from 'node:path';"],
    [
      'shared/roi/ok.ts',
      "import { computeFlowModel } from '../engine';\nimport { mix32 } from '../random';",
    ],
    ['shared/engine/ok.ts', "import { compileMap } from './graph';"],
    ['cli/src/commands/ok.ts', "import { simulate } from '../../../shared/engine/des';"],
  ])('given %s with allowed imports, when linted, then it passes', async (file, code) => {
    expect(await layeringErrors(file, code)).toEqual([]);
  });

  it('given a focused test, when linted, then .only is refused', async () => {
    const [result] = await eslint.lintText(
      "import { it } from 'vitest';\nit.only('x', () => {});\n",
      {
        filePath: 'shared/model/focused.test.ts',
      },
    );
    expect(result?.messages.map((message) => message.ruleId)).toContain('no-restricted-syntax');
  });
});

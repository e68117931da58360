/**
 * The benchmark's figures for hostile input (issue 8, "Tests that can fail"): how long a
 * refused file takes, measured here instead of asserted in tests, where a wall-time limit
 * fails on a busy machine while the code is fine.
 *
 *   parse-hostile [--runs N]  parseProject on the largest allowed hostile file (hostile.ts),
 *                             median of N runs after one warm-up; and each committed file of
 *                             test/fixtures/bad once, naming the slowest. Target <= 2 s.
 *   cli-validate [--runs N]   `flowcase validate` on the same file in a fresh process (the
 *                             built bundle), Node start-up included, median of N. Target <= 5 s.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseProject } from '../../shared/model';
import { largestHostileFile } from './hostile';

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
};

/** Milliseconds `parseProject(text)` takes; throws if it accepts the text. */
function parseMs(text: string, what: string): number {
  const t0 = performance.now();
  const result = parseProject(text);
  const ms = performance.now() - t0;
  if (result.ok) throw new Error(`${what} was accepted, but it is meant to be refused`);
  return ms;
}

/** parseProject on the largest allowed hostile file and on every committed bad-input file. */
export function benchParseHostile(repoRoot: string, runs: number): Record<string, unknown> {
  const text = largestHostileFile(repoRoot);
  parseMs(text, 'the largest allowed hostile file');
  const times = Array.from({ length: runs }, () =>
    parseMs(text, 'the largest allowed hostile file'),
  );
  const badDir = join(repoRoot, 'test', 'fixtures', 'bad');
  let slowest = { file: '', ms: 0 };
  const files = readdirSync(badDir).filter((name) => name.endsWith('.flowcase'));
  for (const file of files) {
    const ms = parseMs(readFileSync(join(badDir, file), 'utf8'), file);
    if (ms > slowest.ms) slowest = { file, ms };
  }
  return {
    figure: 'parse-hostile',
    bytes: Buffer.byteLength(text),
    runs,
    medianMs: median(times),
    maxMs: Math.max(...times),
    corpusFiles: files.length,
    slowestCorpusFile: slowest.file,
    slowestCorpusMs: slowest.ms,
  };
}

/** `flowcase validate` on the largest allowed hostile file, each run a fresh process. */
export function benchCliValidate(repoRoot: string, runs: number): Record<string, unknown> {
  const launcher = join(repoRoot, 'cli', 'bin', 'flowcase.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'flowcase-bench-'));
  try {
    const file = join(dir, 'largest-hostile.flowcase');
    const text = largestHostileFile(repoRoot);
    writeFileSync(file, text);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const run = spawnSync(process.execPath, [launcher, 'validate', file], {
        encoding: 'utf8',
        timeout: 120_000,
      });
      times.push(performance.now() - t0);
      if (run.error !== undefined) throw new Error(`flowcase validate: ${run.error.message}`);
      if (run.status !== 1 || !run.stderr.startsWith('error: '))
        throw new Error(
          `flowcase validate should refuse the file with exit 1, got ${run.status}: ${run.stderr.slice(0, 200)}`,
        );
    }
    return {
      figure: 'cli-validate',
      bytes: Buffer.byteLength(text),
      runs,
      medianS: median(times) / 1000,
      maxS: Math.max(...times) / 1000,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

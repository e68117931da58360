/**
 * Hostile and broken project files: every file in `test/fixtures/bad/` must be refused, by the
 * reader (`parseProject`) and by the command line (`flowcase validate`, run in-process),
 * without a crash or a stack trace, and with the specific message listed for it in
 * `test/fixtures/bad/expected.json` (where in the file, and what is wrong, in words).
 *
 * How fast they are refused is a figure of `npm run bench` ("parse of the largest allowed
 * hostile file", "CLI validate of a 5 MB file"), not an assertion here: a timed assertion
 * fails on a busy machine while the code is fine.
 *
 * Two files are too large to commit; `fixtures/bad/generate-large.ts` writes them into a
 * temporary folder before the tests run.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssue, parseProject } from '../shared/model';
import { runCli } from '../cli/src/testing/run-in-process';
import { generateLargeFixtures, LARGE_FIXTURES } from './fixtures/bad/generate-large';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BAD_DIR = join(ROOT, 'test', 'fixtures', 'bad');
const V1_FIXTURE = join(ROOT, 'test', 'fixtures', 'versions', 'v1.flowcase');

/** What must never reach a terminal from a file: every control character but the line feed. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const TERMINAL_CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const expected = JSON.parse(readFileSync(join(BAD_DIR, 'expected.json'), 'utf8')) as Record<
  string,
  string[]
>;
const committed = readdirSync(BAD_DIR)
  .filter((name) => name.endsWith('.flowcase'))
  .sort();
const corpus: string[] = [...committed, ...LARGE_FIXTURES];

let largeDir = '';
const pathOf = (name: string): string =>
  (LARGE_FIXTURES as readonly string[]).includes(name) ? join(largeDir, name) : join(BAD_DIR, name);

beforeAll(() => {
  largeDir = mkdtempSync(join(tmpdir(), 'flowcase-bad-'));
  generateLargeFixtures(largeDir);
});

afterAll(() => {
  if (largeDir !== '') rmSync(largeDir, { recursive: true, force: true });
});

/** A message an analyst can read: a sentence, with no programmer's debris in it. */
function expectReadableSentence(message: string): void {
  expect(message, 'starts with a capital letter').toMatch(/^[A-Z]/);
  expect(message).not.toContain('undefined');
  expect(message).not.toContain('[object');
  expect(message).not.toContain('Error:');
  expect(message, 'no stack trace').not.toMatch(/^ {4}at /m);
}

describe('the bad-input corpus', () => {
  it('holds at least 30 files, each with its expected messages', () => {
    // given the committed corpus and the generated large files
    // when we compare them with expected.json
    // then there are enough of them and every file has expectations, with none left over
    expect(committed.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(expected).sort()).toEqual([...corpus].sort());
    for (const name of corpus) expect(expected[name]?.length, name).toBeGreaterThan(0);
  });

  it('keeps committed files small (large ones are generated)', () => {
    // given the committed corpus files
    // when we look at their sizes
    // then none is above 1 MB
    for (const name of committed)
      expect(readFileSync(join(BAD_DIR, name)).length, name).toBeLessThan(1024 * 1024);
  });

  it('accepts the valid version 1 fixture, so the corpus is refused for its faults', () => {
    // given the hand-written version 1 project the corpus is derived from
    // when it is parsed
    const result = parseProject(readFileSync(V1_FIXTURE, 'utf8'));
    // then it is valid
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
  });
});

describe.each(corpus)('parseProject refuses %s', (name) => {
  it('without throwing, and with the specific readable message', () => {
    // given the file's text
    const text = readFileSync(pathOf(name), 'utf8');
    // when it is parsed
    let result: ReturnType<typeof parseProject> | undefined;
    expect(() => {
      result = parseProject(text);
    }).not.toThrow();
    // then it is refused with located readable issues naming the real problem
    if (result === undefined || result.ok) throw new Error(`${name} was accepted`);
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) {
      expect(issue.where.trim(), 'where').not.toBe('');
      expectReadableSentence(issue.message);
    }
    const report = result.issues.map(formatIssue).join('\n');
    for (const part of expected[name] ?? []) expect(report).toContain(part);
  });
});

describe.each(corpus)('flowcase validate refuses %s', (name) => {
  it(
    'with exit code 1 and one "error: PATH: MESSAGE" line per problem',
    { timeout: 15_000 },
    async () => {
      // given the file on disk
      const file = pathOf(name);
      // when the CLI validates it
      const { status, stdout, stderr } = await runCli(['validate', file], { timeoutMs: 10_000 });
      // then it exits 1 and prints only error lines (no stack trace, no "ok")
      expect(status, stderr).toBe(1);
      expect(stdout).not.toContain('ok:');
      const lines = stderr.split('\n').filter((line) => line !== '');
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line).toMatch(/^error: \S.*: \S/);
      expect(stderr).not.toMatch(/^\s+at /m);
      // and nothing from the file reaches the terminal as a control sequence
      expect(stdout + stderr).not.toMatch(TERMINAL_CONTROLS);
      expect(stderr).not.toContain('undefined');
      expect(stderr).not.toContain('[object');
      // and the specific messages are there, file-level ones named by the file's path
      for (const part of expected[name] ?? [])
        expect(stderr).toContain(part.replace('(file)', file));
    },
  );
});

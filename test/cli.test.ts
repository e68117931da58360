/**
 * The `flowcase` command line as a user runs it, in-process (`runCli` calls `run` from the
 * sources, so a stale bundle cannot make these pass; `cli-bundle.test.ts` smoke-tests the
 * bundle). Exit codes: 0 success, 1 invalid input, 2 wrong usage.
 */
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SAMPLES } from '../shared/samples';
import { runCli, type CliRun } from '../cli/src/testing/run-in-process';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const V1_FIXTURE = join(ROOT, 'test', 'fixtures', 'versions', 'v1.flowcase');
const TIMEOUT = { timeout: 15_000 };

const flowcase = (...args: string[]): Promise<CliRun> => runCli(args, { timeoutMs: 10_000 });

const lines = (text: string): string[] => text.split('\n').filter((line) => line.trim() !== '');

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'flowcase-cli-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('flowcase --help and usage errors', () => {
  it('--help exits 0 and lists the validate and sample commands', TIMEOUT, async () => {
    // given / when
    const { status, stdout } = await flowcase('--help');
    // then
    expect(status).toBe(0);
    expect(stdout).toMatch(/^\s+validate\s+\S/m);
    expect(stdout).toMatch(/^\s+sample\s+\S/m);
  });

  it('an unknown command exits 2 and names it', TIMEOUT, async () => {
    // given / when
    const { status, stderr } = await flowcase('frobnicate');
    // then
    expect(status).toBe(2);
    expect(stderr).toContain('error: unknown command "frobnicate"');
  });

  it.each([
    [
      ['simulate', 'x.flowcase', '--cases', '-1'],
      '--cases is followed by a value that starts with a dash; write it joined with =, as in --cases=-1',
    ],
    [['simulate', 'x.flowcase', '--seed'], '--seed needs a value after it'],
    [['roi', 'x.flowcase', '--json=yes'], '--json takes no value; leave out =...'],
    [['export', 'x.flowcase', '-o'], '--output needs a value after it'],
    [
      ['roi', 'x.flowcase', '--strict'],
      'unknown option --strict; flowcase COMMAND --help lists the options of a command',
    ],
  ])('a misused option exits 2 with one plain line: %j', TIMEOUT, async (argv, message) => {
    // given a command line whose options cannot be read
    // when it is run
    const { status, stdout, stderr } = await flowcase(...argv);
    // then it exits 2 with one line in words, not Node's escaped three-line message
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`error: ${message}\n`);
  });
});

describe('flowcase validate', () => {
  it('accepts the version 1 fixture: exit 0 and "ok:"', TIMEOUT, async () => {
    // given the valid fixture / when it is validated
    const { status, stdout, stderr } = await flowcase('validate', V1_FIXTURE);
    // then
    expect(status, stderr).toBe(0);
    expect(stdout).toMatch(/^ok: /);
    expect(stderr).toBe('');
  });

  it('a missing file exits 1 with "error: PATH: no such file"', TIMEOUT, async () => {
    // given a path where nothing is
    const missing = join(dir, 'nowhere.flowcase');
    // when it is validated
    const { status, stderr } = await flowcase('validate', missing);
    // then
    expect(status).toBe(1);
    expect(lines(stderr)).toEqual([`error: ${missing}: no such file`]);
  });

  it('a folder exits 1 with one error line naming it', TIMEOUT, async () => {
    // given a folder / when it is validated
    const { status, stderr } = await flowcase('validate', dir);
    // then
    expect(status).toBe(1);
    const [line, ...rest] = lines(stderr);
    expect(rest).toEqual([]);
    expect(line).toMatch(/^error: \S.*: \S/);
    expect(line).toContain(`${dir}: `);
    expect(line).toContain('folder');
  });
});

describe('flowcase sample', () => {
  it('--list prints one line per sample: the slug then a description', TIMEOUT, async () => {
    // given / when
    const { status, stdout } = await flowcase('sample', '--list');
    // then
    expect(status).toBe(0);
    const listed = lines(stdout);
    expect(listed.length).toBeGreaterThanOrEqual(3);
    expect(listed.length).toBe(SAMPLES.length);
    for (const line of listed) expect(line).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\s+\S.{9,}$/);
    const slugs = listed.map((line) => line.split(/\s+/)[0]);
    expect(slugs).toContain('invoice-processing');
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('writes invoice-processing to a file that validate accepts', TIMEOUT, async () => {
    // given an empty folder
    const file = join(dir, 'invoices.flowcase');
    // when the sample is written there
    const written = await flowcase('sample', 'invoice-processing', '-o', file);
    // then the file exists and is a valid project
    expect(written.status, written.stderr).toBe(0);
    expect(existsSync(file)).toBe(true);
    const checked = await flowcase('validate', file);
    expect(checked.status, checked.stderr).toBe(0);
    expect(checked.stdout).toMatch(/^ok: /);
  });

  it('does not write over an existing file without --force', TIMEOUT, async () => {
    // given a file that is already there
    const file = join(dir, 'mine.flowcase');
    writeFileSync(file, 'my own work\n');
    // when the sample is written to it without --force
    const { status, stderr } = await flowcase('sample', 'invoice-processing', '-o', file);
    // then it fails with exit 1 and the file is unchanged
    expect(status).toBe(1);
    expect(stderr).toMatch(/^error: \S.*: \S/m);
    expect(stderr).toContain('--force');
    expect(readFileSync(file, 'utf8')).toBe('my own work\n');
  });

  it('writes over an existing file with --force', TIMEOUT, async () => {
    // given a file that is already there
    const file = join(dir, 'mine.flowcase');
    writeFileSync(file, 'my own work\n');
    // when the sample is written to it with --force
    const { status, stderr } = await flowcase(
      'sample',
      'invoice-processing',
      '-o',
      file,
      '--force',
    );
    // then it is replaced by a valid project
    expect(status, stderr).toBe(0);
    expect((await flowcase('validate', file)).status).toBe(0);
  });

  it('an unknown sample name exits 2 and names the available samples', TIMEOUT, async () => {
    // given / when
    const { status, stderr } = await flowcase(
      'sample',
      'no-such-sample',
      '-o',
      join(dir, 'x.flowcase'),
    );
    // then
    expect(status).toBe(2);
    expect(stderr).toContain('no-such-sample');
    for (const sample of SAMPLES) expect(stderr).toContain(sample.slug);
    expect(existsSync(join(dir, 'x.flowcase'))).toBe(false);
  });
});

describe('the in-process runner', () => {
  it('gives up on a run that outlives its time limit, and says which', async () => {
    // given a simulation that would run for hours
    const args = ['simulate', join(ROOT, 'test', 'fixtures', 'models', 'mm1.flowcase')];
    args.push('--cases', '10000000', '--replications', '100');
    // when it is run with a limit of half a second
    const run = runCli(args, { timeoutMs: 500 });
    // then the test hears so in words instead of waiting (the simulation is told to stop too)
    await expect(run).rejects.toThrow(
      /^flowcase simulate \S+mm1\.flowcase --cases 10000000 --replications 100 did not finish within 0\.5 s$/,
    );
  });
});

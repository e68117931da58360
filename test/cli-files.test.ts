/**
 * The command line reads and writes regular files only (issue 8, "Reading a device or a
 * FIFO"): a device is refused without being read (`/dev/zero` never ends), a named pipe
 * without being opened (with no writer, opening it waits forever), and `sample -o` will not
 * write into either, even with --force.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, type TestContext } from 'vitest';
import { runCli, type CliRun } from '../cli/src/testing/run-in-process';

/** A hang shows as runCli's "did not finish within 10 s" rather than a stuck test run. */
const flowcase = (...args: string[]): Promise<CliRun> => runCli(args, { timeoutMs: 10_000 });
const HANG_GUARD = { timeout: 15_000 };

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'flowcase-files-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A named pipe in the test folder, or the test is skipped where mkfifo does not exist. */
function fifo(context: TestContext): string {
  const path = join(dir, 'pipe.flowcase');
  const made = spawnSync('mkfifo', [path]);
  if (made.error !== undefined || made.status !== 0)
    context.skip('mkfifo is not available on this machine, so named pipes cannot be tested');
  return path;
}

/** Skip on machines without the device (Windows). */
function device(context: TestContext, path: string): string {
  if (!existsSync(path)) context.skip(`${path} does not exist on this machine`);
  return path;
}

describe('flowcase validate refuses what is not a regular file', HANG_GUARD, () => {
  it.for(['/dev/null', '/dev/zero', '/dev/urandom'])(
    '%s is a device: one error line, nothing read',
    async (path, context) => {
      // given a device (empty, endless or random)
      device(context, path);
      // when it is validated
      const run = await flowcase('validate', path);
      // then it is refused for what it is
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(`error: ${path}: this is a device, not a project file\n`);
    },
  );

  it('a named pipe with no writer is refused instead of waited on', async (context) => {
    // given a named pipe nobody writes to
    const pipe = fifo(context);
    // when it is validated
    const run = await flowcase('validate', pipe);
    // then it is refused at once for what it is
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`error: ${pipe}: this is a named pipe, not a project file\n`);
  });

  it('simulate and roi refuse a device the same way', async (context) => {
    // given a device / when it is simulated or costed
    device(context, '/dev/zero');
    for (const command of ['simulate', 'roi']) {
      const run = await flowcase(command, '/dev/zero');
      // then the same sentence
      expect(run.status).toBe(1);
      expect(run.stderr).toBe('error: /dev/zero: this is a device, not a project file\n');
    }
  });
});

describe('flowcase sample -o writes regular files only', HANG_GUARD, () => {
  it('refuses to write into a device, even with --force', async (context) => {
    // given a device
    device(context, '/dev/null');
    // when a sample is written to it with --force
    const run = await flowcase('sample', 'invoice-processing', '-o', '/dev/null', '--force');
    // then it is refused in words
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      'error: /dev/null: this is a device, not a file a project can be written to\n',
    );
  });

  it('refuses to write into a named pipe, with or without --force, instead of waiting', async (context) => {
    // given a named pipe nobody reads
    const pipe = fifo(context);
    // when a sample is written to it
    for (const force of [[], ['--force']]) {
      const run = await flowcase('sample', 'invoice-processing', '-o', pipe, ...force);
      // then it is refused at once, and the pipe is still a pipe
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(
        `error: ${pipe}: this is a named pipe, not a file a project can be written to\n`,
      );
      expect(statSync(pipe).isFIFO()).toBe(true);
    }
  });

  it('still writes a new file and replaces a regular one with --force', async () => {
    // given a path with nothing there
    const file = join(dir, 'ap.flowcase');
    // when the sample is written twice, the second time with --force
    const first = await flowcase('sample', 'invoice-processing', '-o', file);
    const second = await flowcase('sample', 'invoice-processing', '-o', file, '--force');
    // then both succeed and the file is the sample
    expect(first.status, first.stderr).toBe(0);
    expect(second.status, second.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('"schemaVersion": 1');
  });
});

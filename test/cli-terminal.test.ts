/**
 * Nothing from a project file or the command line reaches the terminal as a control sequence
 * (issue 8): names with escape codes, file names and arguments with escape codes, each shown
 * with visible escapes (ESC as \u001b), and never a forged or overwritten line.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../cli/src/testing/run-in-process';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const V1_FIXTURE = join(ROOT, 'test', 'fixtures', 'versions', 'v1.flowcase');
const MM1 = join(ROOT, 'test', 'fixtures', 'models', 'mm1.flowcase');

const CLEAR_SCREEN = '\u001b[2J';
const RETITLE = '\u001b]0;pwned\u0007';
const OVERWRITE = '\rok: all fine';
/** Every control character but the line feed, and the bidirectional overrides. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const TERMINAL_CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const flowcase = (...args: string[]): Promise<CliRun> => runCli(args, { timeoutMs: 30_000 });

/** The run printed no control sequence, and no line of it claims success falsely. */
function expectNoControls(run: CliRun): void {
  expect(run.stdout + run.stderr).not.toMatch(TERMINAL_CONTROLS);
  expect(run.progress.join('')).not.toMatch(TERMINAL_CONTROLS);
}

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'flowcase-terminal-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('names holding escape codes', () => {
  it('are refused, each quoted with visible escapes on its own error line', async () => {
    // given a project whose project, role, step and map names hold escape codes
    const project = JSON.parse(readFileSync(V1_FIXTURE, 'utf8')) as {
      name: string;
      roles: { name: string }[];
      maps: { current: { steps: { name: string }[] }; targets: { name: string }[] };
    };
    project.name += CLEAR_SCREEN;
    (project.roles[0] as { name: string }).name += RETITLE;
    (project.maps.current.steps[1] as { name: string }).name += OVERWRITE;
    (project.maps.targets[0] as { name: string }).name += CLEAR_SCREEN;
    const file = join(dir, 'names.flowcase');
    writeFileSync(file, JSON.stringify(project));
    // when it is validated
    const run = await flowcase('validate', file);
    // then it exits 1 with one error line per name, the escapes visible, nothing claims "ok"
    expect(run.status).toBe(1);
    expectNoControls(run);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      expect(line).toMatch(/^error: /);
      expect(line).toContain(
        'Name must not contain control characters such as line breaks, tabs or terminal escape codes',
      );
    }
    expect(run.stderr).toContain('roles[0] (AP clerk\\u001b]0;pwned\\u0007)');
    expect(run.stderr).toContain('(Key in invoice\\u000dok: all fine)');
    expect(run.stderr).toContain('(AI extraction with review\\u001b[2J)');
    expect(run.stdout).toBe('');
  });
});

describe('file names and arguments holding escape codes', () => {
  it('a valid file whose name holds a title change is named with visible escapes', async () => {
    // given a valid project saved under a file name with an OSC title sequence
    const file = join(dir, `ap${RETITLE}.flowcase`);
    writeFileSync(file, readFileSync(V1_FIXTURE));
    // when it is validated
    const run = await flowcase('validate', file);
    // then "ok" names it with the escapes shown
    expect(run.status, run.stderr).toBe(0);
    expectNoControls(run);
    expect(run.stdout).toContain(
      `ok: ${dir}/ap\\u001b]0;pwned\\u0007.flowcase is a valid Flowcase project`,
    );
  });

  it('a missing file whose name would overwrite or forge a line keeps one visible error line', async () => {
    // given a path holding a carriage return and a line feed, each followed by a fake "ok"
    const file = join(dir, `x${OVERWRITE}\nok: forged`);
    // when it is validated
    const run = await flowcase('validate', file);
    // then the one error line stays whole
    expect(run.status).toBe(1);
    expectNoControls(run);
    expect(run.stderr).toBe(`error: ${dir}/x\\u000dok: all fine\\u000aok: forged: no such file\n`);
  });

  it('--map, --scenario, option values, option names and commands are quoted visibly', async () => {
    // given arguments holding escape codes
    const runs = [
      await flowcase('simulate', MM1, '--map', CLEAR_SCREEN, '--analytic'),
      await flowcase('simulate', MM1, '--cases', RETITLE),
      await flowcase('simulate', MM1, `--${CLEAR_SCREEN}`),
      await flowcase(`go${RETITLE}`),
      await flowcase('sample', `x${CLEAR_SCREEN}`),
    ];
    // when they are run / then each refuses with the escapes shown
    for (const run of runs) {
      expect(run.status).toBe(2);
      expectNoControls(run);
    }
    expect(runs[0]?.stderr).toContain('there is no map called "\\u001b[2J"');
    expect(runs[1]?.stderr).toContain('(got "\\u001b]0;pwned\\u0007")');
    expect(runs[2]?.stderr).toContain('\\u001b[2J');
    expect(runs[3]?.stderr).toContain('unknown command "go\\u001b]0;pwned\\u0007"');
    expect(runs[4]?.stderr).toContain('there is no sample called "x\\u001b[2J"');
  });

  it('roi --scenario quotes the name visibly', async () => {
    // given the sample project and a scenario name with a clear-screen code
    const file = join(dir, 'ap.flowcase');
    expect((await flowcase('sample', 'invoice-processing', '-o', file)).status).toBe(0);
    // when roi is asked for it
    const run = await flowcase('roi', file, '--scenario', CLEAR_SCREEN);
    // then it refuses with the escape shown
    expect(run.status).toBe(2);
    expectNoControls(run);
    expect(run.stderr).toContain('there is no target map called "\\u001b[2J"');
  });
});

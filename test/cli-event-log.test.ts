/**
 * `flowcase simulate --event-log` end to end through the CLI (run in-process): the file it
 * writes in both formats, that the printed figures do not change, and clear refusals.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/src/testing/run-in-process';

const root = fileURLToPath(new URL('..', import.meta.url));
const mm1 = `${root}test/fixtures/models/mm1.flowcase`;
const dir = mkdtempSync(join(tmpdir(), 'flowcase-event-log-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[]) => runCli(args, { timeoutMs: 60_000 });
const run = ['simulate', mm1, '--cases', '3000', '--replications', '2', '--seed', '7'];

describe('flowcase simulate --event-log', () => {
  it('writes a CSV log of the first replication and prints the same figures as without it', async () => {
    // given the M/M/1 model and a start on Monday 3 March 2025
    const out = join(dir, 'mm1.csv');
    const plain = await cli([...run, '--json']);
    // when it is simulated with an event log
    const logged = await cli([...run, '--json', '--event-log', out, '--start-date', '2025-03-03']);
    // then the figures are the same bytes
    expect(logged.status, logged.stderr).toBe(0);
    expect(logged.stdout).toBe(plain.stdout);
    // and the log holds each of the 3 000 cases: arrival, work by the clerk, end
    const lines = readFileSync(out, 'utf8').split('\r\n');
    expect(lines[0]).toBe(
      'case_id,activity,start_time,end_time,resource,ai_outcome,warm_up,step_id',
    );
    expect(lines).toHaveLength(1 + 3 * 3000 + 1);
    expect(lines[1]).toMatch(
      /^1,Arrive,2025-03-03T09:00:00\.000\+00:00,2025-03-03T09:00:00\.000\+00:00,,,true,start$/,
    );
    expect(
      lines.filter((l) => l.includes(',Handle case,')).every((l) => l.includes(',Clerk,')),
    ).toBe(true);
    expect(logged.stderr).toContain(
      `wrote the event log of replication 1 of 2 to ${out}: 3,000 cases, 9,000 rows, working time from 2025-03-03`,
    );
  });

  it('writes XES by the file extension', async () => {
    const out = join(dir, 'mm1.XES');
    const { status, stderr } = await cli([...run, '--event-log', out]);
    expect(status, stderr).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(
      text.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<log xes.version="2.0" xmlns="http://www.xes-standard.org/">',
      ),
    ).toBe(true);
    expect(text.trimEnd().endsWith('</log>')).toBe(true);
    expect(text.split('<trace>')).toHaveLength(3001);
    // the default start date is Monday 6 January 2025
    expect(text).toContain('<date key="time:timestamp" value="2025-01-06T09:00:00.000+00:00"/>');
  });

  it('keeps an existing file unless --force is given', async () => {
    const out = join(dir, 'kept.csv');
    writeFileSync(out, 'precious');
    const refused = await cli([...run, '--event-log', out]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('the file already exists (add --force to replace it)');
    expect(readFileSync(out, 'utf8')).toBe('precious');
    const forced = await cli([...run, '--event-log', out, '--force']);
    expect(forced.status, forced.stderr).toBe(0);
    expect(readFileSync(out, 'utf8').startsWith('case_id,')).toBe(true);
    // and no temporary file is left beside it
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('says so when the run is too short to simulate, and writes an empty log', async () => {
    const out = join(dir, 'short.csv');
    const { status, stderr } = await cli(['simulate', mm1, '--cases', '10', '--event-log', out]);
    expect(status).toBe(0);
    expect(stderr).toContain('wrote an empty event log');
    expect(readFileSync(out, 'utf8')).toBe(
      'case_id,activity,start_time,end_time,resource,ai_outcome,warm_up,step_id\r\n',
    );
  });

  it('refuses options that cannot work, before simulating anything', async () => {
    const bad = async (args: string[], message: string) => {
      const result = await cli(['simulate', mm1, ...args]);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
    };
    await bad(
      ['--event-log', join(dir, 'log.txt')],
      '--event-log needs a file name ending in .csv or .xes',
    );
    await bad(
      ['--event-log', join(dir, 'a.csv'), '--start-date', '2025-02-30'],
      '--start-date must be a date written YYYY-MM-DD',
    );
    await bad(['--start-date', '2025-03-03'], '--start-date needs --event-log');
    await bad(['--analytic', '--event-log', join(dir, 'b.csv')], '--event-log needs a simulation');
    expect(existsSync(join(dir, 'a.csv')) || existsSync(join(dir, 'b.csv'))).toBe(false);
  });

  it('leaves the path as it was when the run is cancelled', async () => {
    // given a file at the path and a run long enough to be cancelled part way
    const out = join(dir, 'cancelled.csv');
    writeFileSync(out, 'before');
    const result = await runCli(
      [...run.slice(0, 2), '--cases', '2000000', '--event-log', out, '--force'],
      {
        timeoutMs: 300,
      },
    ).catch((error: unknown) => error);
    // then the command gave up, the old file is untouched and its temporary file is gone
    expect(String(result)).toMatch(/did not finish/);
    const leftovers = () => readdirSync(dir).filter((name) => name.startsWith('.cancelled.csv.'));
    for (let waited = 0; leftovers().length > 0 && waited < 10_000; waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(leftovers()).toEqual([]);
    expect(readFileSync(out, 'utf8')).toBe('before');
  });
});

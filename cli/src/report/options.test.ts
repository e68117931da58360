import { describe, expect, it } from 'vitest';
import { UsageError } from '../options';
import { reportOptions } from './options';

describe('flowcase report options', () => {
  it('reads FILE, -o, --scenario, --paper, --seed and --force', () => {
    expect(
      reportOptions([
        'p.flowcase',
        '-o',
        'out.pdf',
        '--scenario',
        'AI match',
        '--paper',
        'Letter',
        '--seed',
        '7',
        '--force',
      ]),
    ).toEqual({
      file: 'p.flowcase',
      out: 'out.pdf',
      scenario: 'AI match',
      paper: 'letter',
      seed: 7,
      force: true,
    });
  });

  it('defaults to A4, seed 1, the first scenario, no overwriting', () => {
    expect(reportOptions(['p.flowcase', '--output', 'o.pdf'])).toEqual({
      file: 'p.flowcase',
      out: 'o.pdf',
      scenario: undefined,
      paper: 'a4',
      seed: 1,
      force: false,
    });
  });

  it('refuses a missing FILE or OUT, another paper and a bad seed, saying what is expected', () => {
    expect(() => reportOptions(['p.flowcase'])).toThrow(UsageError);
    expect(() => reportOptions(['-o', 'o.pdf'])).toThrow(/exactly one FILE and -o OUT.pdf/);
    expect(() => reportOptions(['a', 'b', '-o', 'o.pdf'])).toThrow(UsageError);
    expect(() => reportOptions(['p', '-o', 'o.pdf', '--paper', 'a3'])).toThrow(
      '--paper must be a4 or letter (got "a3")',
    );
    expect(() => reportOptions(['p', '-o', 'o.pdf', '--seed=x'])).toThrow(/--seed must be/);
  });
});

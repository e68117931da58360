import { describe, expect, it } from 'vitest';
import { downloadName } from './file-name';

describe('downloadName', () => {
  it('joins the parts and adds the extension', () => {
    expect(downloadName(['Invoice processing', 'AI match'], 'xlsx', 'business case')).toBe(
      'Invoice processing - AI match.xlsx',
    );
  });

  it('takes out what file systems refuse and control characters', () => {
    // given a name like a formula, with slashes, quotes and a line break
    const name = downloadName(['=HYPERLINK("x")', 'a/b\\c\nd'], 'csv', 'project');
    // then none of them is left
    expect(name).toBe('=HYPERLINK( x ) - a b c d.csv');
    expect([...name].some((ch) => ch < ' ' || '\\/:*?"<>|'.includes(ch))).toBe(false);
  });

  it('uses the fallback for a name with nothing left, and cuts a long name', () => {
    expect(downloadName(['///', ''], 'xes', 'event log')).toBe('event log.xes');
    expect(downloadName(['x'.repeat(500)], 'csv', 'p')).toBe(`${'x'.repeat(120)}.csv`);
  });
});

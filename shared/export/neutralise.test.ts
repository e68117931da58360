import { describe, expect, it } from 'vitest';
import { neutralise } from './neutralise';

describe('neutralise', () => {
  it.for([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tX', "'\tX"],
    ['\rY', "'\rY"],
    ['\0Z', "'\0Z"],
  ])('puts a quote before %j, which a spreadsheet could run as a formula', ([given, written]) => {
    // given text starting with a formula sign / when it is neutralised / then it starts with '
    expect(neutralise(given as string)).toBe(written);
  });

  it.for(['AP clerk', '', ' =1+1', "'=already quoted", 'NPV >= 0', '100 %', 'a=b'])(
    'leaves %j alone: it does not start with a formula sign',
    (given) => {
      expect(neutralise(given)).toBe(given);
    },
  );
});

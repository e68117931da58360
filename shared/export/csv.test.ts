import { describe, expect, it } from 'vitest';
import { csvNumber, toCsv } from './csv';
import { count, EMPTY, money, num, share, text, type Workbook } from './workbook';

const BOM = '\uFEFF';

describe('toCsv', () => {
  it('writes each sheet as a block: its name, the header, the rows, a blank line; CRLF; BOM first', () => {
    // given a workbook of two small sheets
    const workbook: Workbook = {
      sheets: [
        {
          name: 'Monthly cash flow',
          columns: [{ header: 'Month' }, { header: 'Net (EUR)' }],
          rows: [
            [count(1), money(-1200.456)],
            [count(2), money(300)],
          ],
        },
        { name: 'Roles', columns: [{ header: 'Role' }, { header: 'Id' }], rows: [[text('Clerk')]] },
      ],
    };
    // when it is written
    const csv = toCsv(workbook);
    // then the blocks follow each other, short rows padded to the header's width
    expect(csv).toBe(
      `${BOM}Monthly cash flow\r\nMonth,Net (EUR)\r\n1,-1200.46\r\n2,300\r\n\r\nRoles\r\nRole,Id\r\nClerk,\r\n`,
    );
  });

  it('quotes a field holding a comma, a quote or a line break, as RFC 4180 says', () => {
    // given text cells with the characters that need quoting
    const workbook: Workbook = {
      sheets: [
        {
          name: 'Steps',
          columns: [{ header: 'a' }, { header: 'b' }, { header: 'c' }, { header: 'd' }],
          rows: [
            [text('Scan, then key'), text('the "AI" step'), text('two\nlines'), text('plain')],
          ],
        },
      ],
    };
    // when it is written / then those fields are quoted, their quotes doubled
    expect(toCsv(workbook).split('\r\n')[2]).toBe(
      '"Scan, then key","the ""AI"" step","two\nlines",plain',
    );
  });

  it('neutralises formula-like text (headers and sheet names too), never numbers', () => {
    // given formula-like text and a negative number
    const workbook: Workbook = {
      sheets: [
        {
          name: '=Sheet',
          columns: [{ header: '@head' }, { header: 'n' }],
          rows: [[text('=HYPERLINK("http://x","y")'), num(-2, 'decimal')]],
        },
      ],
    };
    // when it is written
    const lines = toCsv(workbook).slice(1).split('\r\n');
    // then the text starts with a quote and the number stays a number
    expect(lines.slice(0, 3)).toEqual([
      "'=Sheet",
      "'@head,n",
      `"'=HYPERLINK(""http://x"",""y"")",-2`,
    ]);
  });

  it('writes numbers plainly: money to the cent, percentages as percent, counts whole', () => {
    expect(csvNumber(1234567.891, 'currency')).toBe('1234567.89');
    expect(csvNumber(0.855, 'percent')).toBe('85.5');
    expect(csvNumber(0.123456789, 'percent')).toBe('12.3457');
    expect(csvNumber(41.6, 'integer')).toBe('42');
    expect(csvNumber(0.1 + 0.2, 'decimal')).toBe('0.3');
    expect(csvNumber(-0.001, 'currency')).toBe('0');
  });

  it('writes an empty cell, a date, and a share cell in their CSV form', () => {
    const workbook: Workbook = {
      sheets: [
        {
          name: 'S',
          columns: [{ header: 'a' }, { header: 'b' }, { header: 'c' }],
          rows: [[EMPTY, { kind: 'date', value: '2025-03-01' }, share(0.25)]],
        },
      ],
    };
    expect(toCsv(workbook).split('\r\n')[2]).toBe(',2025-03-01,25');
  });
});

import { describe, expect, it } from 'vitest';
import { count, EMPTY, money, share, text, type Workbook } from './workbook';
import { toXlsxData } from './xlsx';

describe('toXlsxData', () => {
  it('writes a bold frozen header, numbers with their formats, dates as dates, widths within limits', () => {
    // given a sheet with every kind of cell and a long prose column
    const workbook: Workbook = {
      sheets: [
        {
          name: 'Mixed',
          columns: [
            { header: 'Month' },
            { header: 'Net (EUR)' },
            { header: 'Rate (%)' },
            { header: 'Day' },
            { header: 'Message', wrap: true },
          ],
          rows: [
            [
              count(1),
              money(-1234.5),
              share(0.25),
              { kind: 'date', value: '2025-03-01' },
              text('x'.repeat(500)),
            ],
            [count(2), EMPTY],
          ],
        },
      ],
    };
    // when it is turned into write-excel-file's data
    const [sheet] = toXlsxData(workbook);
    // then the sheet is named and its header bold and frozen
    expect(sheet?.sheet).toBe('Mixed');
    expect(sheet?.stickyRowsCount).toBe(1);
    expect(sheet?.data[0]?.every((c) => c?.fontWeight === 'bold')).toBe(true);
    // and each cell keeps its type and format
    expect(sheet?.data[1]).toEqual([
      { value: 1, type: Number, format: '#,##0' },
      { value: -1234.5, type: Number, format: '#,##0.00' },
      { value: 0.25, type: Number, format: '0.0%' },
      { value: new Date('2025-03-01T00:00:00Z'), type: Date, format: 'yyyy-mm-dd' },
      { value: 'x'.repeat(500), type: String, wrap: true, alignVertical: 'top' },
    ]);
    expect(sheet?.data[2]).toEqual([{ value: 2, type: Number, format: '#,##0' }, null]);
    // and the columns are wide enough for their header, the prose column capped
    const widths = sheet?.columns.map((c) => c.width) ?? [];
    expect(widths[0]).toBeGreaterThanOrEqual(8);
    expect(widths[1]).toBeGreaterThanOrEqual('Net (EUR)'.length);
    expect(widths[4]).toBe(70);
  });
});

/**
 * The workbook as the `data` write-excel-file 4 writes (its multi-sheet form: one object per
 * sheet with `data`, `sheet`, `columns` and `stickyRowsCount`). shared/ stays pure, so this
 * only builds the structure; the caller runs the library where it runs:
 *
 *   import writeExcelFile from 'write-excel-file/node';     // or 'write-excel-file/browser'
 *   const bytes = await writeExcelFile(toXlsxData(workbook)).toBuffer();   // .toBlob()
 *
 * The types below are the subset of the library's `Sheet` this uses, declared here so
 * shared/ needs none of its Node or DOM types; the CLI's call checks that they fit.
 *
 * Each sheet: the header row in bold and frozen, numbers stored as numbers with their format
 * (money `#,##0.00`, percentages `0.0%` over the share, counts `#,##0`, other numbers
 * `#,##0.00`), days as dates (`yyyy-mm-dd`), prose columns wrapped, and every column as wide
 * as its longest entry within limits. Every text cell is neutralised (`neutralise.ts`).
 */
import { neutralise } from './neutralise';
import type { Cell, Column, NumberFormat, Sheet, Workbook } from './workbook';
import { assertNever } from '../util/assert-never';

export interface XlsxCell {
  value: string | number | Date;
  type: StringConstructor | NumberConstructor | DateConstructor;
  format?: string;
  fontWeight?: 'bold';
  wrap?: boolean;
  alignVertical?: 'top';
}

export interface XlsxSheet {
  data: (XlsxCell | null)[][];
  sheet: string;
  columns: { width: number }[];
  stickyRowsCount: number;
}

/** Excel's display format for each number format. */
export const XLSX_FORMATS: Readonly<Record<NumberFormat, string>> = {
  currency: '#,##0.00',
  percent: '0.0%',
  integer: '#,##0',
  decimal: '#,##0.00',
};
const DATE_FORMAT = 'yyyy-mm-dd';

/** Most characters a spreadsheet cell holds. */
const MAX_CELL_TEXT = 32_767;
/** Column widths, in characters. */
const MIN_WIDTH = 8;
const MAX_WIDTH = 50;
const MAX_WRAPPED_WIDTH = 70;

function textCell(value: string, column: Column | undefined): XlsxCell {
  const cell: XlsxCell = { value: neutralise(value).slice(0, MAX_CELL_TEXT), type: String };
  if (column?.wrap === true) {
    cell.wrap = true;
    cell.alignVertical = 'top';
  }
  return cell;
}

function xlsxCell(cell: Cell, column: Column | undefined): XlsxCell | null {
  switch (cell.kind) {
    case 'text':
      return textCell(cell.value, column);
    case 'number':
      return { value: cell.value, type: Number, format: XLSX_FORMATS[cell.format] };
    case 'date':
      return { value: new Date(`${cell.value}T00:00:00Z`), type: Date, format: DATE_FORMAT };
    case 'empty':
      return null;
    default:
      return assertNever(cell);
  }
}

/** Characters a number takes as its format shows it: digits, separators, decimals, sign. */
function numberWidth(value: number, format: NumberFormat): number {
  const shown = format === 'percent' ? value * 100 : value;
  const digits = Math.max(1, Math.floor(Math.log10(Math.abs(shown) || 1)) + 1);
  const separators = format === 'percent' ? 0 : Math.floor((digits - 1) / 3);
  // ".00" or ".0%"
  const decimals = format === 'integer' ? 0 : 3;
  return digits + separators + decimals + (shown < 0 ? 1 : 0);
}

function cellWidth(cell: Cell): number {
  switch (cell.kind) {
    case 'text':
      return Math.max(...cell.value.split('\n').map((line) => line.length));
    case 'number':
      return numberWidth(cell.value, cell.format);
    case 'date':
      return DATE_FORMAT.length;
    case 'empty':
      return 0;
    default:
      return assertNever(cell);
  }
}

/** Each column as wide as its header (bold, so a little wider) or its widest cell, within limits. */
function widths(sheet: Sheet): { width: number }[] {
  return sheet.columns.map((column, i) => {
    let widest = Math.ceil(column.header.length * 1.1);
    for (const row of sheet.rows) {
      const cell = row[i];
      if (cell !== undefined) widest = Math.max(widest, cellWidth(cell));
    }
    const max = column.wrap === true ? MAX_WRAPPED_WIDTH : MAX_WIDTH;
    return { width: Math.min(max, Math.max(MIN_WIDTH, widest + 2)) };
  });
}

function xlsxSheet(sheet: Sheet): XlsxSheet {
  const header = sheet.columns.map((column): XlsxCell => ({
    value: neutralise(column.header),
    type: String,
    fontWeight: 'bold',
  }));
  const rows = sheet.rows.map((row) => row.map((cell, i) => xlsxCell(cell, sheet.columns[i])));
  return { data: [header, ...rows], sheet: sheet.name, columns: widths(sheet), stickyRowsCount: 1 };
}

/** What `writeExcelFile(...)` of write-excel-file 4 takes to write `workbook`, sheet by sheet. */
export function toXlsxData(workbook: Workbook): XlsxSheet[] {
  return workbook.sheets.map(xlsxSheet);
}

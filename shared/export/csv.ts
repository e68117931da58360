/**
 * The workbook as one CSV text: UTF-8 with a byte-order mark (so Excel reads the accents
 * right), fields quoted as RFC 4180 says (a field holding a comma, a double quote, a carriage
 * return or a line feed is put in double quotes, its quotes doubled), CRLF line ends.
 *
 * A CSV file holds one table, and a workbook has several, so each sheet is a block: a row with
 * the sheet's name, the header row, its rows, then a blank line. One file rather than one per
 * sheet because an export is one download (in the app) and one OUT (on the command line), and
 * each block still pastes or imports as a table. RFC 4180 wants every record to have the same
 * number of fields; blocks differ in width, so that holds within each block (short rows are
 * padded), not across them.
 *
 * Numbers are written plainly, with a dot for decimals and no thousands separator, so any
 * locale's import and any script reads them: money to the cent, a percentage as its number of
 * percent (0.855 is `85.5`, under a header that says `(%)`) to four decimals, whole numbers
 * whole, other numbers to four decimals. Dates are `YYYY-MM-DD`. Every text cell is
 * neutralised (`neutralise.ts`).
 */
import { neutralise } from './neutralise';
import type { Cell, NumberFormat, Sheet, Workbook } from './workbook';
import { assertNever } from '../util/assert-never';

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** `value` rounded to `decimals`, without trailing zeros and never `-0`. */
function rounded(value: number, decimals: number): string {
  const r = Number(value.toFixed(decimals));
  return r === 0 ? '0' : String(r);
}

/** A number as the CSV writes it in `format` (see the header). */
export function csvNumber(value: number, format: NumberFormat): string {
  switch (format) {
    case 'currency':
      return rounded(value, 2);
    case 'percent':
      return rounded(value * 100, 4);
    case 'integer':
      return rounded(value, 0);
    case 'decimal':
      return rounded(value, 4);
    default:
      return assertNever(format);
  }
}

/** One field, quoted when RFC 4180 requires it. */
function field(raw: string): string {
  return /[",\r\n]/.test(raw) ? `"${raw.replace(/"/g, '""')}"` : raw;
}

const textField = (value: string): string => field(neutralise(value));

function cellField(cell: Cell): string {
  switch (cell.kind) {
    case 'text':
      return textField(cell.value);
    case 'number':
      return csvNumber(cell.value, cell.format);
    case 'date':
      return cell.value;
    case 'empty':
      return '';
    default:
      return assertNever(cell);
  }
}

function block(sheet: Sheet): string[] {
  const width = sheet.columns.length;
  const lines = [textField(sheet.name), sheet.columns.map((c) => textField(c.header)).join(',')];
  for (const row of sheet.rows) {
    const fields = row.map(cellField);
    while (fields.length < width) fields.push('');
    lines.push(fields.join(','));
  }
  return lines;
}

/**
 * The workbook as CSV text, byte-order mark first: encode it as UTF-8 to write or download it
 * (`new TextEncoder().encode(csv)`, `Buffer.from(csv, 'utf8')`).
 */
export function toCsv(workbook: Workbook): string {
  const blocks = workbook.sheets.map((sheet) => block(sheet).join(CRLF) + CRLF);
  return BOM + blocks.join(CRLF);
}

/**
 * The export's assumption sheets (shared/export/model-sheets.ts, the same rows as the XLSX)
 * made fit for paper: ids and input paths left out (they are for machines and sit in the
 * spreadsheet), empty columns dropped, and a sheet too wide for a page turned into a key
 * and one "details" column of `header: value` pairs.
 */
import type { Cell, Sheet } from '../../../shared/export';
import { formatCount, formatMoney, formatNumber, formatShare } from '../format/numbers';

/** Most columns a printed table keeps side by side. */
export const MAX_PRINT_COLUMNS = 6;

export interface PrintTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Whether the last column holds `header: value` pairs of a wide sheet. */
  readonly details: boolean;
}

const HIDDEN_HEADERS: ReadonlySet<string> = new Set(['Id', 'Path']);

export function cellWords(cell: Cell | undefined, currency: string): string {
  if (cell === undefined) return '';
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
    case 'date':
      return cell.value;
    case 'number':
      switch (cell.format) {
        case 'currency':
          return formatMoney(cell.value, currency);
        case 'percent':
          return formatShare(cell.value);
        case 'integer':
          return formatCount(cell.value);
        case 'decimal':
          return formatNumber(cell.value);
      }
  }
}

/** A header without its unit in brackets when the words already carry it ("12 %", "EUR 5"). */
const plainHeader = (header: string): string => header.replace(/ \((%|[A-Z]{3})\)$/, '');

export function printTable(sheet: Sheet, currency: string, keyColumns = 2): PrintTable {
  const words = sheet.rows.map((row) => sheet.columns.map((_, i) => cellWords(row[i], currency)));
  const kept = sheet.columns
    .map((column, i) => ({ header: column.header, i }))
    .filter(({ header, i }) => !HIDDEN_HEADERS.has(header) && words.some((row) => row[i] !== ''));
  if (kept.length <= MAX_PRINT_COLUMNS)
    return {
      headers: kept.map((k) => plainHeader(k.header)),
      rows: words.map((row) => kept.map((k) => row[k.i] ?? '')),
      details: false,
    };
  const keys = kept.slice(0, keyColumns);
  const rest = kept.slice(keyColumns);
  return {
    headers: [...keys.map((k) => plainHeader(k.header)), 'Details'],
    rows: words.map((row) => [
      ...keys.map((k) => row[k.i] ?? ''),
      rest
        .filter((k) => (row[k.i] ?? '') !== '')
        .map((k) => `${plainHeader(k.header)}: ${row[k.i] ?? ''}`)
        .join(' · '),
    ]),
    details: true,
  };
}

/** A printed table in parts, each under its own heading. */
export interface TablePart {
  /** The part's heading; null for a table that is not split. */
  readonly title: string | null;
  readonly table: PrintTable;
}

/**
 * `table`, whose first column names the map of each row (the steps and flows of both maps, the
 * current map's rows first), as one part per map without that column: a long map name is said
 * once as a heading instead of wrapped down every row. `maps` gives each part's heading and
 * number of rows, in order; a table that does not start with `header`, or whose rows do not
 * add up, is one part as it is.
 */
export function partsByMap(
  table: PrintTable,
  header: string,
  maps: readonly { readonly title: string; readonly rows: number }[],
): TablePart[] {
  const total = maps.reduce((sum, m) => sum + m.rows, 0);
  if (table.headers[0] !== header || total !== table.rows.length) return [{ title: null, table }];
  const headers = table.headers.slice(1);
  let from = 0;
  return maps
    .filter((m) => m.rows > 0)
    .map(({ title, rows }) => {
      const part = table.rows.slice(from, from + rows).map((row) => row.slice(1));
      from += rows;
      return { title, table: { headers, rows: part, details: table.details } };
    });
}

/**
 * `table`, whose first column names each row's section ("Finance", `Plan of "AI match"`), as
 * one part per run of rows of one section, headed by it, without that column: a long section
 * name is said once instead of wrapped down every row. A table that does not start with
 * `header` is one part as it is.
 */
export function partsBySection(table: PrintTable, header: string): TablePart[] {
  if (table.headers[0] !== header) return [{ title: null, table }];
  const headers = table.headers.slice(1);
  const parts: { title: string; rows: string[][] }[] = [];
  for (const [section = '', ...rest] of table.rows) {
    const last = parts.at(-1);
    if (last !== undefined && last.title === section) last.rows.push(rest);
    else parts.push({ title: section, rows: [rest] });
  }
  return parts.map(({ title, rows }) => ({
    title,
    table: { headers, rows, details: table.details },
  }));
}

/** A printed cell and how many columns it takes. */
export interface SpannedCell {
  readonly text: string;
  readonly span: number;
}

/**
 * `row`'s cells with the last one that has words spanning the empty cells after it, so a
 * description or a long name takes the row's width instead of wrapping down a narrow column.
 */
export function spanTrailingEmpty(row: readonly string[]): SpannedCell[] {
  let last = row.length - 1;
  while (last > 0 && row[last] === '') last--;
  return row
    .slice(0, last + 1)
    .map((text, c) => ({ text, span: c === last ? row.length - last : 1 }));
}

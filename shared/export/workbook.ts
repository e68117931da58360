/**
 * The workbook model every export is built as: named sheets of typed cells, plain data that
 * a writer turns into a file (`toCsv`, `toXlsxData`) and that can cross a worker boundary.
 * A number keeps its value and says how it reads (`NumberFormat`); a date is a calendar day;
 * text is the words as the app shows them. Cells hold what the model computed, unrounded:
 * rounding is the writers' business.
 */

/**
 * How a number reads: `currency` in the project currency (the header names it), `percent` a
 * share from 0 to 1 shown as a percentage, `integer` a whole count, `decimal` anything else
 * (minutes, hours, cases), shown with two decimals.
 */
export type NumberFormat = 'currency' | 'percent' | 'integer' | 'decimal';

export type Cell =
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number; readonly format: NumberFormat }
  /** A calendar day as `YYYY-MM-DD`. */
  | { readonly kind: 'date'; readonly value: string }
  | { readonly kind: 'empty' };

export interface Column {
  /** Header words with the unit: "NPV (EUR)", "Automation rate (%)", "Handling time mean (min)". */
  readonly header: string;
  /** Long prose (messages, fixes): a writer may wrap it. */
  readonly wrap?: boolean;
}

export interface Sheet {
  /** Unique in its workbook, at most 31 characters, none of `[]:*?/\` (a spreadsheet's rule). */
  readonly name: string;
  readonly columns: readonly Column[];
  /** Every row has at most `columns.length` cells. */
  readonly rows: readonly (readonly Cell[])[];
}

export interface Workbook {
  readonly sheets: readonly Sheet[];
}

export const EMPTY: Cell = { kind: 'empty' };

export const text = (value: string): Cell => ({ kind: 'text', value });

/** A number cell; an empty cell for null, undefined, NaN or ±Infinity (never written as such). */
export function num(value: number | null | undefined, format: NumberFormat): Cell {
  if (value === null || value === undefined || !Number.isFinite(value)) return EMPTY;
  // -0 would read "-0" in a CSV.
  return { kind: 'number', value: value === 0 ? 0 : value, format };
}

/** The number, or `words` when there is none: "never", "none: no sign change". */
export function numOr(value: number | null | undefined, format: NumberFormat, words: string): Cell {
  const cell = num(value, format);
  return cell.kind === 'empty' ? text(words) : cell;
}

export const money = (value: number | null | undefined): Cell => num(value, 'currency');
export const share = (value: number | null | undefined): Cell => num(value, 'percent');
export const count = (value: number | null | undefined): Cell => num(value, 'integer');
export const decimal = (value: number | null | undefined): Cell => num(value, 'decimal');

/** A calendar day from a `Date`, in UTC, so the same instant gives the same day everywhere. */
export function day(date: Date): Cell {
  return Number.isFinite(date.getTime())
    ? { kind: 'date', value: date.toISOString().slice(0, 10) }
    : EMPTY;
}

/** `yes` or nothing: a flag column reads as a list of the rows it marks. */
export const yesOrBlank = (flag: boolean): Cell => (flag ? text('yes') : EMPTY);

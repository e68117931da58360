/**
 * Formula neutralisation (CSV injection, OWASP; CWE-1236). A spreadsheet that opens a CSV or
 * XLSX file may read a text cell starting with `=`, `+`, `-` or `@` as a formula — and a
 * formula can fetch a URL (`=HYPERLINK`, `=WEBSERVICE`) or, in old Excel, start a program
 * (DDE). Tab and carriage return are on the list because some spreadsheets skip them before
 * looking for the formula sign; NUL because some stop reading at it. Names in a project come
 * from people and from imported files, so every text cell a writer puts in a file goes
 * through `neutralise`: one starting with any of these characters gets a single quote in
 * front, which a spreadsheet shows as text and never evaluates. The quote stays visible: it
 * says the text was changed, and the change is the same in CSV and XLSX.
 *
 * Numbers are not text: a number cell is written from a finite number (`-1200.5`), which a
 * spreadsheet reads as that number, so negative cash flow stays a number.
 */

const FORMULA_START = /^[=+\-@\t\r\0]/;

/** `text`, with a `'` in front when a spreadsheet could read it as a formula. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

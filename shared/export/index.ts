/**
 * Export: the business case, its uncertainty, readiness, every assumption and (when given)
 * simulation results as a workbook of named sheets, written as CSV or XLSX. Pure: no file,
 * no DOM, no Node; the caller writes or downloads the result.
 *
 *   const workbook = buildWorkbook(project, { roi, monteCarlo, tornado, readiness, simulations });
 *   const csv = toCsv(workbook);          // a string, BOM first: encode as UTF-8
 *   const data = toXlsxData(workbook);    // for write-excel-file 4:
 *   const blob = await writeExcelFile(data).toBlob();       // 'write-excel-file/browser'
 *   const bytes = await writeExcelFile(data).toBuffer();    // 'write-excel-file/node'
 *
 * `roi` is `computeRoi(project, target)`; `monteCarlo` and `tornado` are those of
 * shared/uncertainty for the same target, or null when not run (no samples asked for, or
 * `roi.blockers` not empty); `readiness` is `checkReadiness(project, target)`.
 *
 * Sheets, in order: Summary, Monthly cash flow, Roles, Systems, Steps, Flows, Ranges,
 * Monte Carlo, Tornado, Readiness, Assumptions, and Simulation when simulations are given.
 * Headers carry the unit ("NPV (EUR)", "Automation rate (%)", "(min)").
 *
 * Promises: every text cell that a spreadsheet could read as a formula (starting with = + - @,
 * tab, carriage return or NUL) is written with a single quote in front, in both formats
 * (`neutralise`); numbers are written as numbers, never NaN or Infinity (such a figure is an
 * empty cell or words saying why there is none).
 */
export { buildWorkbook, type ExportInputs } from './build';
export type { BusinessCase } from './business-sheets';
export { toCsv, csvNumber } from './csv';
export { toXlsxData, XLSX_FORMATS, type XlsxCell, type XlsxSheet } from './xlsx';
export { neutralise } from './neutralise';
export type { Cell, Column, NumberFormat, Sheet, Workbook } from './workbook';

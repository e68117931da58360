/**
 * "Export XLSX" and "Export CSV" of a target's business case: the workbook `flowcase export`
 * writes for the same project and scenario, as a download. The business case is computed in
 * the engine worker (Monte Carlo takes the time) with `flowcase export`'s defaults (10 000
 * samples, seed 1, triangular), then laid out as sheets (shared/export) and written here.
 *
 * Never throws: a failure is said in the app's notice, in words.
 */
import writeExcelFile from 'write-excel-file/browser';
import { buildWorkbook, toCsv, toXlsxData } from '../../../shared/export';
import type { Project } from '../../../shared/model/schema';
import { DEFAULT_BUSINESS_OPTIONS } from '../business/compute';
import { appEngine } from '../engine/app-engine';
import { describe } from '../engine/engine-worker';
import { useAppStore } from '../store';
import { downloadBlob } from './download';
import { downloadName } from './file-name';

export type WorkbookFormat = 'xlsx' | 'csv';

const MIME: Readonly<Record<WorkbookFormat, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
};

/** The file of `format` for the business case of target `targetId` of `project`. */
export async function businessCaseFile(
  project: Project,
  targetId: string,
  format: WorkbookFormat,
): Promise<Blob> {
  const figures = await appEngine().runBusinessCase(project, targetId, DEFAULT_BUSINESS_OPTIONS);
  const workbook = buildWorkbook(project, { ...figures, exportedOn: new Date() });
  if (format === 'csv') return new Blob([toCsv(workbook)], { type: MIME.csv });
  const blob = await writeExcelFile(toXlsxData(workbook)).toBlob();
  return new Blob([blob], { type: MIME.xlsx });
}

/** Download the business case of target `targetId` of the open project as `format`. */
export async function exportBusinessCase(targetId: string, format: WorkbookFormat): Promise<void> {
  const { project, say } = useAppStore.getState();
  if (project === null) return;
  const target = project.maps.targets.find((t) => t.id === targetId);
  if (target === undefined) {
    say('This target no longer exists, so there is no business case to export.', 'refusal');
    return;
  }
  try {
    const file = await businessCaseFile(project, targetId, format);
    const name = downloadName([project.name, target.name], format, 'business case');
    downloadBlob(file, name);
    say(`Downloaded “${name}”.`);
  } catch (error) {
    say(
      `The business case could not be exported as ${format.toUpperCase()}: ${describe(error)}`,
      'refusal',
    );
  }
}
